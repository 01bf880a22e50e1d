using DocIngest.Reading;

namespace DocIngest.Cli.Commands;

/// <summary>Expands the paths given on the command line: files as they are, folders recursively.</summary>
internal static class InputFiles
{
    public static (List<string> Files, List<string> Missing) Expand(IEnumerable<string> paths, DocumentReaderRegistry readers)
    {
        var files = new List<string>();
        var missing = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => readers.CanRead(f) && !Path.GetFileName(f).StartsWith("~$", StringComparison.Ordinal))
                    .Where(f => !f.EndsWith(".gold.json", StringComparison.Ordinal))
                    .Order(StringComparer.Ordinal));
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                missing.Add(path);
            }
        }

        return (files, missing);
    }
}
