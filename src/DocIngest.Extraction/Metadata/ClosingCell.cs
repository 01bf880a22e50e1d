using DocIngest.Extraction.Layout;

namespace DocIngest.Extraction.Metadata;

/// <summary>
/// One piece of text in the closing block with the page column it stands in: 0 for the left
/// column (Nơi nhận) and 1 for the right (the signature) when the two were printed side by side.
/// </summary>
internal sealed record ClosingCell(Line Line, string Text, int Column);
