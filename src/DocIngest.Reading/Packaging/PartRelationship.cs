namespace DocIngest.Reading.Packaging;

/// <summary>A relationship from one package part to another, its target resolved to a part name.</summary>
/// <param name="Id">The relationship id (<c>rId3</c>).</param>
/// <param name="Type">The relationship type URI.</param>
/// <param name="Target">The target part name without leading slash (<c>word/styles.xml</c>), or the raw target when external.</param>
/// <param name="External">True for external targets (hyperlink URLs).</param>
internal sealed record PartRelationship(string Id, string Type, string Target, bool External)
{
    /// <summary>True when the type ends with the given short name (<c>styles</c>, <c>footnotes</c>), transitional or strict.</summary>
    public bool Is(string shortType) => Type.EndsWith("/" + shortType, StringComparison.Ordinal);
}
