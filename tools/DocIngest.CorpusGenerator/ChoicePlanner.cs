namespace DocIngest.CorpusGenerator;

/// <summary>
/// Spreads every variation over the corpus: each dimension's options are repeated to the corpus size
/// and shuffled, so each option lands in several documents instead of wherever chance puts it.
/// </summary>
internal static class ChoicePlanner
{
    private static readonly string[] QuirkNames =
        ["tracked-changes", "comments", "old-tone", "nfd", "content-control", "hyperlink", "header-footer-field"];

    public static IReadOnlyList<DocChoices> Plan(int count, Random rng)
    {
        var issuer = Balanced(Enumerable.Range(0, IssuerFactory.KindCount).ToArray(), count, rng);
        var header = Balanced(["header-table", "header-table", "header-table", "header-flat"], count, rng);
        // Only party numbers drop the colon or put a space before the hyphen: balance them over party documents.
        var partyCount = issuer.Count(IssuerFactory.IsPartyKind);
        var partyNumber = Balanced(["number-colon", "number-no-colon", "number-no-colon", "number-space-hyphen", "number-space-hyphen", "number-blank"], partyCount, rng);
        var stateNumber = Balanced(["number-colon", "number-colon", "number-colon", "number-blank"], count - partyCount, rng);
        var date = Balanced(["date-padded", "date-unpadded", "date-padded", "date-unpadded", "date-broken", "date-blank"], count, rng);
        var section = Balanced(["section-roman-dot", "section-roman-dot", "section-roman-hyphen", "section-arabic-top", "section-autonumbered"], count, rng);
        var sentenceCase = Balanced([false, false, true], count, rng);
        var synonym = Balanced([false, true], count, rng);
        var table = Balanced([false, false, true], count, rng);
        var listCount = table.Count(isTable => !isTable);

        // List-only and table-only dimensions are balanced over their own documents, so a rare
        // option is not lost to the documents that ignore it.
        var listGroup = Balanced(["group-numbered", "group-numbered", "group-autonumbered", "group-autonumbered", "group-bold-unnumbered", "group-letter", "group-decimal", "group-deadline-heading", "one-group"], listCount, rng);
        var tableGroup = Balanced(["group-table-rows", "weak-table-column"], count - listCount, rng);
        var weak = Balanced(["weak-footnote", "weak-footnote", "weak-endnote", "weak-inline-label"], listCount, rng);
        var task = Balanced(["task-dash", "task-dash", "task-plus", "task-bullet", "task-letter", "task-autonumbered", "task-dash-nospace"], listCount, rng);
        var placement = Balanced(["deadline-paren", "deadline-paren", "deadline-colon", "mixed"], listCount, rng);
        var appendix = Balanced([true, false], count - listCount, rng);
        var closing = Balanced([true, true, false], count, rng);
        var quirkSlots = Balanced(QuirkNames.Concat(QuirkNames).Concat(Enumerable.Repeat("", 3)).ToArray(), count, rng);

        var plans = new List<DocChoices>(count);
        var (l, t, p, q) = (0, 0, 0, 0);
        for (var i = 0; i < count; i++)
        {
            var li = table[i] ? -1 : l++;
            var ti = table[i] ? t++ : -1;
            var sectionForm = section[i];
            var groupForm = table[i] ? tableGroup[ti] : listGroup[li];
            if (groupForm == "group-decimal")
            {
                sectionForm = "section-arabic-top";
            }

            // Auto-numbered sections invite auto-numbered groups: one multi-level list for both.
            if (sectionForm == "section-autonumbered" && groupForm == "group-numbered")
            {
                groupForm = "group-autonumbered";
            }

            var taskForm = table[i] ? "task-table" : task[li];
            if (taskForm == "task-letter" && groupForm == "group-letter")
            {
                taskForm = "task-dash";
            }

            var quirks = new SortedSet<string>(StringComparer.Ordinal);
            if (quirkSlots[i].Length > 0)
            {
                quirks.Add(quirkSlots[i]);
            }

            // A second quirk in a third of the documents, so quirks also meet each other.
            if (rng.Next(3) == 0)
            {
                quirks.Add(QuirkNames[rng.Next(QuirkNames.Length)]);
            }

            plans.Add(new DocChoices
            {
                IssuerKind = issuer[i],
                HeaderLayout = header[i],
                NumberForm = IssuerFactory.IsPartyKind(issuer[i]) ? partyNumber[p++] : stateNumber[q++],
                DateForm = date[i],
                SectionForm = sectionForm,
                SentenceCase = sentenceCase[i],
                Synonym = synonym[i],
                TaskTable = table[i],
                GroupForm = groupForm,
                WeakForm = table[i] ? "weak-table-column" : groupForm == "one-group" ? "weak-inline-label" : weak[li],
                TaskForm = taskForm,
                DeadlinePlacement = table[i] ? "deadline-table-column" : placement[li],
                Appendix = table[i] && appendix[ti],
                ClosingTable = closing[i],
                Quirks = quirks,
            });
        }

        return plans;
    }

    private static T[] Balanced<T>(T[] options, int count, Random rng)
    {
        var values = new T[count];
        for (var i = 0; i < count; i++)
        {
            values[i] = options[i % options.Length];
        }

        rng.Shuffle(values);
        return values;
    }
}
