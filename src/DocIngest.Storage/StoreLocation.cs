namespace DocIngest.Storage;

/// <summary>
/// Where the database file lives: <c>--db PATH</c>, else <c>DOCINGEST_DB</c>, else the per-user data
/// folder ($XDG_DATA_HOME/docingest, ~/.local/share/docingest, %LOCALAPPDATA%\docingest).
/// </summary>
public static class StoreLocation
{
    public const string EnvironmentVariable = "DOCINGEST_DB";

    public static string Resolve(string? explicitPath)
    {
        if (!string.IsNullOrWhiteSpace(explicitPath))
        {
            return Path.GetFullPath(explicitPath);
        }

        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } fromEnvironment)
        {
            return Path.GetFullPath(fromEnvironment);
        }

        string folder;
        if (OperatingSystem.IsWindows())
        {
            folder = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData);
        }
        else
        {
            var xdg = Environment.GetEnvironmentVariable("XDG_DATA_HOME");
            folder = string.IsNullOrEmpty(xdg)
                ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share")
                : xdg;
        }

        return Path.Combine(folder, "docingest", "docingest.db");
    }
}
