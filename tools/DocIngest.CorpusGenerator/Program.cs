using System.Globalization;
using DocIngest.CorpusGenerator;

// Usage: --seed 42 --count 40 --out corpus/generated [--prefix gen] [--split train|dev|test] [--stats] [--validate]
var seed = 42;
var prefix = "gen";
string? split = null;
var count = 40;
var output = "corpus/generated";
var stats = false;
var validate = false;
for (var i = 0; i < args.Length; i++)
{
    var value = i + 1 < args.Length ? args[i + 1] : null;
    switch (args[i])
    {
        case "--seed" when int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var s):
            seed = s;
            i++;
            break;
        case "--count" when int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var c) && c is > 0 and <= 2000:
            count = c;
            i++;
            break;
        case "--out" when !string.IsNullOrWhiteSpace(value):
            output = value;
            i++;
            break;
        case "--prefix" when value is not null && value.Length > 0 && value.All(char.IsAsciiLetterOrDigit):
            prefix = value;
            i++;
            break;
        case "--split" when value is "train" or "dev" or "test":
            split = value;
            i++;
            break;
        case "--stats":
            stats = true;
            break;
        case "--validate":
            validate = true;
            break;
        default:
            Console.Error.WriteLine($"Unknown or invalid argument '{args[i]}'. Usage: --seed N --count N(1-2000) --out DIR [--prefix LETTERS] [--split train|dev|test] [--stats] [--validate]");
            return 2;
    }
}

try
{
    var generator = new CorpusGenerator(seed, count, prefix, split);
    var documents = generator.Generate();
    generator.Write(documents, output);
    Console.WriteLine($"Wrote {documents.Count} documents, {documents.Sum(d => d.Gold.AllTasks().Count())} tasks to {output}");
    if (validate)
    {
        var problems = documents.SelectMany(d => DocxValidator.Validate(d).Select(p => $"{d.Name}: {p}")).ToList();
        problems.ForEach(Console.WriteLine);
        Console.WriteLine($"OpenXml validation: {problems.Count} problems");
    }

    if (stats)
    {
        foreach (var (tag, n) in CorpusGenerator.TagCounts(documents))
        {
            Console.WriteLine($"{tag}\t{n}");
        }
    }

    return 0;
}
catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException)
{
    Console.Error.WriteLine("Corpus generation failed: " + e.Message);
    return 1;
}
