namespace DocIngest.CorpusGenerator.Tests;

public sealed class OldToneTests
{
    [Theory]
    [InlineData("Tỉnh ủy Thanh Hóa", "Tỉnh uỷ Thanh Hoá")]
    [InlineData("ĐẢNG ỦY XÃ", "ĐẢNG UỶ XÃ")]
    [InlineData("hoàn thành, hòa giải", "hoàn thành, hoà giải")]
    [InlineData("khoảng thời gian", "khoảng thời gian")]
    public void Apply_ModernPlacement_MovesToneInOpenSyllablesOnly(string modern, string old) =>
        OldTone.Apply(modern).ShouldBe(old);
}
