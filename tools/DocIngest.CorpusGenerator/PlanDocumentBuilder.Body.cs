using DocIngest.Core.Plans;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DocIngest.CorpusGenerator;

/// <summary>The three sections: aims, tasks (groups) and organisation.</summary>
internal sealed partial class PlanDocumentBuilder
{
    private static readonly string[] Roman = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"];
    private int _sectionListId;

    private void WriteBody()
    {
        if (_choices.SectionForm == "section-autonumbered")
        {
            _sectionListId = _w.Numbering.NewList(_choices.GroupForm == "group-autonumbered" ? ListKind.MultiLevel : ListKind.UpperRoman);
            Tag("section-autonumbered");
            if (_choices.GroupForm == "group-autonumbered")
            {
                Tag("multi-level-numbering");
            }
        }
        else
        {
            Tag(_choices.SectionForm);
        }

        var aims = _choices.Synonym ? Pick("MỤC TIÊU, YÊU CẦU", "MỤC ĐÍCH YÊU CẦU", "MỤC ĐÍCH, Ý NGHĨA, YÊU CẦU") : "MỤC ĐÍCH, YÊU CẦU";
        var tasks = _choices.Synonym
            ? Pick("NHIỆM VỤ, GIẢI PHÁP KHẮC PHỤC", "NỘI DUNG, GIẢI PHÁP KHẮC PHỤC HẠN CHẾ, KHUYẾT ĐIỂM", "NHIỆM VỤ VÀ GIẢI PHÁP")
            : "NỘI DUNG, LỘ TRÌNH, PHÂN CÔNG THỰC HIỆN";
        var organise = _choices.Synonym ? Pick("TỔ CHỨC THỰC HIỆN", "PHÂN CÔNG THỰC HIỆN") : "TỔ CHỨC THỰC HIỆN";
        if (_choices.Synonym)
        {
            Tag("section-synonym");
        }

        SectionHeading(0, aims);
        WriteAims();
        var tasksNumber = SectionHeading(1, tasks);
        if (_choices.TaskTable)
        {
            WriteTableSection(tasksNumber);
        }
        else
        {
            WriteGroups(tasksNumber);
        }

        SectionHeading(2, organise);
        WriteOrganisation();
    }

    /// <summary>Writes a section heading; returns the gold section number.</summary>
    private string SectionHeading(int index, string upperTitle)
    {
        var title = _choices.SentenceCase ? SentenceCase(upperTitle) : upperTitle;
        var colon = _rng.Next(5) == 0 ? ":" : "";
        var arabic = _choices.SectionForm == "section-arabic-top";
        var number = arabic ? (index + 1).ToString(Vietnamese) : Roman[index];
        Paragraph paragraph = _choices.SectionForm switch
        {
            "section-autonumbered" => WordWriter.Numbered(_sectionListId, 0, WordWriter.Text(title + colon, bold: true)),
            "section-roman-hyphen" => WordWriter.Para(WordWriter.Text($"{number}- {title}{colon}", bold: true)),
            _ => WordWriter.Para(WordWriter.Text($"{number}. {title}{colon}", bold: true)),
        };
        _w.Add(paragraph);
        _sections.Add(new Section(number, title));
        return number;
    }

    private static string SentenceCase(string upper)
    {
        var lower = upper.ToLower(Vietnamese);
        return DeadlineFactory.Capitalise(lower);
    }

    private void WriteAims()
    {
        string[] aims =
        [
            $"Đề ra giải pháp khắc phục những hạn chế, khuyết điểm đã được chỉ ra, bảo đảm thực chất, hiệu quả; nâng cao năng lực lãnh đạo, chỉ đạo của {_profile.LeadershipBody}.",
            "Việc khắc phục phải được tiến hành nghiêm túc, có lộ trình cụ thể, tránh hình thức; gắn trách nhiệm của tập thể với từng cá nhân được phân công.",
            "Định kỳ rà soát, đánh giá kết quả khắc phục; kịp thời bổ sung giải pháp phù hợp với tình hình thực tế.",
        ];
        var dash = _rng.Next(2) == 0;
        for (var i = 0; i < aims.Length - _rng.Next(2); i++)
        {
            _w.Add(WordWriter.Para(WordWriter.Text(dash ? "- " + aims[i] : $"{i + 1}. {aims[i]}")));
        }
    }

    private void WriteOrganisation()
    {
        _w.Add(WordWriter.Para(WordWriter.Text($"1. Căn cứ Kế hoạch này, các đồng chí được phân công theo chức trách, nhiệm vụ chỉ đạo triển khai thực hiện, bảo đảm đúng lộ trình đề ra.")));
        _w.Add(WordWriter.Para(WordWriter.Text("2. Các đơn vị được giao chủ trì chủ động xây dựng kế hoạch chi tiết, báo cáo kết quả khi kết thúc mỗi quý.")));
        if (_rng.Next(2) == 0)
        {
            _w.Add(WordWriter.Para(WordWriter.Text($"3. Giao {PickOf(_profile.Units)} theo dõi, tổng hợp, báo cáo kết quả thực hiện.")));
        }
    }

    private void WriteGroups(string sectionNumber)
    {
        _w.Add(WordWriter.Para(WordWriter.Text($"Trên cơ sở những hạn chế, khuyết điểm đã được chỉ ra, {_profile.LeadershipBody} đề ra giải pháp, lộ trình và phân công thực hiện như sau:")));
        // A plan without sub-headings: the section itself is the one group.
        var groupCount = _choices.GroupForm == "one-group" ? 1 : _rng.Next(10) < 7 ? _rng.Next(2, 6) : _rng.Next(6, 9);
        var topics = PhraseBank.GroupTopics.OrderBy(_ => _rng.Next()).Take(groupCount).ToList();
        var groupListId = 0;
        if (_choices.GroupForm == "group-autonumbered")
        {
            groupListId = _sectionListId != 0 && _choices.SectionForm == "section-autonumbered" ? _sectionListId : _w.Numbering.NewList(ListKind.Decimal);
        }

        Tag(_choices.GroupForm, _choices.WeakForm, _choices.TaskForm);
        for (var g = 0; g < groupCount; g++)
        {
            WriteGroup(sectionNumber, g, topics[g], groupListId);
        }
    }

    private string GroupTitle(string topic) =>
        Pick("Nhóm khuyết điểm, hạn chế liên quan đến ", "Nhóm hạn chế, khuyết điểm về ", "Hạn chế, khuyết điểm trong ", "Về ") + topic;

    private (string Text, List<string> Items) Weaknesses()
    {
        if (_rng.Next(4) == 0)
        {
            var items = Enumerable.Range(0, _rng.Next(2, 4)).Select(_ => Tone(_composer.WeaknessItem(_rng))).ToList();
            Tag("weak-split-items");
            return (string.Join("; ", items.Select((w, i) => $"({i + 1}) {w}")) + ".", items);
        }

        var single = Tone(_composer.Weakness(_rng));
        return (single, [single]);
    }

    private List<OpenXmlElement> Label(string label) => [WordWriter.Text(label, italic: true)];
}
