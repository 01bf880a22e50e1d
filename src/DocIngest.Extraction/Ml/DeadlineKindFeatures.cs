using DocIngest.Core.Text;

namespace DocIngest.Extraction.Ml;

/// <summary>Builds <see cref="DeadlineKindInput"/> rows; training and prediction share it so features cannot drift.</summary>
public static class DeadlineKindFeatures
{
    public const int NumericCount = 3;

    /// <summary>Bumped whenever a feature changes meaning; a model trained on another version is refused.</summary>
    public const int Version = 1;

    public static DeadlineKindInput Create(string phrase, string label = "")
    {
        var text = VietnameseText.CollapseWhiteSpace(VietnameseText.CanonicalTones(VietnameseText.Nfc(phrase)).ToLowerInvariant());
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        var digits = text.Count(char.IsDigit);
        return new DeadlineKindInput
        {
            Label = label,
            Text = text,
            Folded = VietnameseText.FoldKey(text),
            Numeric = [Math.Min(words, 20) / 20f, text.Length == 0 ? 0f : (float)digits / text.Length, text.Contains('/') ? 1f : 0f],
        };
    }
}
