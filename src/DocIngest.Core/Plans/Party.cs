namespace DocIngest.Core.Plans;

/// <summary>
/// A person or a collective that owns work. A collective ("Thường trực Đảng ủy") has no name
/// and carries the collective in <see cref="Title"/>.
/// </summary>
public sealed record Party(string? Name, string? Title)
{
    /// <summary>The contract's comparison key: the name, or the title when there is no name.</summary>
    /// <remarks>Derived, so it stays out of the contract's JSON (the schema's party has name and title only).</remarks>
    [System.Text.Json.Serialization.JsonIgnore]
    public string Key => Name ?? Title ?? string.Empty;
}
