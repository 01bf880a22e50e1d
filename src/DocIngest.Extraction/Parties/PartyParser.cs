using DocIngest.Core.Plans;

namespace DocIngest.Extraction.Parties;

public sealed class PartyParser
{
    public IReadOnlyList<Party> ParseOwners(string value) => [new Party(null, value)];

    public IReadOnlyList<string> ParseUnits(string value) => [value];
}
