namespace DocIngest.Reading.Docx.Internal;

/// <summary>One w:lvl of an abstract numbering definition (or of a w:lvlOverride).</summary>
/// <param name="Start">w:start (default 0 per the schema; Word writes it explicitly).</param>
/// <param name="Format">w:numFmt value ("decimal", "bullet" …).</param>
/// <param name="Text">w:lvlText ("%1.", "%1.%2.", "").</param>
/// <param name="Restart">w:lvlRestart (1-based level after which this level restarts; 0 = never); null = after any shallower level.</param>
/// <param name="Legal">w:isLgl: shallower levels shown as decimal.</param>
/// <param name="Font">Font of the label (for Symbol/Wingdings bullets).</param>
internal sealed record NumberingLevel(int Start, string Format, string Text, int? Restart, bool Legal, string? Font)
{
    public static NumberingLevel Empty { get; } = new(1, "decimal", string.Empty, null, false, null);
}
