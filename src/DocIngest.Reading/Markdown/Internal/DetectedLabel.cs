using DocIngest.Core.Documents;

namespace DocIngest.Reading.Markdown.Internal;

/// <summary>A list label found at the start of a paragraph's text, and where the text after it begins.</summary>
internal readonly record struct DetectedLabel(string Label, ListKind Kind, int TextStart);
