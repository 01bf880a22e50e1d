using System.Globalization;
using System.Text;
using DocIngest.Core.Plans;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DocIngest.CorpusGenerator;

/// <summary>
/// Writes one plan document and, from the same decisions, its gold record. The gold is never read
/// back from the .docx: whatever this class prints, it records as the truth at the same time.
/// </summary>
internal sealed partial class PlanDocumentBuilder
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    private readonly Random _rng;
    private readonly DocChoices _choices;
    private readonly SentenceComposer _composer;
    private readonly IssuerProfile _profile;
    private readonly SortedSet<string> _tags = new(StringComparer.Ordinal);
    private readonly List<DocumentReference> _references = [];
    private readonly List<Section> _sections = [];
    private readonly List<TaskGroup> _groups = [];
    private readonly int _year;
    private readonly DateOnly? _issuedOn;
    private readonly DeadlineFactory _deadlines;
    private readonly string _number;
    private readonly int _firstOpenMonth;

    // The day the plan was written, even when its date line is left blank: citations precede it.
    private readonly DateOnly _writtenOn;
    private WordWriter _w = null!;
    private string? _planNumber;
    private bool _pendingTracked;
    private bool _pendingComment;
    private bool _pendingSdt;
    private bool _nfdUsed;
    private bool _oldToneUsed;

    public PlanDocumentBuilder(Random rng, DocChoices choices, SentenceComposer composer)
    {
        _rng = rng;
        _choices = choices;
        _composer = composer;
        _profile = new IssuerFactory(rng).Create(choices.IssuerKind);
        _year = rng.Next(2024, 2027);
        var month = rng.Next(1, 8);
        var issued = new DateOnly(_year, month, rng.Next(1, DateTime.DaysInMonth(_year, month) + 1));
        _writtenOn = issued;
        _issuedOn = choices.DateForm == "date-blank" ? null : issued;
        _firstOpenMonth = month + 1;
        _deadlines = new DeadlineFactory(rng, _year, _issuedOn, _firstOpenMonth);
        _number = rng.Next(1, 400).ToString(CultureInfo.InvariantCulture);
        _pendingTracked = Has("tracked-changes");
        _pendingComment = Has("comments");
        _pendingSdt = Has("content-control");
    }

    public GeneratedDocument Build(string name)
    {
        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = package.AddMainDocumentPart();
            _w = new WordWriter(main);
            var header = WriteHeader();
            _planNumber = header;
            var title = WriteTitle();
            WritePreamble(title.Sentence);
            WriteBody();
            var (signer, recipients) = WriteClosing();
            if (_choices.Appendix)
            {
                WriteAppendix();
            }

            var section = new SectionProperties(
                new PageSize { Width = _choices.Appendix ? 16838U : 11906U, Height = _choices.Appendix ? 11906U : 16838U, Orient = _choices.Appendix ? PageOrientationValues.Landscape : PageOrientationValues.Portrait },
                new PageMargin { Top = 1134, Bottom = 1134, Left = 1701U, Right = 1134U });
            if (Has("header-footer-field"))
            {
                _w.HeaderAndFooter(_profile.Issuer, section);
            }

            _w.Add(section);
            _w.Finish();
            SetProperties(package);

            var gold = new PlanRecord
            {
                Source = name + ".docx",
                Document = new DocumentInfo
                {
                    Number = header,
                    Kind = "Kế hoạch",
                    Title = title.Printed,
                    Issuer = _profile.Issuer,
                    IssuedOn = _issuedOn,
                    Signer = signer,
                    References = _references,
                    Recipients = recipients,
                },
                Sections = _sections,
                Groups = _groups,
            };
            AddChoiceTags();
            package.Dispose();
            return new GeneratedDocument(name, DocxPackager.Normalise(stream.ToArray()), gold, _tags);
        }
    }

    private bool Has(string quirk) => _choices.Quirks.Contains(quirk);

    private void Tag(params string[] tags)
    {
        foreach (var tag in tags)
        {
            _tags.Add(tag);
        }
    }

    private void AddChoiceTags()
    {
        Tag(_profile.Tag, _choices.HeaderLayout, _choices.DateForm, "recipients");
        if (_choices.SentenceCase)
        {
            Tag("section-sentence-case");
        }

        if (_choices.TaskTable)
        {
            Tag("task-table", "merged-cells", "owner-table-column", "deadline-table-column");
        }

        foreach (var quirk in _choices.Quirks)
        {
            Tag(quirk);
        }
    }

    private T Pick<T>(params T[] options) => options[_rng.Next(options.Length)];

    private string PickOf(IReadOnlyList<string> options) => options[_rng.Next(options.Count)];

    private string Person() =>
        $"{PickOf(PhraseBank.Surnames)} {PickOf(PhraseBank.MiddleNames)} {PickOf(PhraseBank.GivenNames)}";

    /// <summary>The string as this document prints it: sometimes in the old tone placement.</summary>
    private string Tone(string text)
    {
        if (!Has("old-tone") || (_oldToneUsed && _rng.Next(2) == 0))
        {
            return text;
        }

        var old = OldTone.Apply(text);
        _oldToneUsed |= old != text;
        return old;
    }

    /// <summary>A run of body text, sometimes stored decomposed (NFD) when the document has that quirk.</summary>
    private Run Out(string text, bool bold = false, bool italic = false)
    {
        if (Has("nfd") && (!_nfdUsed || _rng.Next(3) == 0))
        {
            _nfdUsed = true;
            return WordWriter.Text(text.Normalize(NormalizationForm.FormD), bold, italic);
        }

        return WordWriter.Text(text, bold, italic);
    }

    /// <summary>Runs for a task's text; the first such text carries the tracked change when the document has one.</summary>
    private List<OpenXmlElement> TextRuns(string text)
    {
        var words = text.Split(' ');
        if (!_pendingTracked || words.Length < 6)
        {
            return [Out(text)];
        }

        _pendingTracked = false;
        var at = words.Length / 2;
        var before = string.Join(' ', words[..at]) + " ";
        var inserted = words[at];
        var after = " " + string.Join(' ', words[(at + 1)..]);
        return [Out(before), _w.Deleted(Pick("các ", "một số ", "tạm thời ")), _w.Inserted(inserted), Out(after)];
    }

    /// <summary>Adds a body paragraph, wrapping it in a content control or commenting it when a quirk is pending.</summary>
    private void AddTaskParagraph(Paragraph paragraph)
    {
        if (_pendingComment)
        {
            _pendingComment = false;
            _w.Comment(paragraph, "Đề nghị rà soát lại thời hạn và đơn vị chủ trì.");
        }

        if (_pendingSdt)
        {
            _pendingSdt = false;
            _w.Add(WordWriter.ContentControl(paragraph, "NhiemVu"));
            return;
        }

        _w.Add(paragraph);
    }

    private static void SetProperties(WordprocessingDocument package)
    {
        var fixedTime = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        package.PackageProperties.Creator = "DocIngest.CorpusGenerator";
        package.PackageProperties.Created = fixedTime;
        package.PackageProperties.Modified = fixedTime;
        package.PackageProperties.LastModifiedBy = "DocIngest.CorpusGenerator";
    }

    private static string Upper(string text) => text.ToUpper(Vietnamese);
}
