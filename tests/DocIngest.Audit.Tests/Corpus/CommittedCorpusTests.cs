using DocIngest.Audit.Corpus;

namespace DocIngest.Audit.Tests.Corpus;

/// <summary>The committed corpus (repo/corpus) must verify with no errors: a wrong gold makes every audit lie.</summary>
public sealed class CommittedCorpusTests
{
    [Fact]
    public void Verify_CommittedCorpus_NoErrors()
    {
        var corpus = Path.Combine(RepositoryRoot(), "corpus");

        var result = CorpusVerifier.CreateDefault().Verify(corpus);

        result.GoldFiles.ShouldBeGreaterThan(100);
        result.DocumentsChecked.ShouldBe(result.GoldFiles);
        var errors = result.Problems.Where(p => p.IsError).Select(p => p.ToString()).ToList();
        errors.ShouldBeEmpty(string.Join("\n", errors));
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DocIngest.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (DocIngest.sln) was not found above " + AppContext.BaseDirectory);
    }
}
