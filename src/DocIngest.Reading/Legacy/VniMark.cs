namespace DocIngest.Reading.Legacy;

/// <summary>One VNI mark byte: the vowel shape it adds (if any) and the combining marks it stands for.</summary>
internal sealed record VniMark(VniShape Shape, string Combining);
