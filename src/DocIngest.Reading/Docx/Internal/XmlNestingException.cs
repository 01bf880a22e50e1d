namespace DocIngest.Reading.Docx.Internal;

/// <summary>Element nesting deeper than <see cref="WordXml.MaxDepth"/>; the reader turns it into XmlTooComplex.</summary>
internal sealed class XmlNestingException(int depth) : Exception($"XML elements are nested {depth} deep.");
