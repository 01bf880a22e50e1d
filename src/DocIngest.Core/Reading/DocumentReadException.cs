namespace DocIngest.Core.Reading;

/// <summary>
/// A file that cannot be read at all. The message names the file, the problem and what to do,
/// so it can be shown to a person as it is.
/// </summary>
public sealed class DocumentReadException : Exception
{
    public DocumentReadException(string fileName, ReadErrorCode code, string problem, string remedy, Exception? inner = null)
        : base($"{fileName}: {problem} {remedy}", inner)
    {
        FileName = fileName;
        Code = code;
        Problem = problem;
        Remedy = remedy;
    }

    /// <summary>The file's name as given to the reader.</summary>
    public string FileName { get; }

    /// <summary>What kind of problem it is.</summary>
    public ReadErrorCode Code { get; }

    /// <summary>What is wrong with the file.</summary>
    public string Problem { get; }

    /// <summary>What the person can do about it.</summary>
    public string Remedy { get; }
}
