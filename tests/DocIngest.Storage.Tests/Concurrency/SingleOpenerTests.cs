namespace DocIngest.Storage.Tests.Concurrency;

/// <summary>
/// Shared mode protects the file only if every process opens it that way; one direct-mode opener
/// loses writes (docs/storage.md). So no product code may open LiteDB except PlanStore.Open.
/// </summary>
public sealed class SingleOpenerTests
{
    [Fact]
    public void ProductCode_OpensLiteDbOnlyThroughPlanStore()
    {
        var root = RepositoryRoot();
        var openers = new[] { "src", "tools" }
            .Select(folder => Path.Combine(root, folder))
            .Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories))
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(file => File.ReadAllText(file).Contains("new LiteDatabase(", StringComparison.Ordinal) || File.ReadAllText(file).Contains("new LiteEngine(", StringComparison.Ordinal))
            .Select(file => Path.GetRelativePath(root, file).Replace(Path.DirectorySeparatorChar, '/'))
            .ToList();

        openers.ShouldBe(["src/DocIngest.Storage/PlanStore.cs"]);
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "DocIngest.sln")))
            {
                return folder.FullName;
            }
        }

        throw new DirectoryNotFoundException("DocIngest.sln not found above " + AppContext.BaseDirectory);
    }
}
