using DocIngest.Core.Documents;
using DocIngest.Core.Text;

namespace DocIngest.Extraction.Structure;

/// <summary>What a column of a task table holds, told by its header.</summary>
internal enum TaskColumn
{
    Index,
    Weakness,
    Task,
    Advisor,
    Partner,
    Owner,
    Deadline,
    Other,
}

/// <summary>
/// A task table's header row and the role of each grid column ("TT | Nội dung hạn chế | Nhiệm
/// vụ, giải pháp | Đơn vị chủ trì | Phối hợp | Lãnh đạo phụ trách | Thời gian hoàn thành").
/// </summary>
internal sealed record TaskTableLayout(int HeaderRow, IReadOnlyDictionary<int, TaskColumn> Columns)
{
    public int? ColumnOf(TaskColumn role) => Columns.Where(c => c.Value == role).Select(c => (int?)c.Key).FirstOrDefault();

    public static TaskTableLayout? TryDetect(TableBlock table)
    {
        for (var r = 0; r < Math.Min(3, table.Rows.Count); r++)
        {
            var columns = new Dictionary<int, TaskColumn>();
            foreach (var cell in table.Rows[r].Cells)
            {
                columns[cell.Column] = Classify(VietnameseText.FoldKey(cell.Text));
            }

            var hasTask = columns.ContainsValue(TaskColumn.Task);
            var hasWeaknessAsTask = !hasTask && columns.ContainsValue(TaskColumn.Weakness);
            var support = columns.Values.Count(v => v is TaskColumn.Advisor or TaskColumn.Owner or TaskColumn.Deadline or TaskColumn.Partner);
            if ((hasTask || hasWeaknessAsTask) && support >= 1 && table.Rows.Count > r + 1)
            {
                if (hasWeaknessAsTask)
                {
                    // A single "Nội dung" column is the task itself.
                    var key = columns.First(c => c.Value == TaskColumn.Weakness).Key;
                    columns[key] = TaskColumn.Task;
                }

                return new TaskTableLayout(r, columns);
            }
        }

        return null;
    }

    private static TaskColumn Classify(string header)
    {
        if (header.Length == 0)
        {
            return TaskColumn.Other;
        }

        if (header is "tt" or "stt" or "so tt" or "so thu tu" || header.StartsWith("tt ", StringComparison.Ordinal))
        {
            return TaskColumn.Index;
        }

        if (header.Contains("phoi hop", StringComparison.Ordinal))
        {
            return TaskColumn.Partner;
        }

        // "Đơn vị khắc phục", "Đơn vị chịu trách nhiệm": a unit, whatever follows.
        if (header.Contains("chu tri", StringComparison.Ordinal) || header.Contains("tham muu", StringComparison.Ordinal)
            || header.Contains("don vi thuc hien", StringComparison.Ordinal) || header.Contains("co quan thuc hien", StringComparison.Ordinal)
            || header is "don vi" or "co quan" or "bo phan thuc hien"
            || header.StartsWith("don vi ", StringComparison.Ordinal) || header.StartsWith("co quan ", StringComparison.Ordinal))
        {
            return TaskColumn.Advisor;
        }

        // "Người thực hiện" / "Cá nhân thực hiện" name people, so they are leaders rather than units.
        if (header.Contains("phu trach", StringComparison.Ordinal) || header.Contains("chiu trach nhiem", StringComparison.Ordinal)
            || header.Contains("chi dao", StringComparison.Ordinal) || header.StartsWith("lanh dao", StringComparison.Ordinal)
            || header.StartsWith("nguoi ", StringComparison.Ordinal) || header.StartsWith("ca nhan ", StringComparison.Ordinal))
        {
            return TaskColumn.Owner;
        }

        if (header.Contains("thoi gian", StringComparison.Ordinal) || header.Contains("thoi han", StringComparison.Ordinal)
            || header.Contains("tien do", StringComparison.Ordinal) || header.Contains("han hoan thanh", StringComparison.Ordinal)
            || header.Contains("thoi diem", StringComparison.Ordinal) || header.Contains("moc ", StringComparison.Ordinal)
            || header is "han" || header.StartsWith("han khac phuc", StringComparison.Ordinal) || header.StartsWith("ngay hoan thanh", StringComparison.Ordinal))
        {
            return TaskColumn.Deadline;
        }

        if (header.Contains("giai phap", StringComparison.Ordinal) || header.Contains("nhiem vu", StringComparison.Ordinal)
            || header.Contains("bien phap", StringComparison.Ordinal) || header.Contains("noi dung cong viec", StringComparison.Ordinal)
            || header.Contains("noi dung thuc hien", StringComparison.Ordinal) || header.Contains("cong viec", StringComparison.Ordinal)
            || (header.Contains("khac phuc", StringComparison.Ordinal) && !header.Contains("han che", StringComparison.Ordinal)
                && !header.Contains("khuyet diem", StringComparison.Ordinal) && !header.Contains("ket qua", StringComparison.Ordinal)))
        {
            return TaskColumn.Task;
        }

        if (header.Contains("han che", StringComparison.Ordinal) || header.Contains("khuyet diem", StringComparison.Ordinal)
            || header.Contains("ton tai", StringComparison.Ordinal) || header.StartsWith("noi dung", StringComparison.Ordinal))
        {
            return TaskColumn.Weakness;
        }

        return TaskColumn.Other;
    }
}
