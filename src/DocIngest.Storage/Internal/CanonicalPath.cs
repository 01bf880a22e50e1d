namespace DocIngest.Storage.Internal;

/// <summary>
/// The one spelling of a database path that every process agrees on. LiteDB's shared mode locks
/// a mutex named after the path string, so a path reached through a symbolic link would get its
/// own mutex and no protection at all; resolving every link first closes that gap.
/// </summary>
internal static class CanonicalPath
{
    // Linux gives up after 40 links (ELOOP); a loop here would otherwise never end.
    private const int MaxLinks = 40;

    /// <summary>The absolute path with every symbolic link that exists on disk resolved.</summary>
    public static string Resolve(string path)
    {
        var links = 0;
        return Resolve(Path.GetFullPath(path), ref links);
    }

    private static string Resolve(string full, ref int links)
    {
        var root = Path.GetPathRoot(full) ?? string.Empty;
        var current = root;
        var parts = full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        foreach (var part in parts)
        {
            current = Path.Combine(current, part);
            FileSystemInfo info = Directory.Exists(current) ? new DirectoryInfo(current) : new FileInfo(current);
            if (!info.Exists || info.LinkTarget is not { } target)
            {
                continue;
            }

            if (++links > MaxLinks)
            {
                throw new IOException($"Too many symbolic links in '{full}'.");
            }

            // A relative target is relative to the folder holding the link, and may hold links itself.
            current = Resolve(Path.GetFullPath(target, Path.GetDirectoryName(current) ?? root), ref links);
        }

        return current;
    }
}
