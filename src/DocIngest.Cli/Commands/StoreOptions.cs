using System.CommandLine;
using DocIngest.Storage;

namespace DocIngest.Cli.Commands;

/// <summary>The <c>--db</c> option every storage command shares, and opening the store it names.</summary>
internal static class StoreOptions
{
    public static Option<string?> Database() => new("--db")
    {
        Description = $"The database file (default: ${StoreLocation.EnvironmentVariable}, else the per-user data folder).",
    };

    public static PlanStore Open(string? path) => PlanStore.Open(StoreLocation.Resolve(path));
}
