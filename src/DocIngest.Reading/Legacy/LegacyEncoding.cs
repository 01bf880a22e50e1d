namespace DocIngest.Reading.Legacy;

/// <summary>The pre-Unicode Vietnamese encodings a run's font can imply.</summary>
internal enum LegacyEncoding
{
    /// <summary>A Unicode font: the text is taken as it is.</summary>
    None,

    /// <summary>TCVN3 (ABC), the ".Vn…" fonts.</summary>
    Tcvn3,

    /// <summary>
    /// TCVN3 all-capitals fonts (".VnTimeH", ".VnArialH" …): the same code points, drawn as capitals,
    /// which is the only way TCVN3 offers capitals with tone marks.
    /// </summary>
    Tcvn3Capitals,

    /// <summary>VNI Windows, the "VNI-…" fonts: base letter followed by separate mark bytes.</summary>
    Vni,
}
