using DocIngest.Audit.Scoring;
using DocIngest.Core.Plans;

namespace DocIngest.Audit.Comparison;

/// <summary>Compares two runs' outputs for one document: mismatches as multisets and records without evidence.</summary>
internal static class RecordDiff
{
    /// <summary>
    /// Mismatches of <paramref name="from"/> that <paramref name="to"/> lacks, counted as a
    /// multiset. Evidence is left out of the comparison: a model appends to the rule, so the same
    /// wrong value would otherwise look fixed and introduced at once.
    /// </summary>
    public static IReadOnlyList<Mismatch> Missing(IReadOnlyList<Mismatch> from, IReadOnlyList<Mismatch> to)
    {
        var remaining = to.GroupBy(Key).ToDictionary(g => g.Key, g => g.Count());
        var missing = new List<Mismatch>();
        foreach (var mismatch in from)
        {
            var key = Key(mismatch);
            if (remaining.TryGetValue(key, out var count) && count > 0)
            {
                remaining[key] = count - 1;
            }
            else
            {
                missing.Add(mismatch);
            }
        }

        return missing;
    }

    /// <summary>True when the records differ in a contract field; evidence alone does not count.</summary>
    public static bool Differ(PlanRecord? a, PlanRecord? b)
    {
        if (a is null || b is null)
        {
            return a is not null || b is not null;
        }

        return !string.Equals(PlanJson.Serialize(WithoutEvidence(a)), PlanJson.Serialize(WithoutEvidence(b)), StringComparison.Ordinal);
    }

    private static (string, string?, string?, string?) Key(Mismatch m) => (m.Field, m.Gold, m.Predicted, m.Context);

    private static PlanRecord WithoutEvidence(PlanRecord record) => record with
    {
        Sections = record.Sections.Select(s => s with { Evidence = null }).ToList(),
        Groups = record.Groups.Select(g => g with
        {
            Evidence = null,
            Tasks = g.Tasks.Select(t => t with { Evidence = null }).ToList(),
        }).ToList(),
    };
}
