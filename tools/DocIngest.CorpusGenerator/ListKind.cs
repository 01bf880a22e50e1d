namespace DocIngest.CorpusGenerator;

/// <summary>The auto-numbering shapes the generator puts in numbering.xml.</summary>
internal enum ListKind
{
    /// <summary>One list for sections (upperRoman), groups (decimal) and tasks (lowerLetter).</summary>
    MultiLevel,
    Decimal,
    LowerLetter,
    Bullet,
    UpperRoman,
}
