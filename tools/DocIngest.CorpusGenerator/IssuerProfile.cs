namespace DocIngest.CorpusGenerator;

/// <summary>
/// Everything the generator needs to know about who issues a plan: header lines, the issuer as a
/// sentence names it, the number symbol, the people and units that can own or advise tasks, and the
/// closing block.
/// </summary>
internal sealed record IssuerProfile
{
    public required bool IsParty { get; init; }

    public required string Tag { get; init; }

    public required IReadOnlyList<string> HeaderLines { get; init; }

    /// <summary>The issuer as a sentence names it (gold <c>issuer</c>).</summary>
    public required string Issuer { get; init; }

    /// <summary>The short name used in the title ("Ban Thường vụ Đảng ủy xã Tân Thành").</summary>
    public required string LeadershipBody { get; init; }

    public required string Symbol { get; init; }

    public required string Place { get; init; }

    /// <summary>Titles of the leaders who follow up groups ("Phó Chủ tịch Ủy ban nhân dân huyện").</summary>
    public required IReadOnlyList<string> LeaderTitles { get; init; }

    /// <summary>Collective owners ("Thường trực Đảng ủy").</summary>
    public required IReadOnlyList<string> Collectives { get; init; }

    /// <summary>Units that advise, lead or take part (no commas inside a unit).</summary>
    public required IReadOnlyList<string> Units { get; init; }

    public required IReadOnlyList<string> Recipients { get; init; }

    /// <summary>Signature authority lines, each option a list of lines.</summary>
    public required IReadOnlyList<IReadOnlyList<string>> SignerTitles { get; init; }

    /// <summary>The body whose earlier documents the preamble cites (party or state numbering).</summary>
    public required string ParentBody { get; init; }
}
