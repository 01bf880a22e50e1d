using System.CommandLine;
using System.Globalization;
using DocIngest.Cli.Output;
using DocIngest.Storage;
using Spectre.Console;

namespace DocIngest.Cli.Commands;

/// <summary><c>docs</c>, <c>show DOC</c>, <c>done TASK</c> and <c>reopen TASK</c>: browsing plans and tracking progress.</summary>
internal static class DocumentCommands
{
    public static Command Docs()
    {
        var db = StoreOptions.Database();
        var history = new Option<bool>("--history") { Description = "Include superseded versions." };
        var command = new Command("docs", "List stored plans with their task and weakness counts.") { db, history };
        command.SetAction(parse =>
        {
            using var store = StoreOptions.Open(parse.GetValue(db));
            var table = new Table().Border(TableBorder.Rounded).AddColumns("Id", "Number", "Kind", "Title", "Version", "Tasks", "Weaknesses", "File");
            foreach (var d in store.Documents(parse.GetValue(history)))
            {
                table.AddRow(
                    d.Id.ToString(CultureInfo.InvariantCulture),
                    Markup.Escape(d.Record.Document.Number ?? "-"),
                    Markup.Escape(d.Record.Document.Kind ?? "-"),
                    Markup.Escape(d.Record.Document.Title ?? "-"),
                    d.Version.ToString(CultureInfo.InvariantCulture) + (d.IsCurrent ? string.Empty : " (old)"),
                    d.TaskCount.ToString(CultureInfo.InvariantCulture),
                    d.WeaknessCount.ToString(CultureInfo.InvariantCulture),
                    Markup.Escape(d.SourceName));
            }

            AnsiConsole.Write(table);
            return ExitCodes.Success;
        });
        return command;
    }

    public static Command Show()
    {
        var db = StoreOptions.Database();
        var doc = new Argument<string>("doc") { Description = "Document number (15-KH/BTCTU) or id." };
        var command = new Command("show", "Show a stored plan as a tree: groups, weaknesses, tasks with deadlines and owners.") { db, doc };
        command.SetAction(parse =>
        {
            using var store = StoreOptions.Open(parse.GetValue(db));
            var document = store.FindDocument(parse.GetValue(doc)!);
            if (document is null)
            {
                Console.Error.WriteLine($"No stored plan '{parse.GetValue(doc)}'. List them with 'docingest docs'.");
                return ExitCodes.SomeFailed;
            }

            var tasks = store.Tasks(new TaskQuery { Document = document.Record.Document.Number ?? "\u0000", Sort = TaskSort.Document });
            AnsiConsole.Write(PlanTree.Build(document, tasks));
            return ExitCodes.Success;
        });
        return command;
    }

    public static Command Done(TimeProvider time)
    {
        var db = StoreOptions.Database();
        var task = new Argument<string>("task") { Description = "Task id (15-KH/BTCTU#1.3) or number." };
        var on = new Option<string?>("--on") { Description = "The day it was done (default: today)." };
        var note = new Option<string?>("--note") { Description = "A note kept in the task's history." };
        var command = new Command("done", "Mark a task done.") { db, task, on, note };
        command.SetAction(parse =>
        {
            using var store = StoreOptions.Open(parse.GetValue(db));
            var date = DateArguments.Parse(parse.GetValue(on), "--on") ?? DateOnly.FromDateTime(time.GetLocalNow().DateTime);
            return Change(() => store.MarkDone(parse.GetValue(task)!, date, parse.GetValue(note)));
        });
        return command;
    }

    public static Command Reopen()
    {
        var db = StoreOptions.Database();
        var task = new Argument<string>("task") { Description = "Task id (15-KH/BTCTU#1.3) or number." };
        var note = new Option<string?>("--note") { Description = "A note kept in the task's history." };
        var command = new Command("reopen", "Open a done task again.") { db, task, note };
        command.SetAction(parse =>
        {
            using var store = StoreOptions.Open(parse.GetValue(db));
            return Change(() => store.Reopen(parse.GetValue(task)!, parse.GetValue(note)));
        });
        return command;
    }

    private static int Change(Func<StoredTask> change)
    {
        try
        {
            var task = change();
            Console.Out.WriteLine($"{task.Key}: {task.Status.ToString().ToLowerInvariant()}{(task.DoneOn is { } d ? $" on {d:yyyy-MM-dd}" : string.Empty)}");
            return ExitCodes.Success;
        }
        catch (KeyNotFoundException error)
        {
            Console.Error.WriteLine(error.Message);
            return ExitCodes.SomeFailed;
        }
    }
}
