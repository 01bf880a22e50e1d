using DocIngest.Core.Plans;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DocIngest.CorpusGenerator;

/// <summary>Weakness groups written as headings, notes and bulleted tasks.</summary>
internal sealed partial class PlanDocumentBuilder
{
    private static readonly int[] GroupDeadlineForms = [0, 1, 7, 8, 9, 11, 12];

    private void WriteGroup(string sectionNumber, int index, string topic, int groupListId)
    {
        var title = Tone(GroupTitle(topic));
        var (weakText, weaknesses) = Weaknesses();
        var heading = new List<OpenXmlElement>();
        string? number = null;
        Paragraph headingParagraph;
        switch (_choices.GroupForm)
        {
            case "group-numbered":
                number = (index + 1).ToString(Vietnamese);
                heading.Add(WordWriter.Text($"{number}. {title}", bold: true));
                break;
            case "group-letter":
                number = ((char)('a' + index)).ToString();
                heading.Add(WordWriter.Text($"{number}) {title}", bold: true));
                break;
            case "group-decimal":
                number = $"{sectionNumber}.{index + 1}";
                heading.Add(WordWriter.Text($"{number}. {title}", bold: true));
                break;
            case "group-deadline-heading":
                number = (index + 1).ToString(Vietnamese);
                title = HeadingDeadline(index);
                Tag("deadline-group");
                heading.Add(WordWriter.Text($"{number}. {title}:", bold: true));
                break;
            case "one-group":
                number = sectionNumber;
                title = _sections[^1].Title;
                break;
            case "group-autonumbered":
                number = (index + 1).ToString(Vietnamese);
                heading.Add(WordWriter.Text(title, bold: true));
                break;
            default:
                heading.Add(WordWriter.Text(title, bold: true));
                break;
        }

        if (_choices.WeakForm == "weak-footnote")
        {
            heading.Add(_w.FootnoteReference(weakText));
        }
        else if (_choices.WeakForm == "weak-endnote")
        {
            heading.Add(_w.EndnoteReference(weakText));
        }

        if (_choices.GroupForm != "one-group")
        {
            headingParagraph = _choices.GroupForm == "group-autonumbered"
                ? WordWriter.Numbered(groupListId, groupListId == _sectionListId ? 1 : 0, [.. heading])
                : WordWriter.Para([.. heading]);
            _w.Add(headingParagraph);
        }

        if (_choices.WeakForm == "weak-inline-label")
        {
            _w.Add(WordWriter.Para(WordWriter.Text(_rng.Next(4) == 0 ? "Hạn chế, khuyết điểm:" : "Hạn chế, khuyết điểm: ", italic: true), Out(weakText)));
        }

        var groupDeadline = _choices.GroupForm == "group-deadline-heading"
            ? (Label: "", Gold: new Deadline(DeadlineKind.Due, HeadingDate(index), title))
            : _rng.Next(4) == 0 ? GroupDeadline() : ((string Label, Deadline Gold)?)null;
        var tasks = WriteTasks(groupDeadline?.Gold);
        if (groupDeadline is { } own && own.Label.Length > 0)
        {
            _w.Add(WordWriter.Para(WordWriter.Text(own.Label, italic: true), WordWriter.Text(own.Gold.Text + ".")));
        }

        var (owners, ownerRuns) = Owners();
        _w.Add(WordWriter.Para([WordWriter.Text(Pick("Phân công theo dõi, chỉ đạo: ", "Phân công theo dõi, chỉ đạo:  "), italic: true), .. ownerRuns]));
        var (advisors, advisorLabel) = Advisors();
        var partners = new List<string>();
        if (_rng.Next(5) == 0)
        {
            // "Giao X chủ trì, phối hợp với Y và Z …": lead and partners in one sentence.
            partners = _profile.Units.Where(u => !advisors.Contains(u)).OrderBy(_ => _rng.Next()).Take(2).Select(u => Tone(u)).ToList();
            advisors = advisors.Take(1).ToList();
            _w.Add(WordWriter.Para(Out($"Giao {advisors[0]} chủ trì, phối hợp với {string.Join(" và ", partners)} tham mưu tổ chức thực hiện.")));
            Tag("advisor-chu-tri", "partner-phoi-hop");
        }
        else
        {
            _w.Add(WordWriter.Para(WordWriter.Text(advisorLabel, italic: true), Out(string.Join("; ", advisors) + ".")));
            Tag(advisorLabel.StartsWith("Tham", StringComparison.Ordinal) ? "advisor-tham-muu" : "advisor-chu-tri");
        }

        if (partners.Count == 0 && _rng.Next(3) == 0)
        {
            partners = _profile.Units.Where(u => !advisors.Contains(u)).OrderBy(_ => _rng.Next()).Take(_rng.Next(1, 3)).Select(u => Tone(u)).ToList();
            _w.Add(WordWriter.Para(WordWriter.Text("Đơn vị phối hợp: ", italic: true), Out(string.Join(", ", partners) + ".")));
            Tag("partner-phoi-hop");
        }

        _groups.Add(new TaskGroup
        {
            Number = number,
            Section = sectionNumber,
            Title = title,
            Weaknesses = weaknesses,
            Owners = owners,
            Advisors = advisors,
            Partners = partners,
            Deadline = groupDeadline?.Gold,
            Tasks = tasks,
        });
    }

    /// <summary>Group headings that are deadlines ("Trước ngày 30/6:"), spread over the rest of the plan's year.</summary>
    private DateOnly HeadingDate(int index)
    {
        var month = Math.Min(12, _firstOpenMonth + (index * 2));
        return new DateOnly(_year, month, index % 2 == 0 ? DateTime.DaysInMonth(_year, month) : 15);
    }

    private string HeadingDeadline(int index)
    {
        var date = HeadingDate(index);
        Tag("deadline-date-noyear");
        return $"Trước ngày {date.Day}/{date.Month}";
    }

    private (string Label, Deadline Gold)? GroupDeadline()
    {
        var spec = _deadlines.Form(GroupDeadlineForms[_rng.Next(GroupDeadlineForms.Length)]);
        var execution = _rng.Next(2) == 0;
        Tag([.. spec.Tags, "deadline-own-line", "deadline-group", execution ? "deadline-label-execution" : "deadline-label-completion"]);
        var printed = DeadlineFactory.Capitalise(spec.Core);
        return (execution ? "Thời gian thực hiện: " : "Thời gian hoàn thành: ", spec.ToGold(printed));
    }

    private List<PlanTask> WriteTasks(Deadline? groupDeadline)
    {
        var count = _rng.Next(10) < 7 ? _rng.Next(1, 5) : _rng.Next(5, 9);
        var withLabel = _rng.Next(10) < 7;
        var sameLine = withLabel && count == 1 && _rng.Next(10) < 7;
        // Under a multi-level list the tasks take its third level (a, b, c), restarting per group.
        var multiLevel = _choices.TaskForm == "task-autonumbered" && _sectionListId != 0 && _choices.GroupForm == "group-autonumbered";
        var listId = _choices.TaskForm switch
        {
            "task-bullet" => _w.Numbering.NewList(ListKind.Bullet),
            "task-autonumbered" when multiLevel => _sectionListId,
            "task-autonumbered" => _w.Numbering.NewList(Pick(ListKind.Decimal, ListKind.LowerLetter)),
            _ => 0,
        };
        if (withLabel && !sameLine)
        {
            _w.Add(WordWriter.Para([.. Label(Pick("Giải pháp thực hiện:", "Giải pháp khắc phục:", "Nhiệm vụ, giải pháp:"))]));
        }

        var tasks = new List<PlanTask>(count);
        for (var t = 0; t < count; t++)
        {
            var (text, items) = _rng.Next(6) == 0 ? ItemsTask() : (Tone(_composer.Task(_rng)), null);
            var (deadline, tail) = TaskDeadline(groupDeadline);
            var runs = TextRuns(text);
            runs.AddRange(tail);
            Paragraph paragraph;
            if (sameLine)
            {
                paragraph = WordWriter.Para([.. Label("Giải pháp thực hiện: "), .. runs]);
                Tag("task-same-line-as-label");
            }
            else
            {
                paragraph = _choices.TaskForm switch
                {
                    "task-bullet" or "task-autonumbered" => WordWriter.Numbered(listId, multiLevel ? 2 : 0, [.. runs]),
                    "task-plus" => WordWriter.Para([WordWriter.Text("+ "), .. runs]),
                    "task-letter" => WordWriter.Para([WordWriter.Text($"{(char)('a' + t)}) "), .. runs]),
                    "task-dash-nospace" => WordWriter.Para([WordWriter.Text("-"), .. runs]),
                    _ => WordWriter.Para([WordWriter.Text("- "), .. runs]),
                };
            }

            AddTaskParagraph(paragraph);
            tasks.Add(new PlanTask { Text = text, Deadline = deadline, Items = items });
        }

        return tasks;
    }

    private (string Text, IReadOnlyList<string>? Items) ItemsTask()
    {
        var (lead, items) = _composer.TaskWithItems(_rng);
        Tag("task-items");
        var text = lead + " " + string.Join("; ", items.Select((item, i) => $"({i + 1}) {item}"));
        return (text, items);
    }

    /// <summary>The task's effective deadline and the runs that print its own deadline after the text.</summary>
    private (Deadline Gold, List<OpenXmlElement> Tail) TaskDeadline(Deadline? groupDeadline)
    {
        if (groupDeadline is not null && _rng.Next(2) == 0)
        {
            return (groupDeadline, [WordWriter.Text(".")]);
        }

        if (groupDeadline is null && _rng.Next(10) == 0)
        {
            Tag("deadline-none");
            return (Deadline.NotStated, [WordWriter.Text(".")]);
        }

        var spec = _deadlines.Next();
        Tag([.. spec.Tags]);
        var printed = spec.Core;
        var colon = _choices.DeadlinePlacement == "deadline-colon" || (_choices.DeadlinePlacement == "mixed" && _rng.Next(2) == 0);
        if (!colon && spec.Labelable && _rng.Next(5) < 2)
        {
            // "hoàn thành trong" only before a bare period: never "hoàn thành trong trong năm".
            var label = printed.StartsWith("trong ", StringComparison.Ordinal) || printed.StartsWith("đến ", StringComparison.Ordinal)
                ? Pick("thời gian hoàn thành: ", "thời gian thực hiện: ")
                : Pick("hoàn thành trong ", "thời gian hoàn thành: ", "thời gian thực hiện: ");
            Tag(label.StartsWith("thời gian thực hiện", StringComparison.Ordinal) ? "deadline-label-execution" : "deadline-label-completion");
            printed = label + printed;
        }

        if (colon)
        {
            Tag("deadline-colon");
            var label = Pick(". Thời hạn: ", " - Thời hạn: ");
            return (spec.ToGold(printed), [WordWriter.Text(label), WordWriter.Text(printed + ".")]);
        }

        Tag("deadline-paren");
        return (spec.ToGold(printed), [WordWriter.Text(" ("), WordWriter.Text(printed, italic: true), WordWriter.Text(").")]);
    }

    private (List<Party> Owners, List<OpenXmlElement> Runs) Owners()
    {
        var form = _rng.Next(10);
        if (form < 4)
        {
            var (name, title) = (Person(), Tone(PickOf(_profile.LeaderTitles)));
            Tag("owner-dong-chi");
            return ([new Party(name, title)], [WordWriter.Text("Đồng chí "), WordWriter.Text(name, bold: true), Out($", {title}.")]);
        }

        if (form < 6)
        {
            var (name, title) = (Person(), Tone(PickOf(_profile.LeaderTitles)));
            Tag("owner-dc-abbrev");
            return ([new Party(name, title)], [WordWriter.Text(Pick("Đ/c ", "đ/c ", "Đ/C ")), WordWriter.Text(name, bold: true), Out($" - {title}")]);
        }

        if (form < 8)
        {
            var titles = _profile.LeaderTitles.OrderBy(_ => _rng.Next()).Take(2).Select(t => Tone(t)).ToList();
            var first = new Party(Person(), titles[0]);
            var second = new Party(Person(), titles[^1]);
            Tag("owner-several");
            return ([first, second],
            [
                WordWriter.Text("Đồng chí "), WordWriter.Text(first.Name!, bold: true), Out($", {first.Title}; đồng chí "),
                WordWriter.Text(second.Name!, bold: true), Out($", {second.Title}."),
            ]);
        }

        var collective = Tone(PickOf(_profile.Collectives));
        Tag("owner-collective");
        return ([new Party(null, collective)], [Out(collective + ".")]);
    }

    private (List<string> Advisors, string Label) Advisors()
    {
        var units = _profile.Units.OrderBy(_ => _rng.Next()).Take(_rng.Next(4) == 0 ? 2 : 1).Select(u => Tone(u)).ToList();
        var chuTri = _rng.Next(3) == 0;
        return (units, chuTri ? "Đơn vị chủ trì: " : "Tham mưu: ");
    }
}
