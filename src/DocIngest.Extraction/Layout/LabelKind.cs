namespace DocIngest.Extraction.Layout;

/// <summary>The shape of a printed list label.</summary>
internal enum LabelKind
{
    None,
    Roman,
    Decimal,
    MultiLevel,
    Letter,
    Parenthesised,
    Dash,
    Plus,
    Bullet,
    Star,
}
