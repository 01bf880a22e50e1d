using DocIngest.Core.Text;

namespace DocIngest.Audit.Scoring;

/// <summary>
/// The contract's pairing: all gold × predicted pairs at or above the threshold, taken by highest
/// sim first (ties: gold order, then predicted order), each item used at most once.
/// </summary>
internal static class GreedyPairing
{
    public static IReadOnlyList<(int Gold, int Predicted, double Sim)> Pair(
        IReadOnlyList<string?> gold, IReadOnlyList<string?> predicted, double threshold)
    {
        var goldTokens = gold.Select(TextSimilarity.Tokens).ToList();
        var predictedTokens = predicted.Select(TextSimilarity.Tokens).ToList();
        var candidates = new List<(int Gold, int Predicted, double Sim)>();
        for (var g = 0; g < goldTokens.Count; g++)
        {
            for (var p = 0; p < predictedTokens.Count; p++)
            {
                var sim = TextSimilarity.Sim(goldTokens[g], predictedTokens[p]);
                if (sim >= threshold)
                {
                    candidates.Add((g, p, sim));
                }
            }
        }

        candidates.Sort(static (a, b) =>
        {
            var bySim = b.Sim.CompareTo(a.Sim);
            if (bySim != 0)
            {
                return bySim;
            }

            var byGold = a.Gold.CompareTo(b.Gold);
            return byGold != 0 ? byGold : a.Predicted.CompareTo(b.Predicted);
        });

        var goldUsed = new bool[gold.Count];
        var predictedUsed = new bool[predicted.Count];
        var pairs = new List<(int, int, double)>();
        foreach (var (g, p, sim) in candidates)
        {
            if (!goldUsed[g] && !predictedUsed[p])
            {
                goldUsed[g] = true;
                predictedUsed[p] = true;
                pairs.Add((g, p, sim));
            }
        }

        pairs.Sort(static (a, b) => a.Item1.CompareTo(b.Item1));
        return pairs;
    }
}
