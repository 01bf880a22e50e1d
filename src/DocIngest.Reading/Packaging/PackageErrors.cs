using DocIngest.Core.Reading;

namespace DocIngest.Reading.Packaging;

/// <summary>The exceptions a bad Word package gives, worded for the person who has to fix the file.</summary>
internal static class PackageErrors
{
    public static DocumentReadException Empty(string file) =>
        new(file, ReadErrorCode.EmptyFile, "The file is empty (0 bytes).", "Check that it was copied or saved completely and give it again.");

    public static DocumentReadException LegacyBinary(string file) =>
        new(file, ReadErrorCode.LegacyWordBinary, "Word 97-2003 .doc is not supported.",
            "Open it in Word or LibreOffice and save as .docx (Word Document).");

    public static DocumentReadException Encrypted(string file) =>
        new(file, ReadErrorCode.EncryptedDocument, "The document is password-protected (encrypted), so it cannot be read.",
            "Remove the password in Word (File > Info > Protect Document > Encrypt with Password, clear it) and save again.");

    public static DocumentReadException NotZip(string file) =>
        new(file, ReadErrorCode.NotAZipPackage, "The file is not a .docx package (it is not a zip archive).",
            "Open it in Word or LibreOffice and save it as .docx (Word Document).");

    public static DocumentReadException Truncated(string file, Exception? inner = null) =>
        new(file, ReadErrorCode.TruncatedPackage, "The .docx package is truncated or corrupt (the zip archive is incomplete).",
            "Copy or download the file again; if Word can repair it, save the repaired copy as .docx.", inner);

    public static DocumentReadException DamagedEntry(string file, string entry, long actual, long declared) =>
        new(file, ReadErrorCode.TruncatedPackage,
            $"The package entry '{entry}' is damaged: it inflates to {actual:N0} bytes but its header declares {declared:N0}.",
            "Copy or download the file again; if Word can repair it, save the repaired copy as .docx.");

    public static DocumentReadException NotWord(string file, string what) =>
        new(file, ReadErrorCode.NotAWordDocument, $"The package is not a Word document ({what}).",
            "Give the plan as a Word .docx file (in Word: File > Save As > Word Document).");

    public static DocumentReadException Macro(string file) =>
        new(file, ReadErrorCode.MacroEnabledDocument, "The document is macro-enabled (.docm content), which is not accepted.",
            "Open it in Word and save it as .docx (Word Document), which drops the macros.");

    public static DocumentReadException Bomb(string file, string entry, string why) =>
        new(file, ReadErrorCode.DecompressionBomb, $"The package entry '{entry}' {why}, which looks like a decompression bomb.",
            "Check where the file came from; a real plan is far smaller. Save it again from Word if it is genuine.");

    public static DocumentReadException XmlTooComplex(string file, string entry) =>
        new(file, ReadErrorCode.XmlTooComplex, $"The part '{entry}' contains a DTD or entity declarations, which Word never writes.",
            "Open the file in Word and save it again as .docx; do not accept files edited by unknown tools.");

    public static DocumentReadException TooLarge(string file, string what) =>
        new(file, ReadErrorCode.TooLarge, $"The document is too large to read ({what}).",
            "Split the document or remove the oversized content, then save again.");

    public static DocumentReadException Corrupt(string file, string entry, Exception? inner = null) =>
        new(file, ReadErrorCode.Corrupt, $"The part '{entry}' is not well-formed XML.",
            "Open the file in Word (it offers to repair it) and save it again as .docx.", inner);

    public static DocumentReadException BrokenStructure(string file, string problem, Exception? inner = null) =>
        new(file, ReadErrorCode.Corrupt, $"The .docx package structure is damaged: {problem}.",
            "Open the file in Word (it offers to repair it) and save it again as .docx.", inner);
}
