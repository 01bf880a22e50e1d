namespace DocIngest.Extraction.Ml;

/// <summary>
/// The names classifier decisions record in evidence (appended to the rule's own as "+name"), so a
/// reader of a record, the audit and the model card can tell which values a model decided.
/// </summary>
public static class ModelRules
{
    /// <summary>The block-role classifier turned lines of the rules' heading shape into tasks.</summary>
    public const string HeadingScheme = "ml:heading-scheme";

    /// <summary>The deadline-kind classifier named the kind of a phrase the rules could not read.</summary>
    public const string DeadlineKind = "ml:deadline-kind";

    /// <summary>The block-role classifier found the owner line of a group that had none.</summary>
    public const string OwnerLine = "ml:owner-line";
}
