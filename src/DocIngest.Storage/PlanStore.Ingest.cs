using System.Globalization;
using DocIngest.Core.Plans;
using DocIngest.Core.Text;
using DocIngest.Storage.Internal;

namespace DocIngest.Storage;

public sealed partial class PlanStore
{
    /// <summary>
    /// Stores a record and its file in one transaction. The same content is stored once; a new
    /// version of the same plan (same number and issuer) becomes current, the old one stays as
    /// history, and task statuses carry over where the task text still matches.
    /// </summary>
    public IngestOutcome Store(PlanRecord record, StoreSource source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(source);
        cancellationToken.ThrowIfCancellationRequested();
        using var scope = _gate.Enter();
        if (!_database.BeginTrans())
        {
            throw new InvalidOperationException("A transaction is already open on this store.");
        }

        try
        {
            var existing = _documents.FindOne(d => d.Sha256 == source.Sha256);
            if (existing is not null)
            {
                _database.Rollback();
                return new IngestOutcome(IngestStatus.Unchanged, existing.Id, existing.Version, existing.TaskCount, 0);
            }

            var planKey = PlanKey(record, source.Sha256);
            var previous = _documents.FindOne(d => d.PlanKey == planKey && d.IsCurrent);
            var now = _time.GetUtcNow().UtcDateTime;
            var document = new DocumentEntity
            {
                SourceName = System.IO.Path.GetFileName(source.Path),
                SourcePath = source.Path,
                Sha256 = source.Sha256,
                Size = source.Content.Length,
                IngestedAt = now,
                ExtractorVersion = source.ExtractorVersion,
                ModelVersion = source.ModelVersion,
                PlanKey = planKey,
                Number = record.Document.Number,
                Kind = record.Document.Kind,
                Issuer = record.Document.Issuer,
                Title = record.Document.Title,
                Version = previous is null ? 1 : previous.Version + 1,
                RecordJson = PlanJson.Serialize(record),
                TaskCount = record.Groups.Sum(g => g.Tasks.Count),
                WeaknessCount = record.Groups.Sum(g => g.Weaknesses.Count),
            };
            _documents.Insert(document);

            var previousTasks = previous is null ? [] : _tasks.Find(t => t.DocumentId == previous.Id).ToList();
            var tasks = Flatten(record, document, now);
            var carried = previous is null ? 0 : CarryStatuses(previousTasks, tasks);
            _tasks.InsertBulk(tasks);
            _weaknesses.InsertBulk(Weaknesses(record, document));

            if (previous is not null)
            {
                previous.IsCurrent = false;
                _documents.Update(previous);
                foreach (var old in previousTasks)
                {
                    old.IsCurrent = false;
                }

                _tasks.Update(previousTasks);
                var oldWeaknesses = _weaknesses.Find(w => w.DocumentId == previous.Id).ToList();
                oldWeaknesses.ForEach(w => w.IsCurrent = false);
                _weaknesses.Update(oldWeaknesses);
            }

            using (var content = new MemoryStream(source.Content.ToArray(), writable: false))
            {
                _database.FileStorage.Upload(FileId(document.Id), document.SourceName, content);
            }

            cancellationToken.ThrowIfCancellationRequested();
            BeforeCommit?.Invoke();
            _database.Commit();
            return new IngestOutcome(previous is null ? IngestStatus.Ingested : IngestStatus.NewVersion, document.Id, document.Version, tasks.Count, carried);
        }
        catch
        {
            _database.Rollback();
            throw;
        }
    }

    /// <summary>The original bytes of a stored document.</summary>
    public byte[] ReadOriginal(int documentId)
    {
        using var scope = _gate.Enter();
        using var output = new MemoryStream();
        _database.FileStorage.Download(FileId(documentId), output);
        return output.ToArray();
    }

    private static string FileId(int documentId) => "doc/" + documentId.ToString(CultureInfo.InvariantCulture);

    private static string PlanKey(PlanRecord record, string sha256)
    {
        // A plan without a number cannot be matched to its later versions.
        if (string.IsNullOrWhiteSpace(record.Document.Number))
        {
            return "sha:" + sha256;
        }

        return Key(record.Document.Number).Replace(" ", string.Empty, StringComparison.Ordinal) + "|" + Key(record.Document.Issuer);
    }

    private static List<TaskEntity> Flatten(PlanRecord record, DocumentEntity document, DateTime now)
    {
        var tasks = new List<TaskEntity>();
        var prefix = record.Document.Number?.Replace(" ", string.Empty, StringComparison.Ordinal) ?? "doc" + document.Id.ToString(CultureInfo.InvariantCulture);
        var usedKeys = new HashSet<string>(StringComparer.Ordinal);
        for (var g = 0; g < record.Groups.Count; g++)
        {
            var group = record.Groups[g];
            var groupLabel = group.Number ?? (g + 1).ToString(CultureInfo.InvariantCulture);
            for (var t = 0; t < group.Tasks.Count; t++)
            {
                var task = group.Tasks[t];
                var key = $"{prefix}#{groupLabel}.{t + 1}";
                for (var n = 2; !usedKeys.Add(key); n++)
                {
                    key = $"{prefix}#{groupLabel}.{t + 1}-{n}";
                }

                var owners = group.EffectiveOwners(task);
                var advisors = group.EffectiveAdvisors(task);
                var partners = group.EffectivePartners(task);
                var done = task.Deadline.Kind == DeadlineKind.Done;
                tasks.Add(new TaskEntity
                {
                    DocumentId = document.Id,
                    TaskKey = key,
                    DocumentNumber = record.Document.Number,
                    DocumentKey = Key(record.Document.Number),
                    GroupNumber = group.Number,
                    GroupTitle = group.Title,
                    GroupKey = Key(group.Number) + " " + Key(group.Title),
                    Ordinal = t + 1,
                    Text = task.Text,
                    TextKey = Key(task.Text),
                    DeadlineKind = task.Deadline.Kind.ToString().ToLowerInvariant(),
                    DeadlineDate = task.Deadline.Date?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
                    DeadlineText = task.Deadline.Text,
                    Owners = owners.Select(o => new PartyEntity { Name = o.Name, Title = o.Title }).ToList(),
                    OwnerKeys = owners.Select(PartyKey).ToList(),
                    Advisors = advisors.ToList(),
                    AdvisorKeys = advisors.Select(Key).ToList(),
                    Partners = partners.ToList(),
                    PartnerKeys = partners.Select(Key).ToList(),
                    Status = done ? "done" : "open",
                    DoneOn = done ? task.Deadline.Date?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) : null,
                    History = [new StatusChangeEntity { Status = done ? "done" : "open", At = now, Note = "extracted" }],
                });
            }
        }

        return tasks;
    }

    private static int CarryStatuses(List<TaskEntity> previous, List<TaskEntity> current)
    {
        var carried = 0;
        var used = new HashSet<int>();
        foreach (var task in current)
        {
            var tokens = TextSimilarity.Tokens(task.Text);
            var best = previous.Where(p => !used.Contains(p.Id))
                .Select(p => (Task: p, Sim: TextSimilarity.Sim(tokens, TextSimilarity.Tokens(p.Text))))
                .Where(p => p.Sim >= 0.9)
                .OrderByDescending(p => p.Sim)
                .FirstOrDefault();
            if (best.Task is null || best.Task.History.Count <= 1)
            {
                continue;
            }

            // Progress recorded by people outlives a new version of the plan.
            used.Add(best.Task.Id);
            task.Status = best.Task.Status;
            task.DoneOn = best.Task.DoneOn;
            task.History = [.. best.Task.History, new StatusChangeEntity { Status = best.Task.Status, At = task.History[0].At, Note = "carried over from version " + best.Task.DocumentId.ToString(CultureInfo.InvariantCulture) }];
            carried++;
        }

        return carried;
    }

    private static IEnumerable<WeaknessEntity> Weaknesses(PlanRecord record, DocumentEntity document) =>
        record.Groups.SelectMany(g => g.Weaknesses.Select(w => new WeaknessEntity
        {
            DocumentId = document.Id,
            DocumentNumber = record.Document.Number,
            GroupNumber = g.Number,
            GroupTitle = g.Title,
            Text = w,
            TextKey = Key(w),
        }));
}
