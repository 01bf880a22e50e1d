using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.ML;

namespace DocIngest.Extraction.Ml;

/// <summary>
/// The trained classifiers of one models folder, loaded once and lazily (the first prediction
/// pays for it). A missing, corrupt or version-mismatched file never throws: the model is
/// absent, a warning says why, and callers fall back to the rules.
/// </summary>
public sealed class ModelSet
{
    private readonly string? _folder;
    private readonly ConcurrentQueue<string> _warnings = new();
    private readonly Lazy<ModelManifest?> _manifest;
    private readonly Lazy<DeadlineKindModel?> _deadlineKind;
    private readonly Lazy<BlockRoleModel?> _blockRoles;
    private readonly double? _deadlineThreshold;
    private readonly double? _ownerThreshold;
    private readonly double? _headingThreshold;

    private ModelSet(string? folder)
    {
        _folder = folder;
        _manifest = new(ReadManifest, LazyThreadSafetyMode.ExecutionAndPublication);
        _deadlineKind = new(() => LoadModel(ModelManifest.DeadlineKindFile, (c, m) => new DeadlineKindModel(c, m), m => m.Predict("quý II năm 2026")), LazyThreadSafetyMode.ExecutionAndPublication);
        _blockRoles = new(() => LoadModel(ModelManifest.BlockRolesFile, (c, m) => new BlockRoleModel(c, m), m => m.Predict([Probe])), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    private ModelSet(ModelSet other, double? deadlineThreshold, double? ownerThreshold, double? headingThreshold)
    {
        _folder = other._folder;
        _warnings = other._warnings;
        _manifest = other._manifest;
        _deadlineKind = other._deadlineKind;
        _blockRoles = other._blockRoles;
        _deadlineThreshold = deadlineThreshold;
        _ownerThreshold = ownerThreshold;
        _headingThreshold = headingThreshold;
    }

    /// <summary>No models: every consumer runs rules-only.</summary>
    public static ModelSet None { get; } = new(null);

    /// <summary>The models in <paramref name="folder"/> (block-roles.zip, deadline-kind.zip, models.json); nothing is read yet.</summary>
    public static ModelSet FromFolder(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        return new ModelSet(Path.GetFullPath(folder));
    }

    public string? Folder => _folder;

    /// <summary>Why a model is unavailable; filled as models are first touched.</summary>
    public IReadOnlyList<string> Warnings => _warnings.ToArray();

    /// <summary>The deadline-kind classifier, or null when it could not be loaded.</summary>
    public DeadlineKindModel? DeadlineKind => _deadlineKind.Value;

    /// <summary>The block-role classifier, or null when it could not be loaded.</summary>
    public BlockRoleModel? BlockRoles => _blockRoles.Value;

    /// <summary>The tuned confidence threshold for deadline phrases the rules miss.</summary>
    public double DeadlineThreshold => _deadlineThreshold ?? _manifest.Value?.DeadlineThreshold ?? 1.0;

    /// <summary>The same loaded models with another deadline threshold (for tuning on dev).</summary>
    public ModelSet WithDeadlineThreshold(double threshold) => new(this, threshold, _ownerThreshold, _headingThreshold);

    /// <summary>The tuned confidence threshold for owner lines the cue table misses.</summary>
    public double OwnerThreshold => _ownerThreshold ?? _manifest.Value?.OwnerThreshold ?? 1.01;

    /// <summary>The same loaded models with another owner-line threshold (for tuning on dev).</summary>
    public ModelSet WithOwnerThreshold(double threshold) => new(this, _deadlineThreshold, threshold, _headingThreshold);

    /// <summary>The tuned confidence above which the classifier may call a section's numbered "headings" its tasks.</summary>
    public double HeadingThreshold => _headingThreshold ?? _manifest.Value?.HeadingThreshold ?? 1.01;

    /// <summary>The same loaded models with another heading-scheme threshold (for tuning on dev).</summary>
    public ModelSet WithHeadingThreshold(double threshold) => new(this, _deadlineThreshold, _ownerThreshold, threshold);

    private ModelManifest? ReadManifest()
    {
        if (_folder is null)
        {
            return null;
        }

        var path = Path.Combine(_folder, ModelManifest.FileName);
        try
        {
            var manifest = JsonSerializer.Deserialize<ModelManifest>(File.ReadAllText(path));
            if (manifest is null || manifest.Schema != ModelManifest.SchemaId)
            {
                _warnings.Enqueue($"{path}: not a {ModelManifest.SchemaId} manifest; models not used.");
                return null;
            }

            return manifest;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or NotSupportedException)
        {
            _warnings.Enqueue($"{path}: cannot be read ({e.Message}); models not used. Run 'docingest train CORPUS_DIR' to make them.");
            return null;
        }
    }

    private static BlockSample Probe { get; } = new(
        new Core.Documents.ParagraphBlock(Core.Documents.BlockPosition.InBody(0), "Kế hoạch"),
        "Kế hoạch",
        new BlockRoleInput { Text = "kế hoạch", Folded = "ke hoach", LabelKind = "None", Part = "body" });

    private T? LoadModel<T>(string file, Func<MLContext, ITransformer, T> wrap, Action<T> probe)
        where T : class
    {
        if (_folder is null || _manifest.Value is not { } manifest)
        {
            return null;
        }

        var path = Path.Combine(_folder, file);
        var expected = file == ModelManifest.BlockRolesFile ? BlockFeatures.Version : DeadlineKindFeatures.Version;
        var actual = file == ModelManifest.BlockRolesFile ? manifest.BlockFeatureVersion : manifest.DeadlineFeatureVersion;
        if (expected != actual)
        {
            _warnings.Enqueue($"{path}: trained for feature version {actual}, this build uses {expected}; model not used. Retrain with 'docingest train'.");
            return null;
        }

        try
        {
            var context = new MLContext(seed: manifest.Seed);
            using var stream = File.OpenRead(path);
            var model = context.Model.Load(stream, out _);
            var wrapped = wrap(context, model);

            // A zip from another pipeline loads fine and fails on first use: find out now.
            probe(wrapped);
            return wrapped;
        }
        catch (Exception e)
        {
            // ML.NET reports a damaged or foreign zip with many exception types (InvalidDataException,
            // FormatException, InvalidOperationException …); each means the same thing here.
            _warnings.Enqueue($"{path}: cannot be loaded ({e.GetType().Name}: {e.Message}); model not used.");
            return null;
        }
    }
}
