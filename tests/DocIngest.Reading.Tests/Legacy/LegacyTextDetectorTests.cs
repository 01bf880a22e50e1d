using System.Text;
using DocIngest.Reading.Legacy;

namespace DocIngest.Reading.Tests.Legacy;

public sealed class LegacyTextDetectorTests
{
    private readonly LegacyTextDetector _detector = new();

    public static TheoryData<string> CleanTexts() => new()
    {
        "Thực hiện Kế hoạch số 61-KH/TU, ngày 15/4/2026 của Ban Thường vụ Tỉnh ủy về khắc phục hạn chế, khuyết điểm năm 2025 của tập thể và cá nhân các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy.",
        "II. NỘI DUNG, LỘ TRÌNH, PHÂN CÔNG THỰC HIỆN",
        "- Phối hợp Công an tỉnh, Sở Ngoại vụ và các đảng uỷ trực thuộc thực hiện việc theo dõi và quản lý cán bộ, đảng viên học tập/làm việc ở nước ngoài (thực hiện thường xuyên).",
        "Phân công theo dõi, chỉ đạo: Đồng chí Tôn Thiện Đồng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy.",
        "Nơi nhận: - Thường trực Tỉnh ủy (báo cáo), - Lưu VP. K/T TRƯỞNG BAN PHÓ TRƯỞNG BAN",
        "Hoà bình, khoẻ mạnh, Tỉnh uỷ, thuỷ lợi, quý I, Quý II/2026, tháng 7/2026.",
        "The committee reviewed the remediation plan and assigned owners to every task before the deadline.",
        "Herr Müller aus Köln trifft Frau Løkke in Århus; the café's façade looks naïve, über-cool and très chère.",
        "Ærøskøbing, Øresund, Ålborg — Smørrebrød für König Märklin.",
        "© 2026 Công ty ABC ® · Điều 5 § 2 · giá 50.000 đ",
    };

    [Theory]
    [MemberData(nameof(CleanTexts))]
    public void Detect_UnicodeOrForeignText_IsNotSuspected(string text)
    {
        var detection = _detector.Detect(text);

        detection.IsSuspected.ShouldBeFalse(string.Join("; ", detection.Examples));
        detection.Encoding.ShouldBe(LegacyEncoding.None);
        detection.Confidence.ShouldBe(0);
    }

    [Theory]
    [MemberData(nameof(CleanTexts))]
    public void Detect_DecomposedUnicodeText_IsNotSuspected(string text)
    {
        _detector.Detect(text.Normalize(NormalizationForm.FormD)).IsSuspected.ShouldBeFalse();
    }

    [Fact]
    public void Detect_DecomposedLongSyllables_AreNotSuspected()
    {
        // "khuyếch" is 9 code points once decomposed: longer than any syllable written in NFC.
        var text = "Khuyếch trương, khuyếch đại, khuyếch tán, nghiêng ngả".Normalize(NormalizationForm.FormD);

        _detector.Detect(text).IsSuspected.ShouldBeFalse();
    }

    [Fact]
    public void Detect_Tcvn3InUnicodeFont_IsSuspectedAsTcvn3()
    {
        var detection = _detector.Detect("Céng hßa x· héi chñ nghÜa ViÖt Nam - §éc lËp - Tù do - H¹nh phóc");

        detection.Encoding.ShouldBe(LegacyEncoding.Tcvn3);
        detection.Confidence.ShouldBeGreaterThan(0.4);
        detection.SuspectWords.ShouldBeGreaterThanOrEqualTo(6);
        detection.Examples.ShouldContain("hßa → hòa");
    }

    [Fact]
    public void Detect_VniInUnicodeFont_IsSuspectedAsVni()
    {
        var detection = _detector.Detect("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam - Ñoäc laäp - Töï do - Haïnh phuùc");

        detection.Encoding.ShouldBe(LegacyEncoding.Vni);
        detection.Confidence.ShouldBeGreaterThan(0.4);
        detection.Examples.ShouldContain("Coäng → Cộng");
    }

    [Fact]
    public void Detect_EncodedPlanSentence_IsSuspectedForBothEncodings()
    {
        const string Sentence = "Tiếp tục rà soát, kiện toàn, sắp xếp tổ chức, bố trí, sử dụng, đào tạo, bồi dưỡng đội ngũ cán bộ (thực hiện thường xuyên).";

        _detector.Detect(LegacyTestEncoder.ToTcvn3(Sentence)).Encoding.ShouldBe(LegacyEncoding.Tcvn3);
        _detector.Detect(LegacyTestEncoder.ToVni(Sentence)).Encoding.ShouldBe(LegacyEncoding.Vni);
    }

    [Fact]
    public void Detect_SymbolAreaTcvn3_IsSuspected()
    {
        var shifted = new string("Céng hßa x· héi chñ nghÜa".Select(c => (char)(c + 0xF000)).ToArray());

        _detector.Detect(shifted).Encoding.ShouldBe(LegacyEncoding.Tcvn3);
    }

    [Fact]
    public void Detect_OneStrayWordInLongUnicodeText_IsNotSuspected()
    {
        var detection = _detector.Detect("Ban Tổ chức Tỉnh ủy xây dựng Kế hoạch khắc phục hạn chế hßa của tập thể lãnh đạo năm 2025.");

        detection.IsSuspected.ShouldBeFalse();
    }

    [Fact]
    public void Detect_EmptyText_IsClean()
    {
        var detection = _detector.Detect("");

        detection.IsSuspected.ShouldBeFalse();
        detection.Words.ShouldBe(0);
        detection.ToDiagnostic("paragraph 1").ShouldBeNull();
    }

    [Fact]
    public void ToDiagnostic_Suspected_NamesEncodingAndExamples()
    {
        var diagnostic = _detector.Detect("LuËn v¨n: Lêi më ®Çu vÒ hiÖu qu¶").ToDiagnostic("paragraph 3");

        diagnostic.ShouldNotBeNull();
        diagnostic.Code.ShouldBe(LegacyTextDetection.DiagnosticCode);
        diagnostic.Message.ShouldStartWith("paragraph 3: ");
        diagnostic.Message.ShouldContain("Tcvn3");
        diagnostic.Message.ShouldContain("LuËn → Luận");
    }

    [Fact]
    public void Detect_StricterDetector_NeedsMoreEvidence()
    {
        var strict = new LegacyTextDetector { MinSuspectWords = 5 };

        strict.Detect("LuËn v¨n hay").IsSuspected.ShouldBeFalse();
        _detector.Detect("LuËn v¨n hay").IsSuspected.ShouldBeTrue();
    }
}
