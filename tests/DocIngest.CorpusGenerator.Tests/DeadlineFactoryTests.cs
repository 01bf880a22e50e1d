using DocIngest.Core.Plans;

namespace DocIngest.CorpusGenerator.Tests;

public sealed class DeadlineFactoryTests
{
    // Quarter → last day, written out by hand from the calendar.
    private static readonly Dictionary<string, DateOnly> QuarterEnds2026 = new()
    {
        ["I"] = new(2026, 3, 31), ["II"] = new(2026, 6, 30), ["III"] = new(2026, 9, 30), ["IV"] = new(2026, 12, 31),
    };

    [Fact]
    public void Form_RomanQuarter_ResolvesToLastDayOfQuarter()
    {
        var factory = new DeadlineFactory(new Random(1), 2026, new DateOnly(2026, 1, 20), 2);
        for (var i = 0; i < 50; i++)
        {
            var spec = factory.Form(8);
            var roman = spec.Core.Split(' ', '/')[1];
            spec.Kind.ShouldBe(DeadlineKind.Due);
            spec.Date.ShouldBe(QuarterEnds2026[roman], spec.Core);
        }
    }

    [Fact]
    public void Form_RelativeSixtyDays_IsIssueDatePlusSixty()
    {
        var factory = new DeadlineFactory(new Random(3), 2026, new DateOnly(2026, 3, 10), 4);
        var spec = Enumerable.Range(0, 200).Select(_ => factory.Form(15)).First(s => s.Core.StartsWith("trong 60 ngày", StringComparison.Ordinal));
        // 10/3 + 21 days = 31/3, + 30 = 30/4, + 9 = 9/5.
        spec.Date.ShouldBe(new DateOnly(2026, 5, 9));
    }

    [Fact]
    public void Form_RelativeWithoutIssueDate_HasNoDate()
    {
        var factory = new DeadlineFactory(new Random(3), 2026, null, 4);
        factory.Form(15).Date.ShouldBeNull();
    }

    [Fact]
    public void Form_DateWithoutYear_TakesThePlanYear()
    {
        var factory = new DeadlineFactory(new Random(5), 2025, new DateOnly(2025, 2, 1), 3);
        var spec = factory.Form(5);
        spec.Core.ShouldNotContain("2025");
        spec.Date!.Value.Year.ShouldBe(2025);
    }

    [Fact]
    public void Form_FirstHalfYear_EndsOnThirtiethOfJune()
    {
        var factory = new DeadlineFactory(new Random(7), 2026, new DateOnly(2026, 2, 1), 3);
        var spec = Enumerable.Range(0, 100).Select(_ => factory.Form(11)).First(s => s.Core.StartsWith("6 tháng đầu", StringComparison.Ordinal));
        spec.Date.ShouldBe(new DateOnly(2026, 6, 30));
    }

    [Fact]
    public void Form_MonthInFebruary_EndsOnTwentyEighth()
    {
        // firstOpenMonth 2 and a seed whose month draw is February is searched, not assumed.
        var factory = new DeadlineFactory(new Random(11), 2026, new DateOnly(2026, 1, 5), 2);
        var spec = Enumerable.Range(0, 500).Select(_ => factory.Form(7)).First(s => s.Core == "tháng 2/2026");
        spec.Date.ShouldBe(new DateOnly(2026, 2, 28));
    }

    [Fact]
    public void Form_Recurring_HasNoDate()
    {
        var factory = new DeadlineFactory(new Random(1), 2026, null, 3);
        var spec = factory.Form(0);
        spec.Kind.ShouldBe(DeadlineKind.Recurring);
        spec.Date.ShouldBeNull();
    }
}
