using DocIngest.Core.Documents;

namespace DocIngest.Reading.Markdown.Internal;

/// <summary>
/// A paragraph's inlines flattened to text, with every source line end that was a soft break
/// still standing as '\n' at the offsets in <paramref name="SoftBreaks"/>, for
/// <see cref="LineBreakPolicy"/> to decide on.
/// </summary>
internal sealed record FlatParagraph(ParagraphBlock Paragraph, IReadOnlyList<int> SoftBreaks);
