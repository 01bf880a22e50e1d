using System.Globalization;
using DocIngest.Core.Plans;
using DocIngest.Core.Text;

namespace DocIngest.Audit.Scoring;

/// <summary>Comparison keys of the contract and the spelling of values in mismatches.</summary>
internal static class ValueText
{
    public const string Null = "null";

    /// <summary>norm(s) with all white space removed: the key of document and reference numbers.</summary>
    public static string NumberKey(string? number) =>
        string.Concat(TextSimilarity.Norm(number).Where(c => !char.IsWhiteSpace(c)));

    /// <summary>An owner's key: norm(name), or norm(title) when the name is null.</summary>
    public static string PartyKey(Party party) => TextSimilarity.Norm(party.Name ?? party.Title);

    public static bool SameSet(IEnumerable<string> a, IEnumerable<string> b) =>
        new HashSet<string>(a, StringComparer.Ordinal).SetEquals(b);

    public static string Date(DateOnly? date) =>
        date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? Null;

    public static string Kind(DeadlineKind kind) => kind switch
    {
        DeadlineKind.Recurring => "recurring",
        DeadlineKind.Due => "due",
        DeadlineKind.Done => "done",
        _ => "none",
    };

    public static string Parties(IEnumerable<Party> parties) => List(parties.Select(p => p.Name ?? p.Title ?? Null));

    public static string List(IEnumerable<string> items)
    {
        var text = string.Join("; ", items);
        return text.Length == 0 ? "(none)" : text;
    }

    public static string Group(TaskGroup group) => $"{group.Number ?? Null} ({group.Title})";
}
