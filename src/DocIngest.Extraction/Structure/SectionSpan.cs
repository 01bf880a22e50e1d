using DocIngest.Core.Plans;

namespace DocIngest.Extraction.Structure;

/// <summary>A top-level section and the range of lines it covers (heading excluded).</summary>
internal sealed record SectionSpan(string? Number, string Title, int HeadingIndex, int End, string Evidence)
{
    public int Start => HeadingIndex + 1;

    /// <summary>Body index of the heading paragraph, to place task tables in their section.</summary>
    public int BodyIndex { get; init; }

    public Section ToSection() => new(Number, Title) { Evidence = new Evidence(Evidence, "section-heading") };
}
