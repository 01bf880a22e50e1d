namespace DocIngest.Reading.Tests.Legacy;

/// <summary>One paragraph of a generated test document.</summary>
internal sealed record LegacyParagraph(IReadOnlyList<LegacySegment> Segments, bool Bold, bool Centered)
{
    /// <summary>The Unicode text a correct reader gives for the paragraph.</summary>
    public string Text => string.Concat(Segments.Select(s => s.Text));
}
