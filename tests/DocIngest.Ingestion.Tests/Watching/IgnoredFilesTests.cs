using DocIngest.Ingestion.Watching;

namespace DocIngest.Ingestion.Tests.Watching;

public sealed class IgnoredFilesTests
{
    [Theory]
    [InlineData("~$kehoach.docx")]
    [InlineData(".~lock.kehoach.docx#")]
    [InlineData("kehoach.docx.tmp")]
    [InlineData("kehoach.docx.part")]
    [InlineData("kehoach.docx.crdownload")]
    [InlineData(".hidden.docx")]
    [InlineData("kehoach.docx~")]
    public void IsIgnored_LockTemporaryOrHidden_True(string name) =>
        IgnoredFiles.IsIgnored(Path.Combine("/drop", name)).ShouldBeTrue();

    [Theory]
    [InlineData("kehoach.docx")]
    [InlineData("Kế hoạch 15-KH.docx")]
    [InlineData("plan.md")]
    [InlineData("plan.txt")]
    [InlineData("a~$b.docx")]
    public void IsIgnored_Document_False(string name) =>
        IgnoredFiles.IsIgnored(Path.Combine("/drop", name)).ShouldBeFalse();
}
