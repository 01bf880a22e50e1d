using System.Text;
using DocIngest.Core.Reading;

namespace DocIngest.Reading.Markdown.Internal;

/// <summary>
/// Turns the bytes of a text file into a string: UTF-8 (with or without BOM), UTF-16 when a BOM
/// says so, and Windows-1258 for old Vietnamese Windows files that are not valid UTF-8.
/// </summary>
internal static class TextDecoder
{
    private const int WindowsVietnamese = 1258;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes <paramref name="bytes"/>; <paramref name="legacyCodePage"/> is true when Windows-1258 was used.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes, string sourceName, out bool legacyCodePage)
    {
        legacyCodePage = false;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return DecodeStrict(StrictUtf8, bytes[3..], sourceName, "UTF-8");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return DecodeStrict(new UnicodeEncoding(false, false, true), bytes[2..], sourceName, "UTF-16");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return DecodeStrict(new UnicodeEncoding(true, false, true), bytes[2..], sourceName, "UTF-16");
        }

        // A NUL byte never occurs in a text plan; without this check binary files would "decode"
        // as Windows-1258 garbage, since that code page maps almost every byte.
        if (bytes.Contains((byte)0))
        {
            throw Invalid(sourceName, "The file holds binary data (NUL bytes), not text.");
        }

        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            // Fall through to the legacy code page below.
        }

        // The code-page provider ships with the runtime; asking it directly (instead of
        // Encoding.RegisterProvider) keeps process-wide state untouched.
        var legacy = CodePagesEncodingProvider.Instance.GetEncoding(
            WindowsVietnamese, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        if (legacy is null)
        {
            throw Invalid(sourceName, "The file is not valid UTF-8.");
        }

        var text = DecodeStrict(legacy, bytes, sourceName, "UTF-8 or Windows-1258");
        // Windows-1258 maps every byte, its holes to control characters; those mean "not text".
        if (text.AsSpan().IndexOfAnyInRange('\u0080', '\u009F') >= 0 || HasC0Control(text))
        {
            throw Invalid(sourceName, "The file is neither UTF-8 nor Windows-1258 text (it holds control bytes).");
        }

        legacyCodePage = true;
        return text;
    }

    private static bool HasC0Control(string text)
    {
        foreach (var c in text)
        {
            if (c < ' ' && c is not '\t' and not '\n' and not '\r' and not '\f' and not '\v')
            {
                return true;
            }
        }

        return false;
    }

    private static string DecodeStrict(Encoding encoding, ReadOnlySpan<byte> bytes, string sourceName, string name)
    {
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            throw Invalid(sourceName, $"The file is not valid {name} text (bad byte at offset {ex.Index}).", ex);
        }
    }

    private static DocumentReadException Invalid(string sourceName, string problem, Exception? inner = null) =>
        new(sourceName, ReadErrorCode.InvalidText, problem, "Save the file as UTF-8 text and try again.", inner);
}
