using System.Globalization;
using System.Text;
using DocIngest.Core.Plans;

namespace DocIngest.CorpusGenerator;

/// <summary>Generates the whole corpus for one seed: documents, gold records and the manifest.</summary>
/// <param name="seed">Seeds every choice; the same seed gives byte-identical files.</param>
/// <param name="count">Documents to write.</param>
/// <param name="prefix">File names start with it ("gen_001_…"); a second batch needs its own.</param>
/// <param name="fixedSplit">Puts every document in this split instead of the ≈ 50/20/30 assignment.</param>
internal sealed class CorpusGenerator(int seed, int count, string prefix = "gen", string? fixedSplit = null)
{
    private static readonly string[] IssuerSlugs =
    [
        "dangu_xa", "btc_tinhuy", "btg_huyenuy", "ubkt_huyenuy", "vp_tinhuy", "huyenuy",
        "ubnd_tinh", "ubnd_huyen", "ubnd_xa", "so_noivu", "truong_thcs", "benhvien", "ubnd_tphcm",
    ];

    public IReadOnlyList<GeneratedDocument> Generate()
    {
        var planner = new Random(seed);
        var choices = ChoicePlanner.Plan(count, planner);
        var composer = new SentenceComposer();
        var documents = new List<GeneratedDocument>(count);
        for (var i = 0; i < count; i++)
        {
            var rng = new Random(unchecked((seed * 1_000_003) + i));
            var name = string.Create(CultureInfo.InvariantCulture, $"{prefix}_{i + 1:000}_{IssuerSlugs[choices[i].IssuerKind]}{(choices[i].TaskTable ? "_bang" : "")}");
            documents.Add(new PlanDocumentBuilder(rng, choices[i], composer).Build(name));
        }

        AssertUniqueTasks(documents);
        return documents;
    }

    public void Write(IReadOnlyList<GeneratedDocument> documents, string outDirectory)
    {
        Directory.CreateDirectory(outDirectory);
        foreach (var stale in Directory.EnumerateFiles(outDirectory, prefix + "_*").Where(f => f.EndsWith(".docx", StringComparison.Ordinal) || f.EndsWith(".gold.json", StringComparison.Ordinal)))
        {
            File.Delete(stale);
        }

        foreach (var document in documents)
        {
            File.WriteAllBytes(Path.Combine(outDirectory, document.Name + ".docx"), document.Docx);
            var json = PlanJson.Serialize(document.Gold).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
            File.WriteAllText(Path.Combine(outDirectory, document.Name + ".gold.json"), json, new UTF8Encoding(false));
        }

        var split = fixedSplit is null
            ? SplitAssigner.Assign(documents, new Random(seed + 1))
            : documents.ToDictionary(d => d.Name, _ => fixedSplit, StringComparer.Ordinal);
        var manifest = new StringBuilder("name\tsplit\tclasses\n");
        foreach (var document in documents)
        {
            manifest.Append(document.Name).Append(".docx\t").Append(split[document.Name]).Append('\t')
                .Append(string.Join(',', document.Tags)).Append('\n');
        }

        File.WriteAllText(Path.Combine(outDirectory, "manifest.tsv"), manifest.ToString(), new UTF8Encoding(false));
    }

    /// <summary>Counts of documents per variation tag, for the report.</summary>
    public static IEnumerable<(string Tag, int Documents)> TagCounts(IReadOnlyList<GeneratedDocument> documents) =>
        documents.SelectMany(d => d.Tags).GroupBy(t => t, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Count())).OrderBy(p => p.Key, StringComparer.Ordinal);

    private static void AssertUniqueTasks(IReadOnlyList<GeneratedDocument> documents)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (_, task) in documents.SelectMany(d => d.Gold.AllTasks()))
        {
            if (!seen.Add(task.Text))
            {
                throw new InvalidOperationException("A task sentence repeats in the corpus: " + task.Text);
            }
        }
    }
}
