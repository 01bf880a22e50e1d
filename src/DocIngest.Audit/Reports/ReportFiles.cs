using System.Text;
using DocIngest.Audit.Comparison;

namespace DocIngest.Audit.Reports;

/// <summary>Writes report.md, report.html and report.json into a folder.</summary>
public static class ReportFiles
{
    public const string MarkdownName = "report.md";
    public const string HtmlName = "report.html";
    public const string JsonName = "report.json";

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public static Task<ReportPaths> WriteAsync(AuditResult result, string outputDir, CancellationToken cancellationToken = default) =>
        WriteAsync(result, null, outputDir, cancellationToken);

    /// <summary>The reports of <paramref name="result"/>, the primary run of <paramref name="comparison"/> (null: only this mode ran).</summary>
    public static async Task<ReportPaths> WriteAsync(AuditResult result, ModeComparison? comparison, string outputDir, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentException.ThrowIfNullOrWhiteSpace(outputDir);
        Directory.CreateDirectory(outputDir);
        var markdown = MarkdownReportWriter.Write(result, comparison);
        var paths = new ReportPaths(
            Path.Combine(outputDir, MarkdownName), Path.Combine(outputDir, HtmlName), Path.Combine(outputDir, JsonName));
        await File.WriteAllTextAsync(paths.Markdown, markdown, Utf8NoBom, cancellationToken).ConfigureAwait(false);
        await File.WriteAllTextAsync(paths.Html, HtmlReportWriter.Write(markdown, $"DocIngest audit: {result.Split}"), Utf8NoBom, cancellationToken)
            .ConfigureAwait(false);
        await File.WriteAllTextAsync(paths.Json, JsonReportWriter.Write(result, comparison), Utf8NoBom, cancellationToken).ConfigureAwait(false);
        return paths;
    }
}
