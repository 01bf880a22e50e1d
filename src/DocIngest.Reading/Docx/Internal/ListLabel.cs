using DocIngest.Core.Documents;

namespace DocIngest.Reading.Docx.Internal;

/// <summary>A computed list label: the printed text, level and kind.</summary>
internal readonly record struct ListLabel(string Text, int Level, ListKind Kind);
