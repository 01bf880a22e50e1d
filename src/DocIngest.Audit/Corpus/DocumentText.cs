using System.Text;
using DocIngest.Core.Documents;
using DocIngest.Core.Text;

namespace DocIngest.Audit.Corpus;

/// <summary>
/// A document's whole text (body paragraphs with their list labels, table cells, notes, headers
/// and footers) as one searchable string, folded the way the contract compares text: NFC, modern
/// tone placement, dashes and quotes folded, white space collapsed. Paragraphs are joined by a
/// space, so a gold string that a document spreads over several lines (a title, a signer's
/// authority lines) is still found.
/// </summary>
internal sealed class DocumentText
{
    private readonly string _text;
    private readonly string _lower;
    private readonly string _compact;
    private readonly HashSet<string> _words;

    private DocumentText(string text)
    {
        _text = text;
        _lower = text.ToLowerInvariant();
        _compact = string.Concat(_lower.Where(c => !char.IsWhiteSpace(c)));
        _words = Words(_lower).ToHashSet(StringComparer.Ordinal);
    }

    public static DocumentText From(DocumentModel model)
    {
        var paragraphs = model.BodyParagraphs()
            .Concat(model.Notes.SelectMany(n => n.Paragraphs))
            .Concat(model.Headers)
            .Concat(model.Footers);
        var builder = new StringBuilder();
        foreach (var paragraph in paragraphs)
        {
            builder.Append(paragraph.DisplayText).Append('\n');
        }

        return new DocumentText(Key(builder.ToString()));
    }

    /// <summary>Exists for tests: a document whose text is <paramref name="text"/>.</summary>
    internal static DocumentText FromString(string text) => new(Key(text));

    /// <summary>The folded form both sides are compared in (case kept).</summary>
    public static string Key(string text) =>
        VietnameseText.CollapseWhiteSpace(VietnameseText.FoldPunctuation(VietnameseText.CanonicalTones(text)));

    public bool Contains(string value) => _text.Contains(Key(value), StringComparison.Ordinal);

    public bool ContainsIgnoringCase(string value) =>
        _lower.Contains(Key(value).ToLowerInvariant(), StringComparison.Ordinal);

    /// <summary>Case and all white space ignored: numbers are printed "Số 09 -KH/ĐU" and labelled "09-KH/ĐU".</summary>
    public bool ContainsCompact(string value) =>
        _compact.Contains(string.Concat(Key(value).ToLowerInvariant().Where(c => !char.IsWhiteSpace(c))), StringComparison.Ordinal);

    /// <summary>
    /// For values a labeller joined from several printed lines: splits the value into the longest
    /// runs of words that occur (case kept) and returns the first word that occurs nowhere, or null
    /// when every run is found.
    /// </summary>
    public string? FirstMissingWordRun(string value)
    {
        var words = Key(value).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var start = 0;
        while (start < words.Length)
        {
            var end = start;
            while (end < words.Length && _text.Contains(string.Join(' ', words[start..(end + 1)]), StringComparison.Ordinal))
            {
                end++;
            }

            if (end == start)
            {
                return words[start];
            }

            start = end;
        }

        return null;
    }

    /// <summary>The words (letters and digits, case ignored) of <paramref name="value"/> that the document never uses.</summary>
    public IReadOnlyList<string> MissingWords(string value) =>
        Words(Key(value).ToLowerInvariant()).Where(w => !_words.Contains(w)).Distinct(StringComparer.Ordinal).ToList();

    private static IEnumerable<string> Words(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var isWordChar = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (isWordChar && start < 0)
            {
                start = i;
            }
            else if (!isWordChar && start >= 0)
            {
                yield return text[start..i];
                start = -1;
            }
        }
    }
}
