using System.Globalization;
using DocIngest.Core.Plans;
using DocIngest.Storage.Internal;

namespace DocIngest.Storage;

public sealed partial class PlanStore
{
    /// <summary>Current tasks matching every filter of <paramref name="query"/>.</summary>
    public IReadOnlyList<StoredTask> Tasks(TaskQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        using var scope = _gate.Enter();
        IEnumerable<TaskEntity> tasks;
        // The most selective indexed filter goes to LiteDB; the rest are checked in memory.
        if (query.Kind is { } kind)
        {
            var name = kind.ToString().ToLowerInvariant();
            tasks = _tasks.Find(t => t.DeadlineKind == name && t.IsCurrent);
        }
        else if (query.OverdueAsOf is { } asOf)
        {
            var limit = asOf.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            tasks = _tasks.Find(t => t.DeadlineDate < limit && t.IsCurrent);
        }
        else
        {
            tasks = _tasks.Find(t => t.IsCurrent);
        }

        var owner = Key(query.Owner);
        var advisor = Key(query.Advisor);
        var partner = Key(query.Partner);
        var document = Key(query.Document);
        var group = Key(query.Group);
        var words = Key(query.Text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var status = query.Status?.ToString().ToLowerInvariant();
        var dueBefore = query.DueBefore?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var dueAfter = query.DueAfter?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var overdue = query.OverdueAsOf?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

        var matching = tasks.Where(t =>
            (owner.Length == 0 || t.OwnerKeys.Any(k => k.Contains(owner, StringComparison.Ordinal)) || t.Owners.Any(o => Key(o.Title).Contains(owner, StringComparison.Ordinal))) &&
            (advisor.Length == 0 || t.AdvisorKeys.Any(k => k.Contains(advisor, StringComparison.Ordinal))) &&
            (partner.Length == 0 || t.PartnerKeys.Any(k => k.Contains(partner, StringComparison.Ordinal))) &&
            (document.Length == 0 || t.DocumentKey.Replace(" ", string.Empty, StringComparison.Ordinal).Contains(document.Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal)) &&
            (group.Length == 0 || t.GroupKey.Contains(group, StringComparison.Ordinal)) &&
            (status is null || t.Status == status) &&
            (dueBefore is null || (t.DeadlineDate is { } d1 && d1 < dueBefore)) &&
            (dueAfter is null || (t.DeadlineDate is { } d2 && d2 > dueAfter)) &&
            (overdue is null || (t.DeadlineKind == "due" && t.Status == "open" && t.DeadlineDate is { } d3 && d3 < overdue)) &&
            words.All(w => t.TextKey.Contains(w, StringComparison.Ordinal)));

        var sorted = query.Sort switch
        {
            TaskSort.Owner => matching.OrderBy(t => t.OwnerKeys.FirstOrDefault() ?? "\uffff", StringComparer.Ordinal).ThenBy(t => t.DeadlineDate ?? DateTime.MaxValue),
            TaskSort.Document => matching.OrderBy(t => t.DocumentKey, StringComparer.Ordinal).ThenBy(t => t.Id),
            _ => matching.OrderBy(t => t.DeadlineDate ?? DateTime.MaxValue).ThenBy(t => t.Id),
        };
        return sorted.Take(query.Limit ?? int.MaxValue).Select(ToStoredTask).ToList();
    }

    /// <summary>Stored documents, current ones only unless <paramref name="includeHistory"/>.</summary>
    public IReadOnlyList<StoredDocument> Documents(bool includeHistory = false)
    {
        using var scope = _gate.Enter();
        return (includeHistory ? _documents.FindAll() : _documents.Find(d => d.IsCurrent)).OrderBy(d => d.Id).Select(ToStoredDocument).ToList();
    }

    /// <summary>A current document by number (as typed, spaces and accents ignored) or numeric id.</summary>
    public StoredDocument? FindDocument(string numberOrId)
    {
        using var scope = _gate.Enter();
        if (int.TryParse(numberOrId, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && _documents.FindById(id) is { } byId)
        {
            return ToStoredDocument(byId);
        }

        var key = Key(numberOrId).Replace(" ", string.Empty, StringComparison.Ordinal);
        return _documents.Find(d => d.IsCurrent).Where(d => Key(d.Number).Replace(" ", string.Empty, StringComparison.Ordinal) == key)
            .Select(ToStoredDocument).FirstOrDefault();
    }

    /// <summary>A current task by its typed key ("15-KH/BTCTU#1.3") or numeric id.</summary>
    public StoredTask? FindTask(string keyOrId)
    {
        using var scope = _gate.Enter();
        return FindTaskEntity(keyOrId) is { } entity ? ToStoredTask(entity) : null;
    }

    private TaskEntity? FindTaskEntity(string keyOrId)
    {
        if (int.TryParse(keyOrId, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return _tasks.FindById(id);
        }

        var trimmed = keyOrId.Trim();
        return _tasks.FindOne(t => t.TaskKey == trimmed && t.IsCurrent)
            ?? _tasks.Find(t => t.IsCurrent).FirstOrDefault(t => Key(t.TaskKey).Replace(" ", string.Empty, StringComparison.Ordinal) == Key(trimmed).Replace(" ", string.Empty, StringComparison.Ordinal));
    }

    private static StoredTask ToStoredTask(TaskEntity t) => new(
        t.Id,
        t.TaskKey,
        t.DocumentNumber,
        t.GroupNumber,
        t.GroupTitle,
        t.Text,
        new Deadline(Enum.Parse<DeadlineKind>(t.DeadlineKind, ignoreCase: true), ToDate(t.DeadlineDate), t.DeadlineText),
        t.Owners.Select(o => new Party(o.Name, o.Title)).ToList(),
        t.Advisors,
        t.Partners,
        t.Status == "done" ? TaskStatus.Done : TaskStatus.Open,
        ToDate(t.DoneOn))
    {
        History = t.History.Select(h => new StatusChange(h.Status == "done" ? TaskStatus.Done : TaskStatus.Open, new DateTimeOffset(DateTime.SpecifyKind(h.At, DateTimeKind.Utc)), ToDate(h.On), h.Note)).ToList(),
    };

    private static StoredDocument ToStoredDocument(DocumentEntity d) => new(
        d.Id, d.SourceName, d.SourcePath, d.Sha256, d.Size, new DateTimeOffset(DateTime.SpecifyKind(d.IngestedAt, DateTimeKind.Utc)),
        d.ExtractorVersion, d.Version, d.IsCurrent, d.TaskCount, d.WeaknessCount, PlanJson.Deserialize(d.RecordJson));

    private static DateOnly? ToDate(DateTime? value) => value is { } v ? DateOnly.FromDateTime(v) : null;
}
