using System.CommandLine;
using DocIngest.Cli.Output;
using DocIngest.Core.Plans;
using DocIngest.Storage;

namespace DocIngest.Cli.Commands;

/// <summary><c>docingest tasks</c>: who owes what, by when, what is overdue.</summary>
internal static class TasksCommand
{
    public static Command Create(TimeProvider time)
    {
        var db = StoreOptions.Database();
        var owner = new Option<string?>("--owner") { Description = "Owner name or title, partial, accents optional (\"ton thien dong\")." };
        var advisor = new Option<string?>("--advisor") { Description = "Advising (lead) unit, partial, accents optional." };
        var partner = new Option<string?>("--partner") { Description = "Partner unit, partial, accents optional." };
        var doc = new Option<string?>("--doc") { Description = "Document number, e.g. 15-KH/BTCTU." };
        var group = new Option<string?>("--group") { Description = "Group number or words of its title." };
        var kind = new Option<string?>("--kind") { Description = "recurring | due | done | none." };
        var status = new Option<string?>("--status") { Description = "open | done." };
        var dueBefore = new Option<string?>("--due-before") { Description = "Due before this date (2026-06-30 or 30/06/2026)." };
        var dueAfter = new Option<string?>("--due-after") { Description = "Due after this date." };
        var overdue = new Option<bool>("--overdue") { Description = "Only due tasks past their date and not done." };
        var asOf = new Option<string?>("--as-of") { Description = "The day --overdue counts from (default: today)." };
        var text = new Option<string?>("--text") { Description = "Words in the task text, accents optional." };
        var sort = new Option<string>("--sort") { Description = "due | owner | doc.", DefaultValueFactory = _ => "due" };
        var limit = new Option<int?>("--limit") { Description = "At most this many tasks." };
        var format = new Option<string?>("--format") { Description = "table | json | csv | md (default: table on a terminal, else json)." };
        var command = new Command("tasks", "List stored tasks: who owes what, by when, what is overdue.")
        {
            db, owner, advisor, partner, doc, group, kind, status, dueBefore, dueAfter, overdue, asOf, text, sort, limit, format,
        };
        command.SetAction(parse =>
        {
            var overdueAsOf = parse.GetValue(overdue)
                ? DateArguments.Parse(parse.GetValue(asOf), "--as-of") ?? DateOnly.FromDateTime(time.GetLocalNow().DateTime)
                : (DateOnly?)null;
            var query = new TaskQuery
            {
                Owner = parse.GetValue(owner),
                Advisor = parse.GetValue(advisor),
                Partner = parse.GetValue(partner),
                Document = parse.GetValue(doc),
                Group = parse.GetValue(group),
                Kind = Choice<DeadlineKind>(parse.GetValue(kind), "--kind"),
                Status = Choice<Storage.TaskStatus>(parse.GetValue(status), "--status"),
                DueBefore = DateArguments.Parse(parse.GetValue(dueBefore), "--due-before"),
                DueAfter = DateArguments.Parse(parse.GetValue(dueAfter), "--due-after"),
                OverdueAsOf = overdueAsOf,
                Text = parse.GetValue(text),
                Sort = parse.GetValue(sort) switch
                {
                    "owner" => TaskSort.Owner,
                    "doc" => TaskSort.Document,
                    "due" => TaskSort.Due,
                    var other => throw new UsageException($"--sort: '{other}' is not one of due, owner, doc."),
                },
                Limit = parse.GetValue(limit),
            };
            using var store = StoreOptions.Open(parse.GetValue(db));
            var tasks = store.Tasks(query);
            TaskWriter.Write(tasks, TaskWriter.ParseFormat(parse.GetValue(format)), Console.Out);
            return ExitCodes.Success;
        });
        return command;
    }

    private static T? Choice<T>(string? value, string option)
        where T : struct, Enum
    {
        if (value is null)
        {
            return null;
        }

        return Enum.TryParse<T>(value, ignoreCase: true, out var parsed) && !int.TryParse(value, out _)
            ? parsed
            : throw new UsageException($"{option}: '{value}' is not one of {string.Join(", ", Enum.GetNames<T>().Select(n => n.ToLowerInvariant()))}.");
    }
}
