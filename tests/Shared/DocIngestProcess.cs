using System.Diagnostics;
using System.Text;

namespace DocIngest.Testing;

/// <summary>
/// How tests start the real docingest executable (the Cli project's output is copied next to the
/// test assembly): UTF-8 output both ways and no DOCINGEST_DB leaking in from the machine.
/// Linked into each test project that starts the CLI.
/// </summary>
internal static class DocIngestProcess
{
    private static readonly string Dll = Path.Combine(AppContext.BaseDirectory, "docingest.dll");

    public static ProcessStartInfo StartInfo(IEnumerable<string> args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Dll);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment.Remove("DOCINGEST_DB");
        return info;
    }
}
