using DocIngest.Core.Plans;
using DocIngest.Core.Text;

namespace DocIngest.Audit.Scoring;

/// <summary>
/// Scores an extracted plan record against its gold record exactly as shared/corpus-format.md
/// ("Scoring") says, and sums document scores into a micro-average. Stateless and thread-safe.
/// </summary>
public sealed class PlanScorer
{
    /// <summary>Tasks, weaknesses and groups pair at sim ≥ 0.6.</summary>
    public const double PairThreshold = 0.6;

    /// <summary>The issuer is right at sim ≥ 0.8.</summary>
    public const double IssuerThreshold = 0.8;

    /// <summary>The title is right at sim ≥ 0.9.</summary>
    public const double TitleThreshold = 0.9;

    /// <summary>Recipients pair at sim ≥ 0.8.</summary>
    public const double RecipientThreshold = 0.8;

    /// <summary>Scores <paramref name="predicted"/>; null means the extractor failed (see <see cref="ScoreFailure"/>).</summary>
    public DocumentScore Score(PlanRecord gold, PlanRecord? predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        if (predicted is null)
        {
            return ScoreFailure(gold, "The extractor produced no record.");
        }

        var mismatches = new List<Mismatch>();
        var sheet = ScoreDocumentFields(gold.Document, predicted.Document, mismatches);
        sheet = ItemScorer.ScoreTasks(gold, predicted, sheet, mismatches);
        sheet = ItemScorer.ScoreWeaknesses(gold, predicted, sheet, mismatches);
        sheet = ItemScorer.ScoreGroups(gold, predicted, sheet, mismatches);
        return new DocumentScore(gold.Source, sheet, mismatches)
        {
            ModelDecisions = ModelDecision.FromRecord(predicted),
            Predicted = predicted,
        };
    }

    /// <summary>
    /// A document the extractor failed on: zero predictions, so every gold item is a miss and
    /// every document field is wrong (even one whose gold is null: nothing was read).
    /// </summary>
    public DocumentScore ScoreFailure(PlanRecord gold, string error)
    {
        ArgumentNullException.ThrowIfNull(gold);
        var empty = new PlanRecord { Source = gold.Source, Document = DocumentInfo.Empty };
        var scored = Score(gold, empty);
        var wrong = new Accuracy(0, 1);
        var sheet = scored.Sheet with
        {
            DocNumber = wrong,
            DocKind = wrong,
            DocIssuedOn = wrong,
            DocSignerName = wrong,
            DocIssuer = wrong,
            DocTitle = wrong,
        };
        var mismatches = scored.Mismatches.Where(m => !m.Field.StartsWith("document.", StringComparison.Ordinal)).ToList();
        mismatches.Insert(0, new Mismatch("document.failed", null, error));
        return new DocumentScore(gold.Source, sheet, mismatches, error);
    }

    /// <summary>Sums the documents' counts: the micro-average over the documents.</summary>
    public CorpusScore Aggregate(IEnumerable<DocumentScore> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var list = documents.ToList();
        var totals = list.Aggregate(ScoreSheet.Empty, (sum, d) => sum + d.Sheet);
        return new CorpusScore(totals, list);
    }

    private static ScoreSheet ScoreDocumentFields(DocumentInfo gold, DocumentInfo predicted, List<Mismatch> mismatches)
    {
        Accuracy Field(string name, bool ok, string? goldValue, string? predictedValue)
        {
            if (!ok)
            {
                mismatches.Add(new Mismatch($"document.{name}", goldValue ?? ValueText.Null, predictedValue ?? ValueText.Null));
            }

            return Accuracy.Of(ok);
        }

        var sheet = new ScoreSheet
        {
            DocNumber = Field("number", ValueText.NumberKey(gold.Number) == ValueText.NumberKey(predicted.Number), gold.Number, predicted.Number),
            DocKind = Field("kind", TextSimilarity.Norm(gold.Kind) == TextSimilarity.Norm(predicted.Kind), gold.Kind, predicted.Kind),
            DocIssuedOn = Field("issued_on", gold.IssuedOn == predicted.IssuedOn, ValueText.Date(gold.IssuedOn), ValueText.Date(predicted.IssuedOn)),
            DocSignerName = Field("signer.name",
                TextSimilarity.Norm(gold.Signer?.Name) == TextSimilarity.Norm(predicted.Signer?.Name), gold.Signer?.Name, predicted.Signer?.Name),
            DocIssuer = Field("issuer", TextSimilarity.Sim(gold.Issuer, predicted.Issuer) >= IssuerThreshold, gold.Issuer, predicted.Issuer),
            DocTitle = Field("title", TextSimilarity.Sim(gold.Title, predicted.Title) >= TitleThreshold, gold.Title, predicted.Title),
        };

        var goldNumbers = gold.References.Select(r => ValueText.NumberKey(r.Number)).ToHashSet(StringComparer.Ordinal);
        var predictedNumbers = predicted.References.Select(r => ValueText.NumberKey(r.Number)).ToHashSet(StringComparer.Ordinal);
        var commonNumbers = goldNumbers.Count(predictedNumbers.Contains);
        foreach (var reference in gold.References.Where(r => !predictedNumbers.Contains(ValueText.NumberKey(r.Number))))
        {
            mismatches.Add(new Mismatch("reference.missed", reference.Number, null));
        }

        foreach (var reference in predicted.References.Where(r => !goldNumbers.Contains(ValueText.NumberKey(r.Number))))
        {
            mismatches.Add(new Mismatch("reference.spurious", null, reference.Number));
        }

        var recipientPairs = GreedyPairing.Pair(gold.Recipients.ToList<string?>(), predicted.Recipients.ToList<string?>(), RecipientThreshold);
        var goldPaired = recipientPairs.Select(p => p.Gold).ToHashSet();
        var predictedPaired = recipientPairs.Select(p => p.Predicted).ToHashSet();
        mismatches.AddRange(gold.Recipients.Where((_, i) => !goldPaired.Contains(i)).Select(r => new Mismatch("recipient.missed", r, null)));
        mismatches.AddRange(predicted.Recipients.Where((_, i) => !predictedPaired.Contains(i)).Select(r => new Mismatch("recipient.spurious", null, r)));

        return sheet with
        {
            References = Counts.FromPairs(commonNumbers, goldNumbers.Count, predictedNumbers.Count),
            Recipients = Counts.FromPairs(recipientPairs.Count, gold.Recipients.Count, predicted.Recipients.Count),
        };
    }
}
