using DocIngest.Storage.Internal;

namespace DocIngest.Storage;

public sealed partial class PlanStore
{
    /// <summary>Marks a task done on a date; the change is kept in its history.</summary>
    public StoredTask MarkDone(string keyOrId, DateOnly on, string? note = null) => Change(keyOrId, "done", on, note);

    /// <summary>Opens a done task again; the change is kept in its history.</summary>
    public StoredTask Reopen(string keyOrId, string? note = null) => Change(keyOrId, "open", null, note);

    private StoredTask Change(string keyOrId, string status, DateOnly? on, string? note)
    {
        using var scope = _gate.Enter();
        _database.BeginTrans();
        try
        {
            var task = FindTaskEntity(keyOrId) ?? throw new KeyNotFoundException($"No current task '{keyOrId}'. List task ids with 'docingest tasks'.");
            task.Status = status;
            task.DoneOn = on?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            task.History.Add(new StatusChangeEntity { Status = status, At = _time.GetUtcNow().UtcDateTime, On = task.DoneOn, Note = note });
            _tasks.Update(task);
            _database.Commit();
            return ToStoredTask(task);
        }
        catch
        {
            _database.Rollback();
            throw;
        }
    }
}
