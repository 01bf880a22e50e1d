using DocIngest.Core.Plans;

namespace DocIngest.Extraction.Structure;

/// <summary>Owners, lead units and partners that apply to a group (or, as section defaults, to every group).</summary>
internal sealed class GroupParties
{
    public List<Party> Owners { get; } = [];

    public List<string> Advisors { get; } = [];

    public List<string> Partners { get; } = [];

    public bool IsEmpty => Owners.Count == 0 && Advisors.Count == 0 && Partners.Count == 0;

    public void AddTo(GroupDraft group)
    {
        group.Owners.AddRange(Owners);
        group.Advisors.AddRange(Advisors);
        group.Partners.AddRange(Partners);
    }

    public void AddTo(GroupParties other)
    {
        other.Owners.AddRange(Owners);
        other.Advisors.AddRange(Advisors);
        other.Partners.AddRange(Partners);
    }

    /// <summary>Gives a group the defaults for each role it does not name itself.</summary>
    public void FillGaps(GroupDraft group)
    {
        if (group.Owners.Count == 0)
        {
            group.Owners.AddRange(Owners);
        }

        if (group.Advisors.Count == 0)
        {
            group.Advisors.AddRange(Advisors);
        }

        if (group.Partners.Count == 0 && group.Advisors.SequenceEqual(Advisors))
        {
            group.Partners.AddRange(Partners);
        }
    }
}
