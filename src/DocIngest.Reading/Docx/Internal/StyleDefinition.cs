namespace DocIngest.Reading.Docx.Internal;

/// <summary>One w:style as written, before its basedOn chain is followed.</summary>
internal sealed record StyleDefinition(string Id, string Type)
{
    public string? Name { get; init; }

    public string? BasedOn { get; init; }

    public int? OutlineLevel { get; init; }

    public int? NumberingId { get; init; }

    public int? NumberingLevel { get; init; }

    public RunProps Run { get; init; }
}
