using System.Xml;

namespace DocIngest.Reading.Packaging;

/// <summary>XML reader settings for untrusted package parts: no DTD, no resolver, no entity expansion.</summary>
internal static class SafeXml
{
    /// <summary>Fresh settings each time: XmlReaderSettings is mutable, so none is shared.</summary>
    public static XmlReaderSettings Settings => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        MaxCharactersFromEntities = 1024,
        CloseInput = true,
    };
}
