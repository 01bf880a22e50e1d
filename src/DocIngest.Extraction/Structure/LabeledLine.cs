using DocIngest.Extraction.Layout;

namespace DocIngest.Extraction.Structure;

/// <summary>What a "Label: value" line inside a group assigns.</summary>
internal enum LineRole
{
    Solutions,
    Owners,
    Advisors,
    Partners,
    Deadline,
    Weaknesses,
}

/// <summary>
/// A line that opens with a known label and a colon: "Phân công theo dõi, chỉ đạo: Đồng chí …",
/// "Tham mưu: …", "Thời gian thực hiện: …", "Giải pháp thực hiện:". The cue table is data.
/// </summary>
internal sealed record LabeledLine(LineRole Role, string Value, string Cue)
{
    // Longer cues first so "don vi phoi hop" wins over "phoi hop".
    private static readonly (string Cue, LineRole Role)[] Cues = new (string, LineRole)[]
    {
        ("phan cong theo doi, chi dao", LineRole.Owners), ("phan cong theo doi chi dao", LineRole.Owners),
        ("phan cong theo doi", LineRole.Owners), ("phan cong chi dao", LineRole.Owners), ("phan cong phu trach", LineRole.Owners),
        ("lanh dao phu trach", LineRole.Owners), ("lanh dao chi dao", LineRole.Owners), ("nguoi chiu trach nhiem", LineRole.Owners),
        ("chiu trach nhiem chi dao", LineRole.Owners), ("dong chi phu trach", LineRole.Owners), ("theo doi, chi dao", LineRole.Owners),
        ("chi dao thuc hien", LineRole.Owners), ("phu trach", LineRole.Owners), ("lanh dao theo doi", LineRole.Owners),
        ("phan cong", LineRole.Owners),
        ("don vi chu tri tham muu", LineRole.Advisors), ("don vi tham muu", LineRole.Advisors), ("co quan tham muu", LineRole.Advisors),
        ("bo phan tham muu", LineRole.Advisors), ("don vi chu tri", LineRole.Advisors), ("co quan chu tri", LineRole.Advisors),
        ("chu tri tham muu", LineRole.Advisors), ("chu tri thuc hien", LineRole.Advisors), ("tham muu thuc hien", LineRole.Advisors),
        ("tham muu", LineRole.Advisors), ("chu tri", LineRole.Advisors), ("don vi thuc hien", LineRole.Advisors),
        ("co quan thuc hien", LineRole.Advisors),
        ("don vi phoi hop", LineRole.Partners), ("co quan phoi hop", LineRole.Partners), ("phoi hop thuc hien", LineRole.Partners),
        ("phoi hop", LineRole.Partners),
        ("thoi gian thuc hien", LineRole.Deadline), ("thoi gian hoan thanh", LineRole.Deadline), ("thoi han hoan thanh", LineRole.Deadline),
        ("thoi han thuc hien", LineRole.Deadline), ("thoi han", LineRole.Deadline), ("tien do thuc hien", LineRole.Deadline),
        ("tien do hoan thanh", LineRole.Deadline), ("tien do", LineRole.Deadline), ("thoi gian", LineRole.Deadline),
        ("giai phap thuc hien", LineRole.Solutions), ("giai phap khac phuc", LineRole.Solutions), ("nhiem vu, giai phap", LineRole.Solutions),
        ("nhiem vu giai phap", LineRole.Solutions), ("bien phap khac phuc", LineRole.Solutions), ("bien phap thuc hien", LineRole.Solutions),
        ("giai phap", LineRole.Solutions), ("bien phap", LineRole.Solutions), ("nhiem vu", LineRole.Solutions),
        ("noi dung thuc hien", LineRole.Solutions), ("cac giai phap", LineRole.Solutions),
        ("han che, khuyet diem", LineRole.Weaknesses), ("khuyet diem, han che", LineRole.Weaknesses), ("ton tai, han che", LineRole.Weaknesses),
        ("han che, ton tai", LineRole.Weaknesses), ("han che, yeu kem", LineRole.Weaknesses), ("noi dung han che", LineRole.Weaknesses),
        ("han che", LineRole.Weaknesses), ("khuyet diem", LineRole.Weaknesses), ("ton tai", LineRole.Weaknesses), ("yeu kem", LineRole.Weaknesses),
    }.OrderByDescending(c => c.Item1.Length).ToArray();

    public static LabeledLine? TryParse(Line line) => TryParse(line.Text, line.Folded);

    /// <summary>
    /// This label and any other label packed into its value after a ";": "Người phụ trách: Cô Lê Thị
    /// Hoa, Phó Hiệu trưởng; Tham mưu: Tổ Văn phòng." names an owner and an advisor.
    /// </summary>
    public IEnumerable<LabeledLine> WithPacked()
    {
        var pieces = Value.Split(';');
        var value = pieces[0];
        var packed = new List<LabeledLine>();
        for (var i = 1; i < pieces.Length; i++)
        {
            var piece = pieces[i].Trim();
            if (TryParse(piece, Core.Text.VietnameseText.FoldKey(piece)) is { } next && next.Role != Role)
            {
                packed.Add(next);
            }
            else if (packed.Count == 0)
            {
                value += ";" + pieces[i];
            }
            else
            {
                packed[^1] = packed[^1] with { Value = packed[^1].Value + ";" + pieces[i] };
            }
        }

        return packed.Count == 0 ? [this] : [this with { Value = value.Trim() }, .. packed];
    }

    private static LabeledLine? TryParse(string text, string folded)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0 || colon > 70)
        {
            return null;
        }

        var labelFolded = Core.Text.VietnameseText.FoldKey(text[..colon]);
        foreach (var (cue, role) in Cues)
        {
            if (!folded.StartsWith(cue, StringComparison.Ordinal))
            {
                continue;
            }

            // The label is the cue plus a few words ("Tham mưu thực hiện:", "Thời gian hoàn thành dự kiến:",
            // "Phân công theo dõi chung cho các nội dung dưới đây:").
            if (labelFolded.Length - cue.Length > (role == LineRole.Owners ? 40 : 12))
            {
                return null;
            }

            return new LabeledLine(role, text[(colon + 1)..].Trim(), cue);
        }

        return ContainedCue(text, colon, labelFolded);
    }

    /// <summary>
    /// A short label with a party cue inside it: "Người phụ trách:", "Lãnh đạo Sở phụ trách:",
    /// "Phòng tham mưu:". Only party roles: a deadline or weakness word inside a label is too often
    /// part of a sentence.
    /// </summary>
    private static LabeledLine? ContainedCue(string text, int colon, string labelFolded)
    {
        // "Về công tác phối hợp: …" names the topic of a task, not who does it.
        if (colon > 40 || labelFolded.Split(' ').Length > 5 || labelFolded.StartsWith("ve ", StringComparison.Ordinal))
        {
            return null;
        }

        foreach (var (cue, role) in Cues)
        {
            if (role is LineRole.Owners or LineRole.Advisors or LineRole.Partners && labelFolded.EndsWith(" " + cue, StringComparison.Ordinal))
            {
                return new LabeledLine(role, text[(colon + 1)..].Trim(), cue);
            }
        }

        return null;
    }
}
