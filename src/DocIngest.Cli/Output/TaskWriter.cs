using System.Globalization;
using System.Text;
using System.Text.Json;
using DocIngest.Cli.Commands;
using DocIngest.Core.Plans;
using DocIngest.Storage;
using Spectre.Console;

namespace DocIngest.Cli.Output;

/// <summary>Output formats for task lists.</summary>
internal enum TaskFormat
{
    Table,
    Json,
    Csv,
    Markdown,
}

/// <summary>Writes task lists as a terminal table, JSON for scripts, CSV for Excel or Markdown.</summary>
internal static class TaskWriter
{

    public static TaskFormat ParseFormat(string? format) => format switch
    {
        null => Console.IsOutputRedirected ? TaskFormat.Json : TaskFormat.Table,
        "table" => TaskFormat.Table,
        "json" => TaskFormat.Json,
        "csv" => TaskFormat.Csv,
        "md" or "markdown" => TaskFormat.Markdown,
        _ => throw new UsageException($"--format: '{format}' is not one of table, json, csv, md."),
    };

    public static void Write(IReadOnlyList<StoredTask> tasks, TaskFormat format, TextWriter output)
    {
        switch (format)
        {
            case TaskFormat.Table:
                WriteTable(tasks);
                break;
            case TaskFormat.Json:
                output.WriteLine(JsonSerializer.Serialize(tasks.Select(ToJson), PlanJson.Options));
                break;
            case TaskFormat.Csv:
                WriteCsv(tasks, output);
                break;
            default:
                WriteMarkdown(tasks, output);
                break;
        }
    }

    private static object ToJson(StoredTask t) => new
    {
        id = t.Id,
        key = t.Key,
        document = t.DocumentNumber,
        group = t.GroupNumber,
        group_title = t.GroupTitle,
        text = t.Text,
        deadline = t.Deadline,
        owners = t.Owners,
        advisors = t.Advisors,
        partners = t.Partners,
        status = t.Status.ToString().ToLowerInvariant(),
        done_on = t.DoneOn,
    };

    private static void WriteTable(IReadOnlyList<StoredTask> tasks)
    {
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumns("Id", "Task", "Deadline", "Owner", "Advisor", "Status");
        foreach (var task in tasks)
        {
            table.AddRow(
                Markup.Escape(task.Key),
                Markup.Escape(Shorten(task.Text, 70)),
                Markup.Escape(DeadlineText(task.Deadline)),
                Markup.Escape(Owners(task)),
                Markup.Escape(string.Join("; ", task.Advisors)),
                task.Status == Storage.TaskStatus.Done ? "[green]done[/]" : "open");
        }

        AnsiConsole.Write(table);
        AnsiConsole.MarkupLine($"[grey]{tasks.Count} task(s)[/]");
    }

    private static void WriteCsv(IReadOnlyList<StoredTask> tasks, TextWriter output)
    {
        // Excel reads UTF-8 CSV correctly only when the file starts with a byte-order mark.
        var text = new StringBuilder("\uFEFF");
        text.AppendLine("id,key,document,group,task,deadline_kind,deadline_date,deadline_text,owners,advisors,partners,status,done_on");
        foreach (var t in tasks)
        {
            text.AppendLine(string.Join(',', new[]
            {
                t.Id.ToString(CultureInfo.InvariantCulture), t.Key, t.DocumentNumber, t.GroupNumber, t.Text,
                t.Deadline.Kind.ToString().ToLowerInvariant(), t.Deadline.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), t.Deadline.Text,
                Owners(t), string.Join("; ", t.Advisors), string.Join("; ", t.Partners), t.Status.ToString().ToLowerInvariant(),
                t.DoneOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            }.Select(Csv)));
        }

        output.Write(text.ToString());
    }

    private static void WriteMarkdown(IReadOnlyList<StoredTask> tasks, TextWriter output)
    {
        output.WriteLine("| Id | Task | Deadline | Owner | Advisor | Status |");
        output.WriteLine("| --- | --- | --- | --- | --- | --- |");
        foreach (var t in tasks)
        {
            output.WriteLine($"| {Md(t.Key)} | {Md(t.Text)} | {Md(DeadlineText(t.Deadline))} | {Md(Owners(t))} | {Md(string.Join("; ", t.Advisors))} | {t.Status.ToString().ToLowerInvariant()} |");
        }
    }

    public static string DeadlineText(Deadline deadline) => deadline.Kind switch
    {
        DeadlineKind.Recurring => "recurring",
        DeadlineKind.None => "-",
        DeadlineKind.Done => deadline.Date is { } d ? $"done {d:yyyy-MM-dd}" : "done",
        _ => deadline.Date is { } due ? due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : deadline.Text ?? "due",
    };

    public static string Owners(StoredTask task) => string.Join("; ", task.Owners.Select(o => o.Name ?? o.Title));

    private static string Shorten(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";

    private static string Csv(string? value) =>
        value is null ? string.Empty : value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

    private static string Md(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace('\n', ' ');
}
