using DocIngest.Storage;
using Spectre.Console;

namespace DocIngest.Cli.Output;

/// <summary>A stored plan as a tree a person reads top-down.</summary>
internal static class PlanTree
{
    public static Tree Build(StoredDocument document, IReadOnlyList<StoredTask> tasks)
    {
        var info = document.Record.Document;
        var tree = new Tree(Markup.Escape($"{info.Number ?? "(no number)"} {info.Kind} {info.Title}"));
        foreach (var group in document.Record.Groups)
        {
            var node = tree.AddNode(Markup.Escape($"{group.Number} {group.Title}"));
            foreach (var weakness in group.Weaknesses)
            {
                node.AddNode("[yellow]weakness[/] " + Markup.Escape(weakness));
            }

            var owners = string.Join("; ", group.Owners.Select(o => o.Name ?? o.Title));
            if (owners.Length > 0)
            {
                node.AddNode("[blue]owner[/] " + Markup.Escape(owners));
            }

            if (group.Advisors.Count > 0)
            {
                node.AddNode("[blue]advisor[/] " + Markup.Escape(string.Join("; ", group.Advisors)));
            }

            foreach (var task in tasks.Where(t => t.GroupNumber == group.Number && t.GroupTitle == group.Title))
            {
                var status = task.Status == Storage.TaskStatus.Done ? "[green]done[/]" : "open";
                node.AddNode($"{Markup.Escape(task.Key)} {status} [grey]{Markup.Escape(TaskWriter.DeadlineText(task.Deadline))}[/] {Markup.Escape(task.Text)}");
            }
        }

        return tree;
    }
}
