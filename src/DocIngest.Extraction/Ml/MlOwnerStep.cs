using System.Text.RegularExpressions;
using DocIngest.Core.Documents;
using DocIngest.Extraction.Parties;
using DocIngest.Extraction.Structure;

namespace DocIngest.Extraction.Ml;

/// <summary>
/// The one block-role fusion: a paragraph group that the rules left without any owner (its own or
/// its tasks') takes the owners of a body paragraph inside it that the block-role classifier calls
/// an owner line with confidence at or above the tuned threshold ("Phân công: Đ/c X - Phó Giám
/// đốc." where the cue table has no "Phân công"). The group's tasks record the decision.
/// </summary>
internal sealed partial class MlOwnerStep(ModelSet models, ClassifierMode mode) : IExtractionStep
{
    public const string ModelRule = ModelRules.OwnerLine;

    private readonly PartyParser _parties = new();

    public string Name => "ml-owner-line";

    [GeneratedRegex(@"^body\[(?<index>\d+)\]$", RegexOptions.CultureInvariant)]
    private static partial Regex BodyParagraph();

    public void Run(ExtractionContext context)
    {
        if (mode == ClassifierMode.Rules || models.BlockRoles is null)
        {
            return;
        }

        var threshold = mode == ClassifierMode.Ml ? 0 : models.OwnerThreshold;
        if (threshold > 1)
        {
            // Switched off by training: no probability can pass, so nothing is worth classifying.
            return;
        }
        var starts = context.Groups.Select(g => (Group: g, Start: Start(g))).Where(x => x.Start >= 0).OrderBy(x => x.Start).ToList();
        if (!starts.Any(x => x.Group.Owners.Count == 0 && x.Group.Tasks.All(t => t.Owners is null)))
        {
            return;
        }

        for (var g = 0; g < starts.Count; g++)
        {
            var (group, start) = starts[g];
            if (group.Owners.Count > 0 || group.Tasks.Any(t => t.Owners is not null))
            {
                continue;
            }

            var end = g + 1 < starts.Count ? starts[g + 1].Start : End(context);
            foreach (var paragraph in context.Document.Body.OfType<ParagraphBlock>().Where(p => p.Position.Index > start && p.Position.Index < end))
            {
                // The same per-document classification the structure rules asked: each block once.
                if (context.Advice.Classify(paragraph) is not { Role: BlockRole.OwnerLine } predicted || predicted.Confidence < threshold)
                {
                    continue;
                }

                var position = paragraph.Position;
                var text = predicted.Block.Text;
                var colon = text.IndexOf(':', StringComparison.Ordinal);
                var owners = _parties.ParseOwners(colon >= 0 && colon < 40 ? text[(colon + 1)..] : text);
                if (owners.Count == 0)
                {
                    continue;
                }

                group.Owners.AddRange(owners);
                foreach (var task in group.Tasks)
                {
                    task.Evidence = task.Evidence with { Rule = $"{task.Evidence.Rule}+{ModelRule}@{position}", Confidence = Math.Round(predicted.Confidence, 3) };
                }

                break;
            }
        }
    }

    private static int End(ExtractionContext context) =>
        context.ClosingStartIndex < context.Lines.Count && context.Lines[context.ClosingStartIndex].Paragraph.Position is { Part: DocumentPart.Body } p
            ? p.Index
            : int.MaxValue;

    private static int Start(GroupDraft group) =>
        BodyParagraph().Match(group.Evidence.Block) is { Success: true } m && int.TryParse(m.Groups["index"].Value, out var index) ? index : -1;
}
