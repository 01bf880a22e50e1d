using DocIngest.Core.Plans;

namespace DocIngest.Audit.Tests;

/// <summary>A throw-away corpus folder; deleted on dispose.</summary>
internal sealed class TempCorpus : IDisposable
{
    public TempCorpus()
    {
        Root = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "docingest-audit-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public string Path(string relative) => System.IO.Path.Combine(Root, relative);

    /// <summary>Writes a document and its gold (a record whose source is the document's file name).</summary>
    public string AddDocument(string relative, PlanRecord? gold = null)
    {
        var path = Write(relative, "Kế hoạch\n");
        var stem = path[..^System.IO.Path.GetExtension(path).Length];
        var record = gold ?? new PlanRecord { Source = System.IO.Path.GetFileName(path), Document = DocumentInfo.Empty };
        File.WriteAllText(stem + ".gold.json", PlanJson.Serialize(record));
        return path;
    }

    public string Write(string relative, string text)
    {
        var path = Path(relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
