using DocIngest.Core.Documents;

namespace DocIngest.Reading.Docx.Internal;

/// <summary>Per-document state shared by the walkers of all parts: styles, list counters, note marks, diagnostics.</summary>
internal sealed class ReadContext(string sourceName, ReaderOptions options, StyleSheet styles, ListNumberer lists, NoteMarks notes, CancellationToken cancellationToken)
{
    private readonly Dictionary<string, ReadDiagnostic> _diagnostics = new(StringComparer.Ordinal);

    public string SourceName { get; } = sourceName;

    public ReaderOptions Options { get; } = options;

    public StyleSheet Styles { get; } = styles;

    public ListNumberer Lists { get; } = lists;

    public NoteMarks Notes { get; } = notes;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    public IReadOnlyList<ReadDiagnostic> Diagnostics => [.. _diagnostics.Values];

    /// <summary>Records a diagnostic once per code and subject.</summary>
    public void Note(string code, string subject, string message) => _diagnostics.TryAdd(code + "\u0000" + subject, new ReadDiagnostic(code, message));
}
