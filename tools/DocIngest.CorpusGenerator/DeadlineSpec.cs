using DocIngest.Core.Plans;

namespace DocIngest.CorpusGenerator;

/// <summary>
/// A deadline phrase as the generator prints it (<see cref="Core"/>, without any label), what it
/// means, and the variation tags it exercises. <see cref="Labelable"/>: a period that reads well
/// after "hoàn thành trong" / "thời gian hoàn thành:".
/// </summary>
internal sealed record DeadlineSpec(string Core, DeadlineKind Kind, DateOnly? Date, IReadOnlyList<string> Tags, bool Labelable)
{
    public Deadline ToGold(string printed) => new(Kind, Date, printed);
}
