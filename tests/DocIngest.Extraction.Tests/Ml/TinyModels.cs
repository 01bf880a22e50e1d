using DocIngest.Extraction.Ml;
using DocIngest.Extraction.Ml.Training;
using Microsoft.ML;

namespace DocIngest.Extraction.Tests.Ml;

/// <summary>Small hand-written training rows, so tests train in about a second without the corpus.</summary>
internal static class TinyModels
{
    public static IReadOnlyList<DeadlineKindInput> DeadlineRows { get; } =
    [
        .. new[] { "thực hiện thường xuyên", "hằng tháng", "định kỳ hằng quý", "hằng năm", "thường xuyên", "định kỳ 6 tháng" }
            .Select(p => DeadlineKindFeatures.Create(p, "recurring")),
        .. new[] { "quý II/2026", "trước ngày 30/6/2026", "tháng 7/2026", "trong năm 2026", "hoàn thành trong quý III", "khi có hướng dẫn của cấp trên" }
            .Select(p => DeadlineKindFeatures.Create(p, "due")),
        .. new[] { "đã hoàn thành", "đã hoàn thành trong tháng 3/2026", "đã xong tháng 2/2026" }
            .Select(p => DeadlineKindFeatures.Create(p, "done")),
        .. new[] { "cán bộ", "tổ chức đảng", "chính quyền địa phương", "đội ngũ giáo viên", "tiêu chuẩn chính trị", "hồ sơ đảng viên", "kiểm tra giám sát" }
            .Select(p => DeadlineKindFeatures.Create(p, "none")),
    ];

    public static string[] Phrases { get; } = ["hằng quý", "quý IV/2026", "đã hoàn thành tháng 5", "đảng viên", "thường xuyên kiểm tra", "trước 15/8/2026", "cán bộ chủ chốt", "định kỳ"];

    public static ITransformer TrainDeadline(int seed = 3) => ClassifierTrainer.TrainDeadlineKind(DeadlineRows, seed);

    /// <summary>Writes a trained deadline model and a matching manifest into <paramref name="folder"/>.</summary>
    public static void WriteDeadlineModel(string folder, double threshold, int deadlineFeatureVersion = DeadlineKindFeatures.Version)
    {
        Directory.CreateDirectory(folder);
        ClassifierTrainer.Save<DeadlineKindInput>(TrainDeadline(), Path.Combine(folder, ModelManifest.DeadlineKindFile), 3);
        WriteManifest(folder, threshold, deadlineFeatureVersion);
    }

    public static void WriteManifest(string folder, double threshold, int deadlineFeatureVersion = DeadlineKindFeatures.Version) =>
        File.WriteAllText(Path.Combine(folder, ModelManifest.FileName),
            System.Text.Json.JsonSerializer.Serialize(new ModelManifest { Seed = 3, DeadlineThreshold = threshold, DeadlineFeatureVersion = deadlineFeatureVersion }));
}
