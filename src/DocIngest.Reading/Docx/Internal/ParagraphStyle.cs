namespace DocIngest.Reading.Docx.Internal;

/// <summary>A paragraph style with its basedOn chain resolved.</summary>
/// <param name="Name">Display name ("Heading 1").</param>
/// <param name="HeadingLevel">1–9 from the outline level or a built-in heading name.</param>
/// <param name="NumberingId">numId from the chain (0 switches numbering off).</param>
/// <param name="NumberingLevel">ilvl from the chain.</param>
/// <param name="Run">Run properties of the chain over the document defaults.</param>
internal sealed record ParagraphStyle(string? Name, int? HeadingLevel, int? NumberingId, int? NumberingLevel, RunProps Run);
