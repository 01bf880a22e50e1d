namespace DocIngest.Reading.Docx.Internal;

/// <summary>A w:num: its abstract definition and its per-level start and level overrides.</summary>
internal sealed record NumInstance(int AbstractId, int?[] StartOverrides, NumberingLevel?[] LevelOverrides);
