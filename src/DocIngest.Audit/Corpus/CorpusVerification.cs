namespace DocIngest.Audit.Corpus;

/// <summary>The outcome of verifying a corpus folder.</summary>
/// <param name="Root">Full path of the corpus folder.</param>
/// <param name="GoldFiles">Number of NAME.gold.json files found.</param>
/// <param name="DocumentsChecked">Number of documents whose text was read and compared with their gold.</param>
/// <param name="Problems">Every problem, sorted by file.</param>
public sealed record CorpusVerification(
    string Root,
    int GoldFiles,
    int DocumentsChecked,
    IReadOnlyList<VerificationProblem> Problems)
{
    public int ErrorCount => Problems.Count(p => p.IsError);

    public int WarningCount => Problems.Count(p => !p.IsError);

    public bool HasErrors => ErrorCount > 0;

    /// <summary>One line for people: how many files, errors and warnings.</summary>
    public string Summary =>
        $"{GoldFiles} gold files, {DocumentsChecked} documents read: {ErrorCount} error(s), {WarningCount} warning(s).";
}
