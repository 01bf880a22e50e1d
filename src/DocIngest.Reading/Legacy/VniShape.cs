namespace DocIngest.Reading.Legacy;

/// <summary>The vowel shape a VNI mark byte adds to its base letter.</summary>
internal enum VniShape
{
    /// <summary>A tone only.</summary>
    None,

    /// <summary>â ê ô (with or without a tone).</summary>
    Circumflex,

    /// <summary>ă (with or without a tone).</summary>
    Breve,
}
