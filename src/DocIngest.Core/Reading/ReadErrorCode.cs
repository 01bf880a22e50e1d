namespace DocIngest.Core.Reading;

/// <summary>Why a file could not be read. Stable: tests and error files use these names.</summary>
public enum ReadErrorCode
{
    EmptyFile,
    UnsupportedFileType,
    NotAZipPackage,
    TruncatedPackage,
    NotAWordDocument,
    LegacyWordBinary,
    EncryptedDocument,
    MacroEnabledDocument,
    DecompressionBomb,
    XmlTooComplex,
    TooLarge,
    InvalidText,
    Corrupt,
    ObfuscatedText,
}
