using DocIngest.Reading.Legacy;

namespace DocIngest.Reading.Tests.Legacy;

public sealed class VietnameseSyllableTests
{
    private readonly VietnameseSyllable _syllable = new();

    [Theory]
    [InlineData("Cộng")]
    [InlineData("hòa")]
    [InlineData("hoà")]
    [InlineData("nghĩa")]
    [InlineData("NGHIÊNG")]
    [InlineData("khuyết")]
    [InlineData("Trường")]
    [InlineData("mạt")]
    [InlineData("gì")]
    [InlineData("quý")]
    [InlineData("được")]
    [InlineData("kiểm")]
    [InlineData("đoàn")]
    [InlineData("the")]
    public void IsPlausible_VietnameseSpelling_IsTrue(string word)
    {
        _syllable.IsPlausible(word).ShouldBeTrue();
    }

    [Theory]
    [InlineData("hßa")]
    [InlineData("Coäng")]
    [InlineData("café")]
    [InlineData("committee")]
    [InlineData("ka")]
    [InlineData("cim")]
    [InlineData("hóà")]
    [InlineData("mảt")]
    [InlineData("mãt")]
    [InlineData("Müller")]
    [InlineData("")]
    public void IsPlausible_NotVietnameseSpelling_IsFalse(string word)
    {
        _syllable.IsPlausible(word).ShouldBeFalse();
    }
}
