namespace DocIngest.Reading.Tests.Legacy;

/// <summary>A stretch of one paragraph typed in one font; <paramref name="Text"/> is the Unicode it shows.</summary>
internal sealed record LegacySegment(string Font, string Text);
