namespace DocIngest.CorpusGenerator;

/// <summary>
/// Splits documents ≈ 50/20/30 train/dev/test so that every class appears in test: the rarest
/// classes pick their test document first, then the rest is filled in a seeded order.
/// </summary>
internal static class SplitAssigner
{
    public static IReadOnlyDictionary<string, string> Assign(IReadOnlyList<GeneratedDocument> documents, Random rng)
    {
        var split = new Dictionary<string, string>(StringComparer.Ordinal);
        var testTarget = (int)Math.Round(documents.Count * 0.3);
        var devTarget = (int)Math.Round(documents.Count * 0.2);
        var classes = documents.SelectMany(d => d.Tags).Distinct(StringComparer.Ordinal)
            .OrderBy(c => documents.Count(d => d.Tags.Contains(c))).ThenBy(c => c, StringComparer.Ordinal);
        foreach (var cls in classes)
        {
            if (documents.Any(d => d.Tags.Contains(cls) && split.GetValueOrDefault(d.Name) == "test"))
            {
                continue;
            }

            // Prefer the candidate that also covers the most classes still missing from test.
            var candidate = documents.Where(d => d.Tags.Contains(cls) && !split.ContainsKey(d.Name))
                .OrderByDescending(d => d.Tags.Count(t => !documents.Any(o => o.Tags.Contains(t) && split.GetValueOrDefault(o.Name) == "test")))
                .ThenBy(d => d.Name, StringComparer.Ordinal)
                .FirstOrDefault();
            if (candidate is not null)
            {
                split[candidate.Name] = "test";
            }
        }

        var rest = documents.Where(d => !split.ContainsKey(d.Name)).Select(d => d.Name).ToArray();
        rng.Shuffle(rest);
        var testCount = split.Count;
        var devCount = 0;
        foreach (var name in rest)
        {
            if (testCount < testTarget)
            {
                split[name] = "test";
                testCount++;
            }
            else if (devCount < devTarget)
            {
                split[name] = "dev";
                devCount++;
            }
            else
            {
                split[name] = "train";
            }
        }

        return split;
    }
}
