using DocIngest.Core.Documents;

namespace DocIngest.Extraction.Ml;

/// <summary>A paragraph where the classifier meets it: body, table cell (with the cell heading its column) or note.</summary>
internal readonly record struct RawBlock(ParagraphBlock Paragraph, string Part, TableCell? Header, int Row, int Column);
