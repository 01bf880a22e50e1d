namespace DocIngest.Ingestion.Watching;

/// <summary>
/// Storing failed because of the database, not the document: the file stays in the drop folder
/// and is tried again later; it never goes to the failed folder for this.
/// </summary>
internal sealed class DatabaseUnavailableException(Exception inner)
    : Exception($"The database could not be used: {inner.Message}", inner);
