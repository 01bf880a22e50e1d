namespace DocIngest.Extraction.Deadlines;

/// <summary>How much surrounding evidence a phrase carries that it is a deadline at all.</summary>
internal enum InterpretMode
{
    /// <summary>A table cell or a labelled value: the phrase is a deadline if any form matches.</summary>
    Standalone,

    /// <summary>A trailing parenthesis: periods count, a day date needs a cue ("trước", "hoàn thành" …).</summary>
    Enclosed,

    /// <summary>A trailing clause that already starts with a cue.</summary>
    Clause,
}
