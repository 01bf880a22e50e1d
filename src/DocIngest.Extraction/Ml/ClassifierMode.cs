namespace DocIngest.Extraction.Ml;

/// <summary>Which deciders an extraction uses.</summary>
public enum ClassifierMode
{
    /// <summary>The rule pipeline only.</summary>
    Rules,

    /// <summary>The classifiers decide wherever they are consulted, whatever their confidence and whatever the rules said.</summary>
    Ml,

    /// <summary>A rule that fires decides; elsewhere a classifier decides when its confidence passes the threshold tuned on dev.</summary>
    Combined,
}
