using System.Net;
using Markdig;

namespace DocIngest.Audit.Reports;

/// <summary>report.html: the Markdown report rendered by Markdig (pipe tables) with a little CSS.</summary>
public static class HtmlReportWriter
{
    private const string Style = """
        body { font-family: system-ui, sans-serif; margin: 2rem; color: #222; }
        table { border-collapse: collapse; margin: 1rem 0; font-size: 0.9rem; }
        th, td { border: 1px solid #ccc; padding: 0.25rem 0.5rem; vertical-align: top; }
        th { background: #f2f2f2; }
        tr:nth-child(even) td { background: #fafafa; }
        h3 { margin-top: 2rem; }
        """;

    public static string Write(string markdown, string title = "DocIngest audit")
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var pipeline = new MarkdownPipelineBuilder().UsePipeTables().Build();
        var body = Markdown.ToHtml(markdown, pipeline);
        return $"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <title>{WebUtility.HtmlEncode(title)}</title>
            <style>
            {Style}
            </style>
            </head>
            <body>
            {body}
            </body>
            </html>

            """;
    }
}
