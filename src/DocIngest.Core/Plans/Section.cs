namespace DocIngest.Core.Plans;

/// <summary>A top-level section ("II. NỘI DUNG, LỘ TRÌNH, PHÂN CÔNG THỰC HIỆN").</summary>
public sealed record Section(string? Number, string Title)
{
    public Evidence? Evidence { get; init; }
}
