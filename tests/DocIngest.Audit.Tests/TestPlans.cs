using DocIngest.Core.Plans;

namespace DocIngest.Audit.Tests;

/// <summary>Tiny hand-made plan records for scorer tests.</summary>
internal static class TestPlans
{
    public const string SeedGold = "000_1391606a0847e6e9.gold.json";

    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    public static PlanRecord Seed() => PlanJson.Deserialize(File.ReadAllText(Fixture(SeedGold)));

    public static PlanTask Task(string text, DeadlineKind kind = DeadlineKind.None, string? date = null, Evidence? evidence = null) => new()
    {
        Text = text,
        Deadline = new Deadline(kind, date is null ? null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), null),
        Evidence = evidence,
    };

    public static TaskGroup Group(string? number, string title, params PlanTask[] tasks) => new()
    {
        Number = number,
        Title = title,
        Tasks = tasks,
    };

    public static PlanRecord Record(params TaskGroup[] groups) => new()
    {
        Source = "t.md",
        Document = DocumentInfo.Empty,
        Groups = groups,
    };

    public static PlanRecord WithDocument(DocumentInfo document) => new() { Source = "t.md", Document = document };
}
