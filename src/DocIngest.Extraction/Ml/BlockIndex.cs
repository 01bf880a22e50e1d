using DocIngest.Core.Documents;

namespace DocIngest.Extraction.Ml;

/// <summary>
/// The blocks of one document in reading order, with features computed only for the blocks asked
/// about: a fusion that asks about five lines of a sixty-block plan does not pay for the other
/// fifty-five. Not thread-safe: one per extraction.
/// </summary>
public sealed class BlockIndex
{
    private readonly List<RawBlock> _raw;
    private readonly Dictionary<ParagraphBlock, int> _positions = new(ReferenceEqualityComparer.Instance);
    private readonly (string? Label, string? Text)?[] _split;
    private readonly BlockSample?[] _samples;

    public BlockIndex(DocumentModel document)
    {
        _raw = BlockFeatures.Walk(document);
        _split = new (string?, string?)?[_raw.Count];
        _samples = new BlockSample?[_raw.Count];
        for (var i = 0; i < _raw.Count; i++)
        {
            // Blocks are records: two empty paragraphs are equal by value but are different places.
            _positions.TryAdd(_raw[i].Paragraph, i);
        }
    }

    /// <summary>The block of <paramref name="paragraph"/>, or null when it is not one (no letters, or not in this document).</summary>
    public BlockSample? Find(ParagraphBlock paragraph) =>
        _positions.TryGetValue(paragraph, out var i) ? SampleAt(i) : null;

    /// <summary>Every block, in reading order.</summary>
    public IReadOnlyList<BlockSample> All() =>
        Enumerable.Range(0, _raw.Count).Select(SampleAt).OfType<BlockSample>().ToList();

    private BlockSample? SampleAt(int i)
    {
        if (_samples[i] is { } known)
        {
            return known;
        }

        var (label, text) = SplitAt(i);
        if (text is null)
        {
            return null;
        }

        var previous = "start";
        for (var j = i - 1; j >= 0; j--)
        {
            if (SplitAt(j) is { Text: not null } before)
            {
                previous = BlockFeatures.Shape(_raw[j], before.Label);
                break;
            }
        }

        return _samples[i] = BlockFeatures.Sample(_raw[i], label, text, (float)i / _raw.Count, previous);
    }

    private (string? Label, string? Text) SplitAt(int i) => _split[i] ??= BlockFeatures.Split(_raw[i].Paragraph);
}
