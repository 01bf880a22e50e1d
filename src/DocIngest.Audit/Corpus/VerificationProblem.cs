namespace DocIngest.Audit.Corpus;

/// <summary>One problem found by <see cref="CorpusVerifier"/>.</summary>
/// <param name="File">The file at fault, relative to the corpus folder ('/' separators).</param>
/// <param name="Field">Where in the file: a JSON path ("groups[1].tasks[0].deadline.date") or "line N".</param>
/// <param name="Message">What is wrong.</param>
/// <param name="Severity">Error or warning.</param>
public sealed record VerificationProblem(string File, string Field, string Message, VerificationSeverity Severity)
{
    public bool IsError => Severity == VerificationSeverity.Error;

    /// <summary><c>file: field: message</c>, with "warning: " before the message of a warning.</summary>
    public override string ToString() =>
        IsError ? $"{File}: {Field}: {Message}" : $"{File}: {Field}: warning: {Message}";
}
