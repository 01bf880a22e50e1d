namespace DocIngest.Extraction.Tests.Acceptance;

/// <summary>Finds files of the repository (corpus, contract) from the test's output folder.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "DocIngest.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (DocIngest.sln) was not found above " + AppContext.BaseDirectory);
    }
}
