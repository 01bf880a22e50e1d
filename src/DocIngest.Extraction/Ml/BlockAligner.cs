using System.Text.RegularExpressions;
using DocIngest.Core.Plans;
using DocIngest.Core.Text;

namespace DocIngest.Extraction.Ml;

/// <summary>
/// Labels blocks for training by matching the gold record's strings to them with the contract's
/// <see cref="TextSimilarity"/>: a block takes the role of the gold string it matches best (whole
/// or, for a block that also carries a deadline or a label, by covering the gold string).
/// The gold has no positions, so this is the only bridge; what it cannot place is reported.
/// </summary>
public static partial class BlockAligner
{
    private const double Accept = 0.75;

    [GeneratedRegex(@"ngay\s*\.*\s*\d{0,2}\s*thang\s*\.*\s*\d{0,2}\s*nam\s*\d{4}", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex DateLine();

    public static BlockAlignment Align(PlanRecord gold, IReadOnlyList<BlockSample> blocks)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(blocks);
        var targets = Targets(gold);
        var roles = new BlockRole[blocks.Count];
        var matched = new bool[targets.Count];
        for (var b = 0; b < blocks.Count; b++)
        {
            var tokens = TextSimilarity.Tokens(blocks[b].Text);
            var best = (Role: BlockRole.Other, Score: 0.0, Target: -1);
            for (var t = 0; t < targets.Count; t++)
            {
                var score = Match(tokens, targets[t].Tokens, targets[t].Role);
                if (score > best.Score + 1e-9)
                {
                    best = (targets[t].Role, score, t);
                }
            }

            if (best.Score < Accept && Several(tokens, targets) is { } several)
            {
                // "(1) a; (2) b; (3) c" in one paragraph: several gold items of one role together fill the block.
                roles[b] = several.Role;
                several.Targets.ForEach(t => matched[t] = true);
            }
            else if (best.Score >= Accept)
            {
                roles[b] = best.Role;
                matched[best.Target] = true;
            }
            else
            {
                roles[b] = ByShape(blocks[b], gold, (double)b / Math.Max(1, blocks.Count));
            }
        }

        var unaligned = targets.Where((t, i) => !matched[i] && t.Reported).Select(t => $"{t.Role}: {t.Text}").Distinct().ToList();
        return new BlockAlignment(roles, unaligned);
    }

    /// <summary>
    /// Similarity when the block is the gold string; coverage when the block holds the gold string
    /// plus a little more (a deadline parenthesis, a "Tham mưu:" cue), discounted slightly.
    /// </summary>
    private static double Match(IReadOnlyList<string> block, IReadOnlyList<string> target, BlockRole role)
    {
        if (block.Count == 0 || target.Count == 0)
        {
            return 0;
        }

        var sim = TextSimilarity.Sim(block, target);

        // A short gold string inside a long block (a deadline inside a task) must not win the
        // block: coverage counts only while the block is not much longer than the string.
        var fit = Math.Min(1.0, (target.Count + 6.0) / block.Count);
        var coverage = (double)Common(block, target) / target.Count;
        var discount = role is BlockRole.OwnerLine or BlockRole.AdvisorLine or BlockRole.PartnerLine ? 0.9 : 1.0;
        return Math.Max(sim, 0.95 * coverage * fit * discount);
    }

    private static (BlockRole Role, List<int> Targets)? Several(IReadOnlyList<string> block, List<Target> targets)
    {
        if (block.Count == 0)
        {
            return null;
        }

        foreach (var group in targets.Select((t, i) => (t, i)).Where(x => x.t.Tokens.Count > 0 && Common(block, x.t.Tokens) >= 0.9 * x.t.Tokens.Count).GroupBy(x => x.t.Role))
        {
            var distinct = group.DistinctBy(x => x.t.Text).ToList();
            if (distinct.Count >= 2 && distinct.Sum(x => x.t.Tokens.Count) >= Accept * block.Count)
            {
                return (group.Key, group.Select(x => x.i).ToList());
            }
        }

        return null;
    }

    private static int Common(IReadOnlyList<string> a, IReadOnlyList<string> b) => TextSimilarity.CommonTokens(a, b);

    /// <summary>Roles the gold names without a string to match (the date line, the signature block, "Nơi nhận").</summary>
    private static BlockRole ByShape(BlockSample block, PlanRecord gold, double position)
    {
        var folded = block.Input.Folded;
        if (folded.StartsWith("noi nhan", StringComparison.Ordinal))
        {
            return BlockRole.Recipients;
        }

        if (position < 0.35 && folded.Length < 120 && DateLine().IsMatch(folded))
        {
            return BlockRole.DateLine;
        }

        if (position > 0.5 && folded.Length < 80 && (folded.StartsWith("k/t", StringComparison.Ordinal) || folded.StartsWith("t/m", StringComparison.Ordinal)
            || folded.StartsWith("kt.", StringComparison.Ordinal) || folded.StartsWith("tm.", StringComparison.Ordinal)))
        {
            return BlockRole.Signature;
        }

        if (position < 0.35 && gold.Document.Title is { Length: > 0 } title && folded.Length > 0)
        {
            var tokens = TextSimilarity.Tokens(block.Text);
            if (tokens.Count >= 2 && Common(tokens, TextSimilarity.Tokens(title)) >= 0.9 * tokens.Count)
            {
                return BlockRole.Title;
            }
        }

        return BlockRole.Other;
    }

    private static List<Target> Targets(PlanRecord gold)
    {
        var targets = new List<Target>();
        void Add(BlockRole role, string? text, bool reported = false)
        {
            if (!string.IsNullOrWhiteSpace(text))
            {
                targets.Add(new Target(role, text, TextSimilarity.Tokens(text), reported));
            }
        }

        // An owner line prints the name with the titles ("Đồng chí X, Ủy viên …, Trưởng Ban …"),
        // a table cell often the name alone: both shapes are targets.
        void AddOwner(Party owner)
        {
            Add(BlockRole.OwnerLine, owner.Name ?? owner.Title);
            if (owner.Name is not null && owner.Title is not null)
            {
                Add(BlockRole.OwnerLine, owner.Name + ", " + owner.Title);
            }
        }

        var info = gold.Document;
        Add(BlockRole.DocumentNumber, info.Number is { } number ? "Số: " + number : null);
        Add(BlockRole.Kind, info.Kind);
        Add(BlockRole.Title, info.Title);
        Add(BlockRole.Signature, info.Signer?.Name);
        foreach (var recipient in info.Recipients)
        {
            Add(BlockRole.Recipients, recipient);
        }

        foreach (var section in gold.Sections)
        {
            Add(BlockRole.SectionHeading, section.Title, reported: true);
        }

        foreach (var group in gold.Groups)
        {
            Add(BlockRole.GroupHeading, group.Title, reported: true);
            Add(BlockRole.DeadlineLine, group.Deadline?.Text);
            foreach (var weakness in group.Weaknesses)
            {
                Add(BlockRole.Weakness, weakness, reported: true);
            }

            group.Owners.ToList().ForEach(AddOwner);

            group.Advisors.ToList().ForEach(a => Add(BlockRole.AdvisorLine, a));
            group.Partners.ToList().ForEach(p => Add(BlockRole.PartnerLine, p));
            foreach (var task in group.Tasks)
            {
                Add(BlockRole.Task, task.Text, reported: true);
                Add(BlockRole.DeadlineLine, task.Deadline.Text);
                (task.Owners ?? []).ToList().ForEach(AddOwner);
                (task.Advisors ?? []).ToList().ForEach(a => Add(BlockRole.AdvisorLine, a));
                (task.Partners ?? []).ToList().ForEach(p => Add(BlockRole.PartnerLine, p));
            }
        }

        return targets;
    }

    private sealed record Target(BlockRole Role, string Text, IReadOnlyList<string> Tokens, bool Reported);
}
