using System.Text.Json;
using DocIngest.Core.Text;

namespace DocIngest.Reading.Tests.Legacy;

/// <summary>
/// Checks the hand-written gold of corpus/legacy against the documents: every labelled string must
/// be found in the decoded text, which catches typos in the gold and in the decoding alike.
/// </summary>
public sealed class LegacyCorpusTests
{
    public static TheoryData<string> GoldFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(LegacyFixtureFiles.CorpusFolder, "*.gold.json").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Fact]
    public void Manifest_ListsEveryDocumentWithGold()
    {
        var lines = File.ReadAllLines(Path.Combine(LegacyFixtureFiles.CorpusFolder, "manifest.tsv"));
        var rows = lines.Skip(1).Where(l => l.Length > 0).Select(l => l.Split('\t')).ToList();

        lines[0].ShouldBe("name\tsplit\tclasses");
        rows.Count.ShouldBe(3);
        rows.ShouldAllBe(r => r.Length == 3);
        rows.Select(r => r[1]).Order(StringComparer.Ordinal).ShouldBe(["dev", "test", "train"]);
        foreach (var row in rows)
        {
            File.Exists(Path.Combine(LegacyFixtureFiles.CorpusFolder, row[0])).ShouldBeTrue(row[0]);
            File.Exists(Path.Combine(LegacyFixtureFiles.CorpusFolder, Path.ChangeExtension(row[0], ".gold.json"))).ShouldBeTrue(row[0]);
            row[2].Split(',').ShouldContain("legacy-tcvn3");
            row[2].Split(',').ShouldContain("legacy-vni");
        }
    }

    [Theory]
    [MemberData(nameof(GoldFiles))]
    public void Gold_Strings_OccurInDecodedDocument(string goldName)
    {
        using var gold = JsonDocument.Parse(File.ReadAllText(Path.Combine(LegacyFixtureFiles.CorpusFolder, goldName)));
        var root = gold.RootElement;
        var source = root.GetProperty("source").GetString()!;
        source.ShouldBe(goldName.Replace(".gold.json", ".docx", StringComparison.Ordinal));
        using var stream = File.OpenRead(Path.Combine(LegacyFixtureFiles.CorpusFolder, source));
        var text = VietnameseText.CollapseWhiteSpace(string.Join(" ", LegacyDocxText.DecodedParagraphs(stream)));

        var document = root.GetProperty("document");
        var missing = new List<string>();
        void Check(string? value, StringComparison comparison = StringComparison.Ordinal)
        {
            if (value is not null && !text.Contains(value, comparison))
            {
                missing.Add(value);
            }
        }

        Check(document.GetProperty("title").GetString());
        Check(document.GetProperty("issuer").GetString(), StringComparison.OrdinalIgnoreCase);
        Check(document.GetProperty("signer").GetProperty("name").GetString());
        Check(document.GetProperty("signer").GetProperty("title").GetString());
        foreach (var recipient in document.GetProperty("recipients").EnumerateArray())
        {
            Check(recipient.GetString());
        }

        foreach (var section in root.GetProperty("sections").EnumerateArray())
        {
            Check(section.GetProperty("number").GetString() + ". " + section.GetProperty("title").GetString());
        }

        var tasks = 0;
        foreach (var group in root.GetProperty("groups").EnumerateArray())
        {
            Check(group.GetProperty("number").GetString() + ". " + group.GetProperty("title").GetString());
            foreach (var property in new[] { "weaknesses", "advisors", "partners" })
            {
                foreach (var value in group.GetProperty(property).EnumerateArray())
                {
                    Check(value.GetString());
                }
            }

            foreach (var owner in group.GetProperty("owners").EnumerateArray())
            {
                var name = owner.GetProperty("name").GetString();
                var title = owner.GetProperty("title").GetString();
                Check(name is null ? title : $"Đồng chí {name}, {title}");
            }

            var groupDeadline = group.GetProperty("deadline") is { ValueKind: JsonValueKind.Object } own
                ? own.GetProperty("text").GetString()
                : null;
            Check(groupDeadline);
            foreach (var task in group.GetProperty("tasks").EnumerateArray())
            {
                tasks++;
                var deadline = task.GetProperty("deadline").GetProperty("text").GetString();
                var printedWithTask = deadline is not null && deadline != groupDeadline;
                Check(task.GetProperty("text").GetString() + (printedWithTask ? $" ({deadline})" : ""));
                Check(deadline);
            }
        }

        missing.ShouldBeEmpty();
        tasks.ShouldBeInRange(3, 9);
    }
}
