using System.Text.Json.Serialization;

namespace DocIngest.Core.Plans;

/// <summary>
/// A person or a collective that owns work. A collective ("Thường trực Đảng ủy") has no name
/// and carries the collective in <see cref="Title"/>.
/// </summary>
public sealed record Party(string? Name, string? Title)
{
    /// <summary>The contract's comparison key: the name, or the title when there is no name.</summary>
    /// <remarks>Derived, so not part of the record's JSON (the contract's party has only name and title).</remarks>
    [JsonIgnore]
    public string Key => Name ?? Title ?? string.Empty;
}
