namespace DocIngest.Reading.Legacy;

/// <summary>
/// What the letter written so far can still take from a following VNI mark byte: a vowel takes
/// one tone, and a, e, o (only a for the breve) take one shape mark before any tone.
/// </summary>
internal readonly record struct VniBase(char Vowel, bool HasShape, bool HasTone)
{
    /// <summary>No vowel: marks cannot attach.</summary>
    public static VniBase None { get; } = new('\0', HasShape: true, HasTone: true);

    /// <summary>The state after writing <paramref name="letter"/>.</summary>
    public static VniBase Of(char letter)
    {
        var lower = char.ToLowerInvariant(letter);
        return lower switch
        {
            'a' or 'e' or 'o' or 'u' or 'y' or 'i' => new VniBase(lower, HasShape: false, HasTone: false),
            'ơ' or 'ư' => new VniBase(lower, HasShape: true, HasTone: false),
            _ => None,
        };
    }

    /// <summary>True when <paramref name="mark"/> may combine with this letter.</summary>
    public bool Accepts(VniMark mark) => mark.Shape switch
    {
        VniShape.Circumflex => !HasShape && !HasTone && Vowel is 'a' or 'e' or 'o',
        VniShape.Breve => !HasShape && !HasTone && Vowel == 'a',
        _ => !HasTone && Vowel != '\0',
    };

    /// <summary>The state after <paramref name="mark"/> combined with this letter.</summary>
    public VniBase With(VniMark mark) => this with
    {
        HasShape = HasShape || mark.Shape != VniShape.None,
        HasTone = HasTone || mark.Combining.Length > (mark.Shape == VniShape.None ? 0 : 1),
    };
}
