using System.Text;
using DocIngest.Extraction.Parties;

namespace DocIngest.Extraction.Tests.Parties;

public sealed class PartyParserRobustnessTests
{
    private static readonly string[] Fragments =
    [
        "Đồng chí ", "đ/c ", "Các đồng chí ", "Nguyễn ", "Văn ", "A", "Ủy viên ", ", ", " - ", " và ", ";", "\n", ".",
        "(", ")", "chủ trì", ": ", "phối hợp với ", "Sở Nội vụ", "giao ", "các ", "Phòng ", "*", " ", "\u0300", "Đơn vị ",
    ];

    [Fact]
    public void AllMethods_RandomFragmentSoup_NeverThrow()
    {
        var random = new Random(20261125);
        var parser = new PartyParser();
        for (var i = 0; i < 3000; i++)
        {
            var builder = new StringBuilder();
            var count = random.Next(1, 14);
            for (var j = 0; j < count; j++)
            {
                builder.Append(Fragments[random.Next(Fragments.Length)]);
            }

            var text = builder.ToString();
            Should.NotThrow(() => parser.ParseOwners(text), text);
            Should.NotThrow(() => parser.ParseUnits(text), text);
            var found = Should.NotThrow(() => parser.FindAssignment(text), text);
            if (found is not null)
            {
                (found.Start + found.Length).ShouldBeLessThanOrEqualTo(text.Length, text);
                found.Advisors.ShouldNotBeEmpty(text);
            }
        }
    }
}
