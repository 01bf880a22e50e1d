using DocIngest.Core.Plans;

namespace DocIngest.Audit.Corpus;

/// <summary>
/// Checks that every string of a gold record occurs in its document's text. The labelling guide
/// lets some values differ from the print: numbers lose their spaces, kinds are sentence-cased,
/// titles and signer titles join several lines, the issuer is reworded into a sentence; those are
/// compared loosely. Dates are not text and are left to <see cref="GoldDeadlineChecker"/>.
/// </summary>
internal sealed class GoldTextChecker
{
    private readonly DocumentText _text;
    private readonly Action<string, string, VerificationSeverity> _report;

    private GoldTextChecker(DocumentText text, Action<string, string, VerificationSeverity> report)
    {
        _text = text;
        _report = report;
    }

    /// <param name="report">Receives (field, message, severity) for each problem.</param>
    public static void Check(PlanRecord gold, DocumentText text, Action<string, string, VerificationSeverity> report) =>
        new GoldTextChecker(text, report).CheckRecord(gold);

    private void CheckRecord(PlanRecord gold)
    {
        var document = gold.Document;
        if (document.Number is { } number && !_text.ContainsCompact(number))
        {
            Missing("document.number", number);
        }

        if (document.Kind is { } kind && !_text.ContainsIgnoringCase(kind) && !IsUnprintedLetterKind(kind))
        {
            Missing("document.kind", kind);
        }

        Joined("document.title", document.Title);
        if (document.Issuer is { } issuer && _text.MissingWords(issuer) is { Count: > 0 } missingWords)
        {
            // The issuer is reworded from the header, so only its words are expected in the text.
            _report("document.issuer", $"the words {string.Join(", ", missingWords.Select(w => $"'{w}'"))} of '{issuer}' occur nowhere in the document", VerificationSeverity.Warning);
        }

        if (document.Signer is { } signer)
        {
            Exact("document.signer.name", signer.Name);
            Joined("document.signer.title", signer.Title);
        }

        for (var i = 0; i < document.References.Count; i++)
        {
            var reference = document.References[i];
            if (!_text.ContainsCompact(reference.Number))
            {
                Missing($"document.references[{i}].number", reference.Number);
            }

            if (reference.Kind is { } referenceKind && !_text.ContainsIgnoringCase(referenceKind))
            {
                Missing($"document.references[{i}].kind", referenceKind);
            }
        }

        Each("document.recipients", document.Recipients);
        for (var i = 0; i < gold.Sections.Count; i++)
        {
            Exact($"sections[{i}].title", gold.Sections[i].Title);
        }

        for (var g = 0; g < gold.Groups.Count; g++)
        {
            CheckGroup(gold.Groups[g], $"groups[{g}]");
        }
    }

    /// <summary>
    /// An official letter (công văn) never prints its kind: it is recognised by its "V/v" (về việc)
    /// subject line, so a gold kind "Công văn" needs that line instead.
    /// </summary>
    private bool IsUnprintedLetterKind(string kind) =>
        string.Equals(DocumentText.Key(kind), "Công văn", StringComparison.OrdinalIgnoreCase) && _text.ContainsIgnoringCase("V/v");

    private void CheckGroup(TaskGroup group, string path)
    {
        Exact($"{path}.title", group.Title);
        Each($"{path}.weaknesses", group.Weaknesses);
        Parties($"{path}.owners", group.Owners);
        Each($"{path}.advisors", group.Advisors);
        Each($"{path}.partners", group.Partners);
        Exact($"{path}.deadline.text", group.Deadline?.Text);
        for (var t = 0; t < group.Tasks.Count; t++)
        {
            var task = group.Tasks[t];
            var taskPath = $"{path}.tasks[{t}]";
            Exact($"{taskPath}.text", task.Text);
            Exact($"{taskPath}.deadline.text", task.Deadline.Text);
            Parties($"{taskPath}.owners", task.Owners ?? []);
            Each($"{taskPath}.advisors", task.Advisors ?? []);
            Each($"{taskPath}.partners", task.Partners ?? []);
            Each($"{taskPath}.items", task.Items ?? []);
        }
    }

    private void Parties(string path, IReadOnlyList<Party> parties)
    {
        for (var i = 0; i < parties.Count; i++)
        {
            Exact($"{path}[{i}].name", parties[i].Name);
            Exact($"{path}[{i}].title", parties[i].Title);
        }
    }

    private void Each(string path, IReadOnlyList<string> values)
    {
        for (var i = 0; i < values.Count; i++)
        {
            Exact($"{path}[{i}]", values[i]);
        }
    }

    private void Exact(string field, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value) && !_text.Contains(value))
        {
            Missing(field, value);
        }
    }

    private void Joined(string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || _text.Contains(value))
        {
            return;
        }

        if (_text.FirstMissingWordRun(value) is { } word)
        {
            _report(field, $"'{Shorten(value)}' is not in the document's text (not even as separate lines: '{word}' occurs nowhere)", VerificationSeverity.Error);
        }
    }

    private void Missing(string field, string value) =>
        _report(field, $"'{Shorten(value)}' is not in the document's text", VerificationSeverity.Error);

    private static string Shorten(string value) => value.Length <= 120 ? value : value[..117] + "...";
}
