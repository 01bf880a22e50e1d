using System.Globalization;

namespace DocIngest.Cli.Commands;

/// <summary>Dates as people type them: ISO (2026-06-30) or Vietnamese order (30/06/2026, 30-6-2026).</summary>
internal static class DateArguments
{
    private static readonly string[] Formats = ["yyyy-MM-dd", "d/M/yyyy", "d-M-yyyy", "d.M.yyyy"];

    public static DateOnly? Parse(string? text, string option)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        throw new UsageException($"{option}: '{text}' is not a date. Write it as 2026-06-30 or 30/06/2026.");
    }
}

/// <summary>A command line that cannot be carried out as given (exit code 2).</summary>
internal sealed class UsageException(string message) : Exception(message);
