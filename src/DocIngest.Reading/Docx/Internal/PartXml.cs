using System.Xml;
using DocIngest.Reading.Packaging;
using DocumentFormat.OpenXml.Packaging;

namespace DocIngest.Reading.Docx.Internal;

/// <summary>
/// Streams one SDK part through a safe <see cref="XmlReader"/> (no DTD, bounded size) instead of
/// loading the SDK's typed DOM, and turns XML failures into errors that name the part.
/// </summary>
internal sealed class PartXml(string sourceName, ReaderOptions options)
{
    /// <summary>Reads a part with <paramref name="read"/>; <paramref name="missing"/> when the document has no such part.</summary>
    public T Read<T>(OpenXmlPart? part, T missing, Func<XmlReader, T> read)
    {
        if (part is null)
        {
            return missing;
        }

        var name = NameOf(part);
        var settings = SafeXml.Settings;

        // Never reached for a package the guard passed (a part has no more characters than bytes); kept so the bound does not depend on that.
        settings.MaxCharactersInDocument = options.MaxEntryBytes;
        try
        {
            using var reader = XmlReader.Create(part.GetStream(FileMode.Open, FileAccess.Read), settings);
            return read(reader);
        }
        catch (XmlException ex) when (ex.Message.Contains("DTD", StringComparison.Ordinal))
        {
            throw PackageErrors.XmlTooComplex(sourceName, name);
        }
        catch (XmlException ex)
        {
            throw PackageErrors.Corrupt(sourceName, name, ex);
        }
        catch (InvalidDataException ex)
        {
            throw PackageErrors.Truncated(sourceName, ex);
        }
    }

    /// <summary>Calls <paramref name="onElement"/> for every w:<paramref name="elementName"/> element of a part.</summary>
    public void Walk(OpenXmlPart part, string elementName, Action<XmlReader> onElement) =>
        Read(part, false, reader =>
        {
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName == elementName && WordXml.IsW(reader))
                {
                    onElement(reader);
                }
            }

            return true;
        });

    /// <summary>The part's name inside the package, as a person would look for it (<c>word/footer1.xml</c>).</summary>
    public static string NameOf(OpenXmlPart part) => part.Uri.OriginalString.TrimStart('/');
}
