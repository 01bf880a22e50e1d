using DocIngest.Extraction;
using DocIngest.Reading;
using DocIngest.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Systemd;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace DocIngest.Ingestion.Watching;

/// <summary>
/// Builds the generic host that runs the watcher: console logs (the journal's format under
/// systemd), systemd notification and SIGTERM handling, and the watcher's components.
/// </summary>
public static class DropFolderHost
{
    /// <summary>
    /// Creates the host. <paramref name="options"/> must come from <see cref="WatchOptions.Validate"/>;
    /// the caller keeps ownership of <paramref name="store"/> and disposes it after the host.
    /// <paramref name="pipeline"/> is the extraction to run (classifiers included or not); the
    /// rule pipeline when null.
    /// </summary>
    public static IHost Create(WatchOptions options, PlanStore store, WatchSummary summary, TimeProvider? time = null, Action<ILoggingBuilder>? logging = null, ExtractionPipeline? pipeline = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(store);
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = AppContext.BaseDirectory });
        builder.Services.AddSystemd();
        if (SystemdHelpers.IsSystemdService())
        {
            // The journal stamps each line and reads its priority from the "<6>" prefix.
            builder.Logging.AddSystemdConsole();
        }
        else
        {
            builder.Logging.AddSimpleConsole(console =>
            {
                console.SingleLine = true;
                console.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffK ";
                console.ColorBehavior = LoggerColorBehavior.Disabled;
            });
        }

        builder.Logging.SetMinimumLevel(LogLevel.Information);
        logging?.Invoke(builder.Logging);
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = options.DocumentTimeout + TimeSpan.FromSeconds(10));

        builder.Services.AddSingleton(time ?? TimeProvider.System);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(summary);
        builder.Services.AddSingleton(store);
        builder.Services.AddSingleton(provider => new DocumentIngestor(DocumentReaderRegistry.CreateDefault(), pipeline ?? ExtractionPipeline.CreateDefault(), store) { RequirePlan = true });
        builder.Services.AddSingleton(provider =>
        {
            var logger = provider.GetRequiredService<ILogger<DropFolderService>>();
            return IngestionResilience.Create(options, provider.GetRequiredService<TimeProvider>(), reason => WatchLog.CircuitOpened(logger, reason, options.BreakDuration.TotalSeconds));
        });
        builder.Services.AddSingleton<OutcomeMover>();
        builder.Services.AddSingleton<DropFolderProcessor>();
        builder.Services.AddHostedService(provider => ActivatorUtilities.CreateInstance<DropFolderService>(provider, store.Path));
        return builder.Build();
    }
}
