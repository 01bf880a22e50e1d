using System.Diagnostics;
using System.Globalization;
using DocIngest.Storage;
using DocIngest.Storage.Worker;

// Commands (one line of output each unless said otherwise; errors go to stderr with exit code 1):
//   store DB PREFIX COUNT [direct] stores COUNT distinct plans, prints "stored N"; "direct" opens the
//                                 file in LiteDB's direct mode, only to show what goes wrong without shared mode
//   loop DB PREFIX                stores distinct plans until killed, printing "stored I" after each commit
//   query DB STOPFILE             queries in a loop until STOPFILE exists, prints "queries N"
//   hold DB PREFIX TASKS          stores one plan and, inside its transaction, prints "in-transaction"
//                                 and waits for a line on stdin before committing; prints "committed"
//   read DB [TIMEOUT_S]           prints "documents N ms M" (M = time the query took)
try
{
    return args switch
    {
        ["store", var db, var prefix, var count] => Store(db, prefix, Int(count), LiteDB.ConnectionType.Shared),
        ["store", var db, var prefix, var count, "direct"] => Store(db, prefix, Int(count), LiteDB.ConnectionType.Direct),
        ["loop", var db, var prefix] => Loop(db, prefix),
        ["query", var db, var stopFile] => Query(db, stopFile),
        ["hold", var db, var prefix, var tasks] => Hold(db, prefix, Int(tasks)),
        ["read", var db] => Read(db, null),
        ["read", var db, var timeout] => Read(db, Int(timeout)),
        _ => Usage(),
    };
}
catch (LiteDB.LiteException error)
{
    // The same wording as the CLI, so the tests see what a person would.
    Console.Error.WriteLine($"The database could not be used: {error.Message}");
    return 1;
}

static int Store(string db, string prefix, int count, LiteDB.ConnectionType connection)
{
    using var store = PlanStore.Open(db, connection);
    for (var i = 0; i < count; i++)
    {
        store.Store(SamplePlans.Plan(prefix, i), SamplePlans.Source(prefix, i));
    }

    Console.WriteLine($"stored {count}");
    return 0;
}

static int Loop(string db, string prefix)
{
    using var store = PlanStore.Open(db);
    for (var i = 0; ; i++)
    {
        store.Store(SamplePlans.Plan(prefix, i), SamplePlans.Source(prefix, i));
        Console.WriteLine($"stored {i}");
    }
}

static int Query(string db, string stopFile)
{
    using var store = PlanStore.Open(db);
    var queries = 0;
    while (!File.Exists(stopFile))
    {
        store.Tasks(new TaskQuery { Owner = SamplePlans.Owner(queries % SamplePlans.OwnerCount) });
        store.Documents();
        queries++;
    }

    Console.WriteLine($"queries {queries}");
    return 0;
}

static int Hold(string db, string prefix, int tasks)
{
    using var store = PlanStore.Open(db);
    store.BeforeCommit = () =>
    {
        Console.WriteLine("in-transaction");
        Console.In.ReadLine();
    };
    store.Store(SamplePlans.Plan(prefix, 0, tasks), SamplePlans.Source(prefix, 0));
    Console.WriteLine("committed");
    return 0;
}

static int Read(string db, int? timeoutSeconds)
{
    var watch = Stopwatch.StartNew();
    using var store = PlanStore.Open(db, LiteDB.ConnectionType.Shared, busyTimeout: timeoutSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : null);
    var documents = store.Documents().Count;
    Console.WriteLine($"documents {documents} ms {watch.ElapsedMilliseconds}");
    return 0;
}

static int Int(string text) => int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);

static int Usage()
{
    Console.Error.WriteLine("usage: store DB PREFIX COUNT [direct] | loop DB PREFIX | query DB STOPFILE | hold DB PREFIX TASKS | read DB [TIMEOUT_S]");
    return 2;
}
