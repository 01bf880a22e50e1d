using System.Text;
using DocIngest.Extraction.Deadlines;

namespace DocIngest.Extraction.Tests.Deadlines;

public sealed class DeadlineNormalizerRobustnessTests
{
    // Fragments that steer random text into the rules' edge cases: cues, numbers, separators, brackets.
    private static readonly string[] Fragments =
    [
        "trước ngày ", "hoàn thành ", "quý ", "IV", "tháng ", "năm ", "/", "-", ".", "(", ")", ";", ", ",
        "30", "2", "2026", "0000", "9999", "99", "giai đoạn ", "năm học ", "đã ", "thường xuyên", "kể từ ngày ký",
        "trong 60 ngày ", "Thời hạn: ", " ", "\u0301", "\u00A0", "số 61-KH/TU", "*", "Đồng chí ", "Nguyễn ",
    ];

    [Fact]
    public void ParseAndFind_RandomFragmentSoup_NeverThrow()
    {
        var random = new Random(20261125);
        var normalizer = new DeadlineNormalizer();
        var contexts = new[] { new DeadlineContext(2026, new DateOnly(2026, 4, 20)), DeadlineContext.Unknown, new DeadlineContext(9999, DateOnly.MaxValue) };
        for (var i = 0; i < 3000; i++)
        {
            var builder = new StringBuilder();
            var count = random.Next(1, 14);
            for (var j = 0; j < count; j++)
            {
                builder.Append(Fragments[random.Next(Fragments.Length)]);
            }

            var text = builder.ToString();
            var context = contexts[i % contexts.Length];
            Should.NotThrow(() => normalizer.Parse(text, context), text);
            var match = Should.NotThrow(() => normalizer.Find(text, context), text);
            if (match is not null)
            {
                (match.Start + match.Length).ShouldBeLessThanOrEqualTo(text.Length, text);
                match.Start.ShouldBeGreaterThanOrEqualTo(0, text);
            }
        }
    }
}
