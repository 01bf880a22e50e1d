namespace DocIngest.Ingestion.Watching;

/// <summary>Whether a file in the drop folder can be read yet.</summary>
internal enum SettleState
{
    /// <summary>Still changing, or not yet unchanged for the settle time.</summary>
    Waiting,

    /// <summary>Unchanged for the settle time: it can be opened for exclusive read.</summary>
    Settled,

    /// <summary>No longer there (renamed or taken away).</summary>
    Gone,
}
