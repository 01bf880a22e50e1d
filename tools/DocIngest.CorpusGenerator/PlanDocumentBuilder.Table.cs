using DocIngest.Core.Plans;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DocIngest.CorpusGenerator;

/// <summary>Task tables: merged group rows, a weakness cell spanning its task rows, per-task owners and deadlines.</summary>
internal sealed partial class PlanDocumentBuilder
{
    private static readonly int[] Widths = [600, 2400, 3200, 1500, 1500, 1700, 1400];
    private string _tablesSection = "II";

    private void WriteTableSection(string sectionNumber)
    {
        _tablesSection = sectionNumber;
        if (_choices.Appendix)
        {
            _w.Add(WordWriter.Para(WordWriter.Text(
                $"Các hạn chế, khuyết điểm, nhiệm vụ, giải pháp khắc phục, đơn vị chủ trì, lãnh đạo phụ trách và thời gian hoàn thành cụ thể tại Phụ lục kèm theo Kế hoạch này.")));
            return;
        }

        _w.Add(WordWriter.Para(WordWriter.Text($"{_profile.LeadershipBody} xác định nhiệm vụ, giải pháp khắc phục cụ thể như sau:")));
        _w.Add(TaskTable());
    }

    private void WriteAppendix()
    {
        // The appendix sits on its own landscape page after the signature.
        _w.Add(new Paragraph(new ParagraphProperties(new SectionProperties(
            new PageSize { Width = 11906U, Height = 16838U },
            new PageMargin { Top = 1134, Bottom = 1134, Left = 1701U, Right = 1134U }))));
        _w.Add(WordWriter.Centered(WordWriter.Text("PHỤ LỤC", bold: true)));
        _w.Add(WordWriter.Centered(WordWriter.Text(Pick("NHIỆM VỤ, GIẢI PHÁP KHẮC PHỤC HẠN CHẾ, KHUYẾT ĐIỂM", "LỘ TRÌNH KHẮC PHỤC HẠN CHẾ, KHUYẾT ĐIỂM"), bold: true)));
        // The plan's own number and date here must never become a reference.
        var own = _planNumber is null ? "" : $" số {_planNumber}" + (_issuedOn is { } d ? $", ngày {d.Day}/{d.Month}/{d.Year}" : "");
        _w.Add(WordWriter.Centered(WordWriter.Text($"(Kèm theo Kế hoạch{own} của {_profile.Issuer})", italic: true)));
        _w.Add(TaskTable());
    }

    private Table TaskTable()
    {
        var table = TableBuilder.Create(Widths, borders: true);
        string[] headers =
        [
            Pick("TT", "STT"), Pick("Nội dung hạn chế", "Hạn chế, khuyết điểm", "Nội dung hạn chế, khuyết điểm"),
            Pick("Nhiệm vụ, giải pháp", "Nhiệm vụ/Giải pháp khắc phục", "Giải pháp khắc phục"),
            Pick("Đơn vị chủ trì", "Cơ quan chủ trì"), Pick("Đơn vị phối hợp", "Cơ quan phối hợp"),
            Pick("Lãnh đạo phụ trách", "Người chịu trách nhiệm"), Pick("Thời gian hoàn thành", "Thời hạn hoàn thành", "Thời gian thực hiện"),
        ];
        table.Append(TableBuilder.Row(headers.Select((h, i) => TableBuilder.Cell(Widths[i], WordWriter.Centered(WordWriter.Text(h, bold: true)))).ToArray()));

        var groupRows = _choices.GroupForm == "group-table-rows";
        var groupCount = _rng.Next(2, 7);
        var topics = PhraseBank.GroupTopics.OrderBy(_ => _rng.Next()).Take(groupCount).ToList();
        var romanGroups = _rng.Next(2) == 0;
        Tag(_choices.GroupForm, "weak-table-column");
        for (var g = 0; g < groupCount; g++)
        {
            var weakness = Tone(_composer.Weakness(_rng));
            string? number;
            string title;
            if (groupRows)
            {
                number = romanGroups ? Roman[g] : (g + 1).ToString(Vietnamese);
                title = Tone(GroupTitle(topics[g]));
                table.Append(TableBuilder.Row(TableBuilder.Cell(Widths.Sum(), WordWriter.Para(WordWriter.Text($"{number}. {title}", bold: true)), span: Widths.Length)));
            }
            else
            {
                number = (g + 1).ToString(Vietnamese);
                title = weakness;
            }

            var taskCount = _rng.Next(10) < 7 ? _rng.Next(1, 4) : _rng.Next(4, 9);
            var tasks = new List<PlanTask>(taskCount);
            for (var t = 0; t < taskCount; t++)
            {
                tasks.Add(TableTask(table, groupRows, number, weakness, t));
            }

            _groups.Add(new TaskGroup
            {
                Number = number,
                Section = _tablesSection,
                Title = title,
                Weaknesses = [weakness],
                Tasks = tasks,
            });
        }

        return table;
    }

    private PlanTask TableTask(Table table, bool groupRows, string number, string weakness, int index)
    {
        var text = Tone(_composer.Task(_rng));
        var advisors = new List<string> { Tone(PickOf(_profile.Units)) };
        var partners = _rng.Next(3) == 0 ? [] : _profile.Units.Where(u => !advisors.Contains(u)).OrderBy(_ => _rng.Next()).Take(_rng.Next(1, 3)).Select(u => Tone(u)).ToList();
        List<Party> owners;
        string ownerText;
        if (_rng.Next(4) == 0)
        {
            var collective = Tone(PickOf(_profile.Collectives));
            owners = [new Party(null, collective)];
            ownerText = collective;
            Tag("owner-collective");
        }
        else
        {
            var person = new Party(Person(), Tone(PickOf(_profile.LeaderTitles)));
            owners = [person];
            ownerText = Pick("Đồng chí ", "Đ/c ") + person.Name + ", " + person.Title;
        }

        Deadline deadline;
        string deadlineText;
        if (_rng.Next(12) == 0)
        {
            deadline = Deadline.NotStated;
            deadlineText = "";
            Tag("deadline-none");
        }
        else
        {
            var spec = _deadlines.Next();
            Tag([.. spec.Tags]);
            deadlineText = DeadlineFactory.Capitalise(spec.Core);
            deadline = spec.ToGold(deadlineText);
        }

        var first = index == 0;
        var tt = groupRows ? (index + 1).ToString(Vietnamese) : number;
        var ttCell = groupRows
            ? TableBuilder.Cell(Widths[0], WordWriter.Centered(WordWriter.Text(tt)))
            : TableBuilder.Cell(Widths[0], first ? WordWriter.Centered(WordWriter.Text(tt)) : new Paragraph(), merge: first ? MergedCellValues.Restart : MergedCellValues.Continue);
        var weakCell = TableBuilder.Cell(Widths[1], first ? WordWriter.Para(Out(weakness)) : new Paragraph(), merge: first ? MergedCellValues.Restart : MergedCellValues.Continue);
        var taskParagraph = WordWriter.Para([.. TextRuns(text)]);
        if (_pendingComment)
        {
            _pendingComment = false;
            _w.Comment(taskParagraph, "Đề nghị làm rõ sản phẩm đầu ra.");
        }

        table.Append(TableBuilder.Row(
            ttCell,
            weakCell,
            TableBuilder.Cell(Widths[2], taskParagraph),
            TableBuilder.Cell(Widths[3], WordWriter.Para(Out(advisors[0]))),
            TableBuilder.Cell(Widths[4], WordWriter.Para(Out(string.Join(", ", partners)))),
            TableBuilder.Cell(Widths[5], WordWriter.Para(Out(ownerText))),
            TableBuilder.Cell(Widths[6], WordWriter.Centered(WordWriter.Text(deadlineText)))));
        Tag("advisor-chu-tri");
        if (partners.Count > 0)
        {
            Tag("partner-phoi-hop");
        }

        return new PlanTask { Text = text, Deadline = deadline, Owners = owners, Advisors = advisors, Partners = partners };
    }
}
