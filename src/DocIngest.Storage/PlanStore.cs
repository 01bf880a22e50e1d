using DocIngest.Core.Plans;
using DocIngest.Core.Text;
using DocIngest.Storage.Internal;
using LiteDB;

namespace DocIngest.Storage;

/// <summary>
/// The LiteDB store of plan records and their tasks. Every DocIngest process opens the file in
/// LiteDB's shared mode: direct mode lets two processes corrupt one file on Linux, and mixing
/// the modes loses writes (docs/storage.md). Every write is one transaction.
/// </summary>
public sealed partial class PlanStore : IDisposable
{
    private readonly LiteDatabase _database;
    private readonly TimeProvider _time;
    private readonly ILiteCollection<DocumentEntity> _documents;
    private readonly ILiteCollection<TaskEntity> _tasks;
    private readonly ILiteCollection<WeaknessEntity> _weaknesses;
    private readonly StoreGate _gate;

    private PlanStore(LiteDatabase database, StoreGate gate, TimeProvider time)
    {
        _database = database;
        _gate = gate;
        _time = time;
        _documents = database.GetCollection<DocumentEntity>("documents");
        _tasks = database.GetCollection<TaskEntity>("tasks");
        _weaknesses = database.GetCollection<WeaknessEntity>("weaknesses");
    }

    /// <summary>The database file, with symbolic links resolved.</summary>
    public required string Path { get; init; }

    /// <summary>Test hook: runs inside <see cref="Store"/>'s transaction just before it commits.</summary>
    internal Action? BeforeCommit { get; set; }

    /// <summary>Opens (creating if needed) the database at <paramref name="path"/> in shared mode.</summary>
    public static PlanStore Open(string path, TimeProvider? time = null) => Open(path, ConnectionType.Shared, time);

    /// <summary>
    /// Direct mode exists only so benchmarks can show what shared mode costs: it is unsafe as soon
    /// as a second process opens the file (docs/storage.md).
    /// </summary>
    internal static PlanStore Open(string path, ConnectionType connectionType, TimeProvider? time = null, TimeSpan? busyTimeout = null)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!);
        var full = CanonicalPath.Resolve(path);
        var connection = new ConnectionString
        {
            Filename = full,
            Connection = connectionType,
        };
        var gate = new StoreGate(full, enabled: connectionType == ConnectionType.Shared);
        if (busyTimeout is { } timeout)
        {
            gate.Timeout = timeout;
        }

        LiteDatabase? database = null;
        try
        {
            using (gate.Enter())
            {
                database = new LiteDatabase(connection, StoreMapper.Create());
                var store = new PlanStore(database, gate, time ?? TimeProvider.System) { Path = full };
                store.EnsureIndexes();
                return store;
            }
        }
        catch
        {
            database?.Dispose();
            gate.Dispose();
            throw;
        }
    }

    /// <summary>True when a document with this content is stored already.</summary>
    public bool Contains(string sha256)
    {
        using var scope = _gate.Enter();
        return _documents.Exists(d => d.Sha256 == sha256);
    }

    public void Dispose()
    {
        _database.Dispose();
        _gate.Dispose();
    }

    private void EnsureIndexes()
    {
        _documents.EnsureIndex(d => d.Sha256, unique: true);
        _documents.EnsureIndex(d => d.PlanKey);
        _documents.EnsureIndex(d => d.IsCurrent);
        _tasks.EnsureIndex(t => t.IsCurrent);
        _tasks.EnsureIndex(t => t.TaskKey);
        _tasks.EnsureIndex(t => t.DocumentId);
        _tasks.EnsureIndex(t => t.DocumentKey);
        _tasks.EnsureIndex(t => t.GroupKey);
        _tasks.EnsureIndex(t => t.DeadlineKind);
        _tasks.EnsureIndex(t => t.DeadlineDate);
        _tasks.EnsureIndex(t => t.Status);
        _tasks.EnsureIndex("OwnerKeys", "$.OwnerKeys[*]");
        _tasks.EnsureIndex("AdvisorKeys", "$.AdvisorKeys[*]");
        _tasks.EnsureIndex("PartnerKeys", "$.PartnerKeys[*]");
        _weaknesses.EnsureIndex(w => w.DocumentId);
        _weaknesses.EnsureIndex(w => w.IsCurrent);
    }

    private static string Key(string? text) => text is null ? string.Empty : VietnameseText.FoldKey(VietnameseText.CanonicalTones(text));

    private static string PartyKey(Party party) => Key(party.Key);
}
