namespace DocIngest.Audit.Corpus;

/// <summary>A problem found while loading the corpus, pointing at the file (and line) to fix.</summary>
/// <param name="File">The file at fault, as given to or found by the loader.</param>
/// <param name="Line">1-based line number, when the problem is on one line.</param>
/// <param name="Message">What is wrong and what was expected.</param>
/// <param name="IsWarning">True when the corpus is still usable as it is (e.g. a document missing from the manifest).</param>
public sealed record CorpusIssue(string File, int? Line, string Message, bool IsWarning = false)
{
    public override string ToString() =>
        $"{(IsWarning ? "warning" : "error")}: {File}{(Line is { } line ? $":{line}" : string.Empty)}: {Message}";
}
