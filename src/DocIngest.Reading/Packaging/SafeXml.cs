using System.Xml;

namespace DocIngest.Reading.Packaging;

/// <summary>XML reader settings for untrusted package parts: no DTD, no resolver, no entity expansion.</summary>
internal static class SafeXml
{
    public static XmlReaderSettings Settings { get; } = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        MaxCharactersFromEntities = 1024,
        CloseInput = true,
    };
}
