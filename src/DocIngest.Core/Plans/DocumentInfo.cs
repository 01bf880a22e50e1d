namespace DocIngest.Core.Plans;

/// <summary>The plan's document-level fields: number, kind, title, issuer, date, signer, citations, recipients.</summary>
public sealed record DocumentInfo
{
    /// <summary>Số ký hiệu without "Số"/"Số:" and without spaces ("15-KH/BTCTU").</summary>
    public string? Number { get; init; }

    /// <summary>Document kind in sentence case ("Kế hoạch").</summary>
    public string? Kind { get; init; }

    public string? Title { get; init; }

    public string? Issuer { get; init; }

    public DateOnly? IssuedOn { get; init; }

    public Party? Signer { get; init; }

    public IReadOnlyList<DocumentReference> References { get; init; } = [];

    public IReadOnlyList<string> Recipients { get; init; } = [];

    /// <summary>An empty document block, for records of documents that say nothing.</summary>
    public static DocumentInfo Empty { get; } = new();
}

/// <summary>A document cited in the plan.</summary>
public sealed record DocumentReference(string Number, string? Kind, DateOnly? Date);
