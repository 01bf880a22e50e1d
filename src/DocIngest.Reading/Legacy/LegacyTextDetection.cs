using System.Globalization;
using DocIngest.Core.Documents;

namespace DocIngest.Reading.Legacy;

/// <summary>
/// The verdict on one text: which legacy encoding it looks typed in (None when it does not look
/// like mojibake at all), the share of its words that only make sense decoded, and a few examples.
/// </summary>
internal sealed record LegacyTextDetection(
    LegacyEncoding Encoding,
    double Confidence,
    int SuspectWords,
    int Words,
    IReadOnlyList<string> Examples)
{
    /// <summary>Diagnostic code the readers use for suspected mojibake.</summary>
    public const string DiagnosticCode = "legacy-encoding-suspected";

    /// <summary>Nothing suspicious.</summary>
    public static LegacyTextDetection Clean(int words) => new(LegacyEncoding.None, 0, 0, words, []);

    /// <summary>True when the text looks typed in a legacy encoding.</summary>
    public bool IsSuspected => Encoding != LegacyEncoding.None;

    /// <summary>A diagnostic for a reader to attach, or null when nothing is suspected.</summary>
    public ReadDiagnostic? ToDiagnostic(string where) => IsSuspected
        ? new ReadDiagnostic(
            DiagnosticCode,
            string.Create(
                CultureInfo.InvariantCulture,
                $"{where}: text looks like {Encoding} mojibake in a Unicode font ({SuspectWords} of {Words} words, confidence {Confidence:0.00}), e.g. {string.Join(", ", Examples)}"))
        : null;
}
