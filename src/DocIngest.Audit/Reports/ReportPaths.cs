namespace DocIngest.Audit.Reports;

/// <summary>Where <see cref="ReportFiles.WriteAsync"/> put the reports.</summary>
public sealed record ReportPaths(string Markdown, string Html, string Json);
