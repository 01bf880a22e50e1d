namespace DocIngest.Extraction.Ml;

/// <summary>What a paragraph or table-cell paragraph does in a plan; the block-role classifier's classes.</summary>
public enum BlockRole
{
    Other,
    SectionHeading,
    GroupHeading,
    Weakness,
    Task,
    DeadlineLine,
    OwnerLine,
    AdvisorLine,
    PartnerLine,
    DocumentNumber,
    Kind,
    Title,
    DateLine,
    Signature,
    Recipients,
}
