using System.Text.RegularExpressions;

namespace DocIngest.Extraction.Deadlines;

/// <summary>
/// The deadline rule table. Every pattern runs on <see cref="FoldedText.Folded"/> (lower case, no
/// marks, đ → d), so "Quý"/"quý", "hằng"/"hàng" and accent-free typing all match the same rule.
/// Patterns avoid nested quantifiers and carry a timeout so hostile input cannot hang a worker.
/// </summary>
internal static partial class DeadlinePatterns
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;
    private const int TimeoutMs = 250;

    // "hoàn thành" is also matched as "hồn thành": PDF text with a broken ToUnicode map (formats.md §9.5).

    [GeneratedRegex(@"\b(thuong\s+xuyen|dinh\s+ky|(hang|moi)\s+(ngay|tuan|thang|quy|nam))\b", Options, TimeoutMs)]
    public static partial Regex Recurring();

    [GeneratedRegex(@"\bda\s+(hoa?n\s+thanh|thuc\s+hien\s+xong|xong)\b", Options, TimeoutMs)]
    public static partial Regex Done();

    /// <summary>"trong (thời gian) 60 ngày (làm việc) kể từ ngày …": the tail says what it counts from.</summary>
    [GeneratedRegex(@"\b(trong\s+(thoi\s+(gian|han)\s+)?|sau\s+|cham\s+nhat\s+)(?<n>\d{1,3})\s+ngay(?<work>\s+lam\s+viec)?\s*,?\s*(ke\s+tu|tinh\s+tu|sau)\s+(ngay\s+)?(?<from>[a-z ]{0,40})", Options, TimeoutMs)]
    public static partial Regex Relative();

    /// <summary>
    /// The counted-from event is the plan's own signing or issue. What follows the signing must be
    /// the plan itself or nothing: "ký quyết định tổ chức lại đơn vị" counts from another
    /// document's signing, whose date the plan does not give.
    /// </summary>
    [GeneratedRegex(@"^((ke\s+hoach|van\s+ban|quyet\s+dinh|chuong\s+trinh)(\s+nay)?\s+(duoc\s+)?)?(ky|ban\s+hanh|ky\s+ban\s+hanh|ky,\s+ban\s+hanh)(\s+(ke\s+hoach|van\s+ban|chuong\s+trinh)(\s+nay)?)?\s*$", Options, TimeoutMs)]
    public static partial Regex OwnIssue();

    /// <summary>Tied to another event ("sau khi có kết luận", "khi kết thúc …", "trong 30 ngày" from an unnamed start): due, date unknown.</summary>
    [GeneratedRegex(@"\b(sau\s+khi|khi\s+ket\s+thuc|ke\s+tu\s+ngay|(sau|trong|cham\s+nhat)\s+\d{1,3}\s+ngay)\b", Options, TimeoutMs)]
    public static partial Regex EventTied();

    /// <summary>
    /// A deadline slot (a trailing parenthesis, a table cell, a "Thời gian:" value) that opens with
    /// "before" or "when" names the event a task waits for: "(trước kỳ họp thường lệ giữa năm)",
    /// "Trước Đại hội", "(khi có hướng dẫn của Trung ương)". Not "trước đây / hết / mắt / tiên"
    /// (formerly, first of all, for now), which are not deadlines.
    /// </summary>
    [GeneratedRegex(@"^\s*(truoc\s+(?!(day|het|mat|tien|do)\b)[a-z]|khi\s+co\s+[a-z])", Options, TimeoutMs)]
    public static partial Regex EnclosedEvent();

    [GeneratedRegex(@"(?<!\d)(?<d>\d{1,2})\s*[/.-]\s*(?<m>\d{1,2})(\s*[/.-]\s*(?<y>\d{4}))?(?![\d/])", Options, TimeoutMs)]
    public static partial Regex NumericDate();

    [GeneratedRegex(@"\bngay\s+(?<d>\d{1,2})\s+thang\s+(?<m>\d{1,2})(\s+nam\s+(?<y>\d{4}))?(?!\d)", Options, TimeoutMs)]
    public static partial Regex LongDate();

    [GeneratedRegex(@"\bthang\s+(?<m>\d{1,2})(?!\d)(\s*[/-]\s*(?<y>\d{4})(?!\d)|\s+(cua\s+)?nam\s+((?<y>\d{4})(?!\d)|(?<now>nay)))?", Options, TimeoutMs)]
    public static partial Regex Month();

    [GeneratedRegex(@"\bqu[yi]\s+(?<q>iv|iii|ii|i|[1-4]|mot|hai|ba|bon|tu)\b(\s*[/-]\s*(?<y>\d{4})(?!\d)|\s+(cua\s+)?nam\s+((?<y>\d{4})(?!\d)|(?<now>nay)))?", Options, TimeoutMs)]
    public static partial Regex Quarter();

    [GeneratedRegex(@"\b(6|sau)\s+thang\s+(?<half>dau|cuoi)\s+nam(\s+((?<y>\d{4})(?!\d)|(?<now>nay)))?", Options, TimeoutMs)]
    public static partial Regex HalfYear();

    [GeneratedRegex(@"\bnam\s+hoc\s*:?\s*(?<y1>\d{4})\s*-\s*(?<y2>\d{4})(?!\d)", Options, TimeoutMs)]
    public static partial Regex SchoolYear();

    [GeneratedRegex(@"(?<cue>\bgiai\s+doan\s*:?\s*)?(?<!\d)(?<y1>\d{4})\s*-\s*(?<y2>\d{4})(?!\d)", Options, TimeoutMs)]
    public static partial Regex YearRange();

    [GeneratedRegex(@"\bnam\s+((?<y>\d{4})(?!\d)|(?<now>nay))|\b(trong|den\s+het|cuoi)\s+nam\b(?!\s*(\d|hoc|nay))", Options, TimeoutMs)]
    public static partial Regex Year();

    [GeneratedRegex(@"^\s*(?<y>\d{4})\s*$", Options, TimeoutMs)]
    public static partial Regex BareYear();

    /// <summary>Words that make a date a deadline rather than a citation (formats.md §5).</summary>
    [GeneratedRegex(@"\b(truoc|hoa?n\s+thanh|thoi\s+gian|thoi\s+han|cham\s+nhat|den\s+het|den\s+(ngay|nam|thang|quy)|trong\s+(quy|thang|nam|giai\s+doan)|giai\s+doan|tien\s+do|han\s+chot|xong)\b", Options, TimeoutMs)]
    public static partial Regex Cue();

    /// <summary>A date right after a document number ("số 61-KH/TU, ngày …") or "ban hành ngày" is a citation.</summary>
    [GeneratedRegex(@"(\bso\s*:?\s*\d+[^\s,;]*|\d+\s*-\s*[a-z]+/[a-z0-9/-]+|\d+[/-][^\s,;]*[a-z][^\s,;]*|\b(ban\s+hanh|ky|hop|hoi\s+nghi)|\()\s*,?\s*(ngay\s*)?$", Options, TimeoutMs)]
    public static partial Regex CitationBefore();

    /// <summary>Where a trailing deadline clause may begin (the task's own deadline after its text).</summary>
    [GeneratedRegex(@"\b(thoi\s+han(\s+hoa?n\s+thanh)?|thoi\s+gian(\s+(hoa?n\s+thanh|thuc\s+hien))?|tien\s+do|(da\s+)?hoa?n\s+thanh|truoc\s+(ngay\s+)?\d+|cham\s+nhat|den\s+het|den\s+(nam|thang|quy)|trong\s+(quy|thang|nam|giai\s+doan)|(thuc\s+hien\s+)?thuong\s+xuyen|dinh\s+ky|(hang|moi)\s+(thang|quy|nam)|trong\s+(thoi\s+(gian|han)\s+)?\d{1,3}\s+ngay)\b", Options, TimeoutMs)]
    public static partial Regex ClauseStart();

    /// <summary>
    /// Clause starts that may follow the task text without a separator; a cadence ("… tiêu biểu
    /// hằng năm") only when it closes the text.
    /// </summary>
    [GeneratedRegex(@"^(truoc|cham\s+nhat|den\s+het|trong\s+(quy|thang)\s|(da\s+)?hoa?n\s+thanh\s+(truoc|trong|xong|trong\s+(quy|thang|nam))|(hang|moi)\s+(thang|quy|nam)$|trong\s+\d{1,3}\s+ngay\s)", Options, TimeoutMs)]
    public static partial Regex StrongClauseStart();

    /// <summary>Words that may stand between a clause cue and its period ("hoàn thành trước ngày …").</summary>
    [GeneratedRegex(@"^(truoc|ngay|cham|nhat|trong|den|het|han|la|vao|tu|dau|cuoi|giua|quy|thang|nam|hoa?n|thanh|thoi|gian|thuc|hien|va|nay|xong|du|kien|chu|yeu|[ivx]+|\d+)$", Options, TimeoutMs)]
    public static partial Regex ConnectorWord();

    [GeneratedRegex(@"^(thoi\s+han|thoi\s+gian|tien\s+do)", Options, TimeoutMs)]
    public static partial Regex LabelStart();

    /// <summary>A parenthesis closing the text (emphasis marks and a final '.' may follow).</summary>
    [GeneratedRegex(@"\s*\((?<inner>[^()]{1,300})\)[\s.;,*_]*$", Options, TimeoutMs)]
    public static partial Regex TrailingParen();
}
