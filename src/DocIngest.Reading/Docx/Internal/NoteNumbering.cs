namespace DocIngest.Reading.Docx.Internal;

/// <summary>How one kind of note is numbered (w:footnotePr / w:endnotePr in settings.xml).</summary>
internal sealed record NoteNumbering(string Format, int Start)
{
    public static NoteNumbering FootnoteDefault { get; } = new("decimal", 1);

    // Word numbers endnotes i, ii, iii unless told otherwise.
    public static NoteNumbering EndnoteDefault { get; } = new("lowerRoman", 1);
}
