using System.Collections.Frozen;

namespace DocIngest.Extraction.Parties;

/// <summary>
/// Rule data for telling a personal name from a title or a body. Entries are lower case with
/// modern tone placement; accent-free entries let "Nguyen Van A" through too.
/// </summary>
internal static class VietnameseNameTables
{
    /// <summary>Common family names; a value without "Đồng chí"/"Đ/c" is a person only if it starts with one.</summary>
    public static FrozenSet<string> Surnames { get; } = Build(
        "nguyễn", "trần", "lê", "phạm", "hoàng", "huỳnh", "phan", "vũ", "võ", "đặng", "bùi", "đỗ",
        "hồ", "ngô", "dương", "lý", "lí", "tôn", "đinh", "lâm", "trương", "mai", "cao", "hà",
        "lương", "đào", "tạ", "châu", "thái", "trịnh", "kiều", "quách", "văn", "tô", "đoàn",
        "vương", "triệu", "hứa", "lưu", "phùng", "âu", "lục", "thân", "khúc", "nông", "ninh",
        "la", "mạc", "tăng", "đồng", "chu", "lại", "giang", "kim", "từ", "diệp", "thạch", "quan",
        "tống", "đàm", "lạc", "ông", "bạch", "doãn", "khổng", "cù", "nghiêm", "hầu", "lò", "lường",
        "ksor", "rơ", "siu", "nay", "rah", "bế", "hoàng", "vi", "lã", "ưng", "khuất",
        // Mông, Dao, Thái and Tây Nguyên family names, common in the plans of mountain districts. Left out
        // where the accent-free form is a title or place word: Bàn (Ban), Tòng (Tổng), Quàng (Quảng),
        // Tẩn (Tân), Điêu (Điều), Lộc, Cầm, Vàng.
        "giàng", "sùng", "thào", "mùa", "lầu", "hờ", "chảo", "phàn", "sầm", "lù", "rmah", "niê", "kpă", "êban", "mlô", "byă");

    /// <summary>
    /// Capitalised words that begin a title or a body, never a personal name in a plan: they end a
    /// name run ("Tôn Thiện Đồng Ủy viên …") and keep "Ban Thường vụ" from reading as a name.
    /// Common given names ("Thành", "Trung", "Đại", "Chánh") are deliberately absent.
    /// </summary>
    public static FrozenSet<string> TitleWords { get; } = Build(TitleWordList);

    /// <summary>The title words as printed with their diacritics (no accent-free forms).</summary>
    public static FrozenSet<string> AccentedTitleWords { get; } = TitleWordList.Select(Canonical).ToFrozenSet(StringComparer.Ordinal);

    private static string[] TitleWordList => [
        "bí", "phó", "trưởng", "chủ", "ủy", "giám", "tỉnh", "thường", "ban", "tổ", "thủ", "lãnh",
        "huyện", "xã", "phường", "đảng", "các", "những", "hđnd", "ubnd", "uvbtv", "bch", "cục", "vụ",
        "bộ", "sở", "phòng", "viện", "hội", "chức", "ủy viên", "tập", "đồng chí", "đ/c", "bt", "pbt",
        "tuv", "uv", "chi", "văn phòng", "thành ủy", "quận", "hiệu", "kế", "kiểm", "tham", "trợ"];

    // Lookups key a word by its canonical tone placement (the contract's mapping, which also moves
    // the mark in "hoàng" → "hòang"), so the entries are keyed the same way.
    private static FrozenSet<string> Build(params string[] words) =>
        words.Select(Canonical).Concat(words.Select(w => DocIngest.Core.Text.VietnameseText.FoldKey(w)))
            .ToFrozenSet(StringComparer.Ordinal);

    private static string Canonical(string word) => DocIngest.Core.Text.VietnameseText.CanonicalTones(word);
}
