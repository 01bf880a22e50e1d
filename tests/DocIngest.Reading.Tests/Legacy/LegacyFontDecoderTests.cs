using System.Text;
using DocIngest.Reading.Legacy;

namespace DocIngest.Reading.Tests.Legacy;

public sealed class LegacyFontDecoderTests
{
    public static TheoryData<string> LowerCaseLetters()
    {
        var data = new TheoryData<string>();
        foreach (var letter in LegacyTestEncoder.AllVietnameseLetters().Where(l => char.IsLower(l[0])))
        {
            data.Add(letter);
        }

        return data;
    }

    [Fact]
    public void AllVietnameseLetters_Generated_Are134Distinct()
    {
        var letters = LegacyTestEncoder.AllVietnameseLetters();

        letters.Count.ShouldBe(134);
        letters.Distinct(StringComparer.Ordinal).Count().ShouldBe(134);
        letters.ShouldContain("ự");
        letters.ShouldContain("Ỵ");
        letters.ShouldContain("Đ");
    }

    [Theory]
    [MemberData(nameof(LowerCaseLetters))]
    public void Decode_Tcvn3EveryLowerCaseLetter_RoundTrips(string letter)
    {
        var encoded = LegacyTestEncoder.ToTcvn3(letter);

        encoded.Length.ShouldBe(1);
        encoded[0].ShouldBeInRange('\u00A1', '\u00FE');
        LegacyFontDecoder.Decode(encoded, ".VnTime").ShouldBe(letter);
        LegacyFontDecoder.Decode("t" + encoded + "n", ".VnTime").ShouldBe("t" + letter + "n");
    }

    [Theory]
    [MemberData(nameof(LowerCaseLetters))]
    public void Decode_Tcvn3CapitalsFontEveryLetter_GivesTheCapital(string letter)
    {
        var capital = letter.ToUpperInvariant();
        var encoded = LegacyTestEncoder.ToTcvn3(capital, capitalsFont: true);

        LegacyFontDecoder.Decode(encoded, ".VnTimeH").ShouldBe(capital);
        LegacyFontDecoder.Decode(encoded, ".VnArialH").ShouldBe(capital);
    }

    [Fact]
    public void Decode_Tcvn3AllCodes_AreDistinctLetters()
    {
        var lower = LegacyTestEncoder.AllVietnameseLetters().Where(l => char.IsLower(l[0])).ToList();
        var codes = lower.Select(l => LegacyTestEncoder.ToTcvn3(l)).ToList();

        codes.Distinct(StringComparer.Ordinal).Count().ShouldBe(67);
        string.Concat(codes.Select(c => LegacyFontDecoder.Decode(c, ".VnTime"))).ShouldBe(string.Concat(lower));
    }

    [Fact]
    public void Decode_Tcvn3CapitalsWithoutTone_DecodeInTheNormalFont()
    {
        LegacyFontDecoder.Decode("¡¢£¤¥¦§", ".VnTime").ShouldBe("ĂÂÊÔƠƯĐ");
        LegacyTestEncoder.ToTcvn3("ĂÂÊÔƠƯĐ").ShouldBe("¡¢£¤¥¦§");
    }

    [Fact]
    public void Decode_VniEveryLetter_RoundTrips()
    {
        foreach (var letter in LegacyTestEncoder.AllVietnameseLetters())
        {
            var encoded = LegacyTestEncoder.ToVni(letter);

            // VNI has only 8-bit codes (ì and í happen to be Latin-1's own).
            encoded.ShouldAllBe(c => c <= '\u00FF', $"'{letter}' must be written with VNI bytes");
            LegacyFontDecoder.Decode(encoded, "VNI-Times").ShouldBe(letter, $"'{letter}' as VNI '{encoded}'");
            LegacyFontDecoder.Decode("t" + encoded + "n", "VNI-Helve").ShouldBe("t" + letter + "n");
        }
    }

    [Theory]
    [InlineData("Céng hßa x· héi chñ nghÜa ViÖt Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam")]
    [InlineData("§éc lËp - Tù do - H¹nh phóc", "Độc lập - Tự do - Hạnh phúc")]
    [InlineData("KÕ ho¹ch kh¾c phôc h¹n chÕ, khuyÕt ®iÓm", "Kế hoạch khắc phục hạn chế, khuyết điểm")]
    [InlineData("LuËn v¨n", "Luận văn")]
    [InlineData("Lêi më ®Çu", "Lời mở đầu")]
    [InlineData("hiÖu qu¶", "hiệu quả")]
    [InlineData("tr\u00ADêng", "trường")]
    public void Decode_Tcvn3KnownText_GivesUnicode(string tcvn3, string expected)
    {
        LegacyFontDecoder.Decode(tcvn3, ".VnTime").ShouldBe(expected);
        LegacyTestEncoder.ToTcvn3(expected).ShouldBe(tcvn3);
    }

    [Theory]
    [InlineData("Céng HOµ", "CỘNG HOÀ")]
    [InlineData("céng hoµ x· héi chñ nghÜa viÖt nam", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM")]
    [InlineData("KÕ HO¹CH", "KẾ HOẠCH")]
    [InlineData("®¶ng bé tØnh", "ĐẢNG BỘ TỈNH")]
    public void Decode_Tcvn3CapitalsFontKnownText_GivesCapitals(string tcvn3, string expected)
    {
        LegacyFontDecoder.Decode(tcvn3, ".VnTimeH").ShouldBe(expected);
    }

    [Theory]
    [InlineData("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam")]
    [InlineData("Ñoäc laäp - Töï do - Haïnh phuùc", "Độc lập - Tự do - Hạnh phúc")]
    [InlineData("COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")]
    [InlineData("ÑAÛNG BOÄ TÆNH", "ĐẢNG BỘ TỈNH")]
    [InlineData("Keá hoaïch", "Kế hoạch")]
    [InlineData("Tröôøng ñöôïc naêm thaùng ngaøy", "Trường được năm tháng ngày")]
    [InlineData("Quyù III, kyø hoïp, söï nghieäp, möôøi", "Quý III, kỳ họp, sự nghiệp, mười")]
    [InlineData("khaéc phuïc, chæ ñaïo, thöïc hieän thöôøng xuyeân", "khắc phục, chỉ đạo, thực hiện thường xuyên")]
    public void Decode_VniKnownText_GivesUnicode(string vni, string expected)
    {
        LegacyFontDecoder.Decode(vni, "VNI-Times").ShouldBe(expected);
        LegacyTestEncoder.ToVni(expected).ShouldBe(vni);
    }

    [Fact]
    public void Decode_SymbolAreaCodePoints_DecodeLikeLatin1()
    {
        var tcvn3 = new string("Céng hßa".Select(c => (char)(c + 0xF000)).ToArray());
        var vni = new string("Vieät".Select(c => (char)(c + 0xF000)).ToArray());

        LegacyFontDecoder.Decode(tcvn3, ".VnTime").ShouldBe("Cộng hòa");
        LegacyFontDecoder.Decode(vni, "VNI-Times").ShouldBe("Việt");
    }

    [Fact]
    public void Decode_VniMarkWithNothingToSitOn_KeepsTheCharacter()
    {
        LegacyFontDecoder.Decode("ø 3ù nñ", "VNI-Times").ShouldBe("ø 3ù nđ");
        // A second tone after a finished letter stays a Latin-1 letter rather than stacking marks.
        LegacyFontDecoder.Decode("aùù", "VNI-Times").ShouldBe("áù");
        // Breve only sits on a.
        LegacyFontDecoder.Decode("oê", "VNI-Times").ShouldBe("oê");
    }

    [Theory]
    [InlineData("Times New Roman")]
    [InlineData(null)]
    [InlineData("")]
    public void Decode_UnicodeFont_ReturnsTextAsNfc(string? font)
    {
        var nfd = "Cộng hòa Việt Nam".Normalize(NormalizationForm.FormD);

        LegacyFontDecoder.Decode(nfd, font).ShouldBe("Cộng hòa Việt Nam");
        LegacyFontDecoder.Decode("Céng hßa", font).ShouldBe("Céng hßa");
    }

    [Fact]
    public void Decode_Result_IsNfc()
    {
        var decoded = LegacyFontDecoder.Decode("Vieät Nam Tröôøng", "VNI-Times");

        decoded.IsNormalized(NormalizationForm.FormC).ShouldBeTrue();
        decoded.Length.ShouldBe("Việt Nam Trường".Length);
    }

    [Fact]
    public void Decode_EmptyText_IsEmpty()
    {
        LegacyFontDecoder.Decode("", ".VnTime").ShouldBe("");
        LegacyFontDecoder.Decode("", "VNI-Times").ShouldBe("");
        Should.Throw<ArgumentNullException>(() => LegacyFontDecoder.Decode(null!, ".VnTime"));
    }

    [Theory]
    [InlineData(".VnTime", "Tcvn3")]
    [InlineData(".VnArial", "Tcvn3")]
    [InlineData(".VnCentury Schoolbook", "Tcvn3")]
    [InlineData(".VnAvant", "Tcvn3")]
    [InlineData(".VnCourier New", "Tcvn3")]
    [InlineData(".VnHelvetIns", "Tcvn3")]
    [InlineData(".VnBook-Antiqua", "Tcvn3")]
    [InlineData(" .VnTime ", "Tcvn3")]
    [InlineData(".VnTimeH", "Tcvn3Capitals")]
    [InlineData(".VnArialH", "Tcvn3Capitals")]
    [InlineData(".VnHelvetInsH", "Tcvn3Capitals")]
    [InlineData(".VnBook-AntiquaH", "Tcvn3Capitals")]
    [InlineData("VNI-Times", "Vni")]
    [InlineData("VNI-Helve", "Vni")]
    [InlineData("vni-aptima", "Vni")]
    [InlineData("Times New Roman", "None")]
    [InlineData("Arial", "None")]
    [InlineData("VNI", "None")]
    [InlineData(".Vn", "None")]
    [InlineData("", "None")]
    [InlineData(null, "None")]
    public void EncodingOf_FontName_GivesFamily(string? font, string expectedName)
    {
        var expected = Enum.Parse<LegacyEncoding>(expectedName);
        LegacyFontDecoder.EncodingOf(font).ShouldBe(expected);
        LegacyFontDecoder.IsLegacyFont(font).ShouldBe(expected != LegacyEncoding.None);
    }

    [Theory]
    [InlineData(".VnTime", ".VnTime", ".VnTime")]
    [InlineData("Times New Roman", ".VnTime", ".VnTime")]
    [InlineData(".VnTime", "Times New Roman", "Times New Roman")]
    [InlineData("VNI-Times", null, "VNI-Times")]
    [InlineData("VNI-Times", " ", "VNI-Times")]
    [InlineData(null, null, null)]
    public void DecodingFont_AsciiAndHighAnsi_PrefersHighAnsi(string? ascii, string? highAnsi, string? expected)
    {
        LegacyFontDecoder.DecodingFont(ascii, highAnsi).ShouldBe(expected);
    }

    [Theory]
    [InlineData(".VnTime")]
    [InlineData(".VnTimeH")]
    [InlineData("VNI-Times")]
    public void Decode_TextAlreadyUnicodeInLegacyFont_IsLeftAlone(string font)
    {
        LegacyFontDecoder.Decode("Cộng hòa xã hội chủ nghĩa Việt Nam", font).ShouldBe("Cộng hòa xã hội chủ nghĩa Việt Nam");
        LegacyFontDecoder.Decode("Văn bản", font).ShouldBe("Văn bản");
        LegacyFontDecoder.Decode("Vie\u0302\u0323t", font).ShouldBe("Việt");
    }

    [Fact]
    public void IsAlreadyUnicode_LegacyBytes_IsFalse()
    {
        LegacyFontDecoder.IsAlreadyUnicode("Céng hßa x· héi chñ nghÜa ViÖt Nam").ShouldBeFalse();
        LegacyFontDecoder.IsAlreadyUnicode("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam").ShouldBeFalse();
        LegacyFontDecoder.IsAlreadyUnicode("Tr\u00ADêng").ShouldBeFalse();
        LegacyFontDecoder.IsAlreadyUnicode("đ").ShouldBeTrue();
    }

    [Fact]
    public void Decode_Tcvn3EveryHighByte_IsALetterOrUnchanged()
    {
        var letters = LegacyTestEncoder.AllVietnameseLetters().ToHashSet(StringComparer.Ordinal);
        var decoded = Enumerable.Range(0xA0, 0x60)
            .Select(code => (Code: ((char)code).ToString(), Text: LegacyFontDecoder.Decode(((char)code).ToString(), ".VnTime")))
            .ToList();

        var changed = decoded.Where(d => d.Text != d.Code).ToList();

        // 74 letters have a byte; 0xFD is ý in both TCVN3 and Latin-1, so only 73 bytes change.
        changed.Count.ShouldBe(73);
        changed.ShouldAllBe(d => letters.Contains(d.Text));
        changed.Select(d => d.Text).Distinct().Count().ShouldBe(73);
        LegacyFontDecoder.Decode("\u00FD", ".VnTime").ShouldBe("ý");
    }
}
