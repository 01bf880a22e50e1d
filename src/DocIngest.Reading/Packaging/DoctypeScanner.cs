namespace DocIngest.Reading.Packaging;

/// <summary>
/// Looks for a DTD (<c>&lt;!DOCTYPE</c> or <c>&lt;!ENTITY</c>) in an XML part fed chunk by chunk,
/// including a marker split across two chunks. Word never writes one, so any is refused before
/// an XML parser sees the part.
/// </summary>
internal sealed class DoctypeScanner
{
    private const int Carry = 8;
    private readonly byte[] _tail = new byte[Carry];
    private int _tailLength;

    public bool Found { get; private set; }

    public void Scan(ReadOnlySpan<byte> chunk)
    {
        if (Found || chunk.IsEmpty)
        {
            return;
        }

        // The seam needs the carried bytes: the last few seen before and the first few of this chunk.
        Span<byte> seam = stackalloc byte[Carry * 2];
        _tail.AsSpan(0, _tailLength).CopyTo(seam);
        var head = chunk[..Math.Min(Carry, chunk.Length)];
        head.CopyTo(seam[_tailLength..]);
        seam = seam[..(_tailLength + head.Length)];
        Found = Contains(seam) || Contains(chunk);

        // Chunks shorter than a marker build the carry up from the seam, so tiny reads still match.
        var carry = chunk.Length >= Carry ? chunk[^Carry..] : seam[^Math.Min(Carry, seam.Length)..];
        carry.CopyTo(_tail);
        _tailLength = carry.Length;
    }

    private static bool Contains(ReadOnlySpan<byte> xml) =>
        xml.IndexOf("<!DOCTYPE"u8) >= 0 || xml.IndexOf("<!ENTITY"u8) >= 0;
}
