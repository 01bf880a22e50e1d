namespace DocIngest.Ingestion.Watching;

/// <summary>
/// Files in the drop folder that are never documents: editors' lock files, browsers' and copy
/// tools' partial downloads, and hidden files. They are left where they are.
/// </summary>
internal static class IgnoredFiles
{
    private static readonly string[] PartialSuffixes = [".tmp", ".part", ".crdownload", ".partial", ".swp"];

    public static bool IsIgnored(string path)
    {
        var name = Path.GetFileName(path);
        if (name.Length == 0 || name[0] == '.' || name.StartsWith("~$", StringComparison.Ordinal))
        {
            // ".~lock.NAME#" (LibreOffice) and every other dot file are hidden; "~$NAME.docx" is Word's owner file.
            return true;
        }

        if (name.EndsWith('~') || PartialSuffixes.Any(s => name.EndsWith(s, StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        return OperatingSystem.IsWindows() && File.Exists(path) && File.GetAttributes(path).HasFlag(FileAttributes.Hidden);
    }
}
