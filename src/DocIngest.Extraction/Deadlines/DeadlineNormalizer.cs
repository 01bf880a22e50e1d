using DocIngest.Core.Plans;

namespace DocIngest.Extraction.Deadlines;

public sealed record DeadlineContext(int? PlanYear, DateOnly? IssuedOn);

public sealed record DeadlineMatch(Deadline Deadline, int Start, int Length, string Rule);

public sealed class DeadlineNormalizer
{
    public Deadline? Parse(string phrase, DeadlineContext context) => null;

    public DeadlineMatch? Find(string text, DeadlineContext context) => null;
}
