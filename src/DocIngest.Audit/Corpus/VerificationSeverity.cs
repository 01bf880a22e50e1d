namespace DocIngest.Audit.Corpus;

/// <summary>How much a verification problem matters.</summary>
public enum VerificationSeverity
{
    /// <summary>The gold or the manifest is wrong and must be fixed.</summary>
    Error,

    /// <summary>Worth a look, but not necessarily wrong (e.g. the normaliser reads a deadline differently).</summary>
    Warning,
}
