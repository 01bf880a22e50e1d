namespace DocIngest.CorpusGenerator;

/// <summary>
/// Composes task and weakness sentences from the phrase banks and remembers every sentence it
/// gave out, so no sentence repeats anywhere in the corpus (one composer serves a whole run).
/// </summary>
internal sealed class SentenceComposer
{
    private const int MaxAttempts = 500;
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    public int Count => _used.Count;

    public string Task(Random rng) => Unique(rng, r =>
    {
        var verb = Pick(r, PhraseBank.Verbs);
        var core = $"{verb} {Pick(r, PhraseBank.Objects)} {Pick(r, PhraseBank.Scopes)}";
        // Real tasks run from one clause to several sentences, some led by their topic.
        return r.Next(8) switch
        {
            0 or 1 => $"{core}, {Pick(r, PhraseBank.Purposes)}",
            2 or 3 => $"{core} nhằm {Pick(r, PhraseBank.Purposes)}",
            4 or 5 => $"{core}; {Lower(Pick(r, PhraseBank.Verbs))} {Pick(r, PhraseBank.Objects)}",
            6 => $"{core}, {Pick(r, PhraseBank.Purposes)}. Đồng thời, {Lower(Pick(r, PhraseBank.Verbs))} {Pick(r, PhraseBank.Objects)} {Pick(r, PhraseBank.Scopes)}",
            _ => $"Về {Pick(r, PhraseBank.GroupTopics)}: {core}",
        };
    });

    /// <summary>A task with inline "(1) …; (2) …" items; returns the lead-in and the items.</summary>
    public (string Lead, IReadOnlyList<string> Items) TaskWithItems(Random rng)
    {
        var lead = Unique(rng, r => $"{Pick(r, PhraseBank.Verbs)} {Pick(r, PhraseBank.Objects)}, tập trung vào các nội dung sau:");
        var count = rng.Next(2, 5);
        var items = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            items.Add(Unique(rng, r => $"{Pick(r, PhraseBank.Verbs)} {Pick(r, PhraseBank.Objects)} {Pick(r, PhraseBank.Scopes)}"));
        }

        return (lead, items);
    }

    public string Weakness(Random rng) => Unique(rng, r =>
        $"{Pick(r, PhraseBank.WeaknessSubjects)} đối với {Pick(r, PhraseBank.Objects)} {Pick(r, PhraseBank.Scopes)} {Pick(r, PhraseBank.WeaknessProblems)}.");

    /// <summary>A short weakness without a final period, for "(1) …; (2) …" lists.</summary>
    public string WeaknessItem(Random rng) => Unique(rng, r =>
        $"{Pick(r, PhraseBank.WeaknessSubjects)} về {Pick(r, PhraseBank.Objects)} {Pick(r, PhraseBank.WeaknessProblems)}");

    private string Unique(Random rng, Func<Random, string> compose)
    {
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var sentence = compose(rng);
            if (_used.Add(sentence))
            {
                return sentence;
            }
        }

        throw new InvalidOperationException("The phrase banks are too small for this corpus: no new sentence after " + MaxAttempts + " attempts.");
    }

    public static string Pick(Random rng, IReadOnlyList<string> options) => options[rng.Next(options.Count)];

    private static string Lower(string text) => text.Length == 0 ? text : char.ToLowerInvariant(text[0]) + text[1..];
}
