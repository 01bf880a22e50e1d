using System.Text.RegularExpressions;

namespace DocIngest.Extraction.Parties;

/// <summary>Patterns for owners and units. Like the deadline rules they run on folded text.</summary>
internal static partial class PartyPatterns
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;
    private const int TimeoutMs = 250;

    /// <summary>A word of a name or title as printed (letters and combining marks).</summary>
    [GeneratedRegex(@"[\p{L}\p{M}]+", RegexOptions.CultureInvariant, TimeoutMs)]
    public static partial Regex Word();

    [GeneratedRegex(@"^(dong\s+chi|d\s*/\s*c|ong|ba)\b\s*:?\s*", Options, TimeoutMs)]
    public static partial Regex PersonPrefix();

    /// <summary>Degrees and forms of address printed before a name (matched on the original text).</summary>
    [GeneratedRegex(@"^\s*((?:[A-ZĐ][A-Za-zĐđ]{0,6}\.\s*){1,2}|(?:Thầy|Cô|thầy|cô)\s+)", RegexOptions.CultureInvariant, TimeoutMs)]
    public static partial Regex Honorific();

    [GeneratedRegex(@"^(cac|nhung)\s+(dong\s+chi|d\s*/\s*c)\b", Options, TimeoutMs)]
    public static partial Regex CollectivePrefix();

    /// <summary>Where a second person starts inside one line: ", đồng chí B" / " và đ/c B".</summary>
    [GeneratedRegex(@"(,|\s+va)\s+(?=(dong\s+chi|d\s*/\s*c)\s)", Options, TimeoutMs)]
    public static partial Regex NextPerson();

    [GeneratedRegex(@"\s+va\s+", Options, TimeoutMs)]
    public static partial Regex PlainAnd();

    [GeneratedRegex(@"^\s*(,|-|:|/)?\s*(chuc\s+vu\s*:\s*)?", Options, TimeoutMs)]
    public static partial Regex TitleLead();

    /// <summary>How unit names begin (formats.md §6): bodies, offices, collectives ("các …"), acronyms handled in code.</summary>
    [GeneratedRegex(@"^(so|phong|ban|cong\s+an|van\s+phong|ubnd|uy\s+ban|dang\s+uy|dang\s+bo|huyen\s+uy|tinh\s+uy|thanh\s+uy|quan\s+uy|thi\s+uy|mat\s+tran|mttq|hoi(?!\s+(vien|nghi))|doan(?!\s+vien)|tinh\s+doan|huyen\s+doan|truong|benh\s+vien|trung\s+tam|cac|chi\s+bo|chi\s+cuc|chi\s+nhanh|cuc|vien(?!\s+chuc)|bo(?!\s+phan)|thanh\s+tra|kho\s+bac|toa\s+an|hdnd|hoi\s+dong|ubkt|bao\s+[a-z]+\s+(tinh|thanh)|dai\s+phat\s+thanh|lien\s+doan|cong\s+ty|tong\s+cong\s+ty|nganh|ngan\s+hang|thuong\s+truc|lanh\s+dao|to\s+cong\s+tac|thu\s+truong|chu\s+tich|bch|bo\s+chi\s+huy|quan\s+doan|lu\s+doan|dang\s+doan|ban\s+can\s+su|cong\s+chuc)\b", Options, TimeoutMs)]
    public static partial Regex UnitStart();

    /// <summary>Unit words that count only when capitalised (checked by the caller).</summary>
    [GeneratedRegex(@"^(bo\s+phan|to(?!\s+chuc)|khoa|cong\s+doan|hiep\s+hoi|doi|ban\s+chi\s+huy)\b", Options, TimeoutMs)]
    public static partial Regex CapitalisedUnitStart();

    /// <summary>"Văn phòng HĐND", "Văn phòng Đoàn ĐBQH": an office shared by bodies named by acronyms.</summary>
    [GeneratedRegex(@"^van\s+phong(\s+doan)?\s+[a-z]{2,6}$", Options, TimeoutMs)]
    public static partial Regex JointOffice();

    /// <summary>A bare collective head ("Các phòng") that "và"/"," extends rather than ends.</summary>
    [GeneratedRegex(@"^(cac|nhung)\s+[a-z]+$", Options, TimeoutMs)]
    public static partial Regex BareCollective();

    [GeneratedRegex(@"\s*\(\s*(chu\s+tri|phoi\s+hop|thuc\s+hien|tham\s+muu|de\s+biet|bao\s+cao)\s*\)", Options, TimeoutMs)]
    public static partial Regex RoleAnnotation();

    [GeneratedRegex(@"(,|\s+va\s+)", Options, TimeoutMs)]
    public static partial Regex UnitSeparator();

    /// <summary>"(Đơn vị chủ trì: X; đơn vị phối hợp: Y)" inside a trailing parenthesis or clause.</summary>
    [GeneratedRegex(@"^((don\s+vi|co\s+quan)\s+)?chu\s+tri(\s+tham\s+muu)?\s*:\s*(?<a>[^;:]{1,200}?)\s*([;,.]\s*((don\s+vi|co\s+quan)\s+)?phoi\s+hop(\s+thuc\s+hien)?\s*:\s*(?<p>[^:]{1,300}?))?\s*[.;,]?\s*$", Options, TimeoutMs)]
    public static partial Regex LabelledAssignment();

    /// <summary>A labelled assignment clause after a separator at the end of a task.</summary>
    [GeneratedRegex(@"(\s+-\s+|[;.]\s*|\s*\n\s*)(?<label>((don\s+vi|co\s+quan)\s+)?chu\s+tri(\s+tham\s+muu)?\s*:)", Options, TimeoutMs)]
    public static partial Regex LabelledClauseStart();

    /// <summary>Where a task's own verb starts after a unit list; the verbs tasks open with (formats.md §4).</summary>
    internal const string TaskVerbAhead = @"\s+(de|nham|thuc\s+hien|trien\s+khai|to\s+chuc|tham\s+muu|xay\s+dung|ra\s+soat|theo\s+doi|bao\s+cao|huong\s+dan|trong|truoc|hoan\s+thanh|kiem\s+tra|nam|nam\s+bat|giai\s+quyet|xu\s+ly|tong\s+hop|cap\s+nhat|bao\s+dam|dam\s+bao|tuyen\s+truyen|van\s+dong|danh\s+gia|de\s+xuat|chi\s+dao|giam\s+sat|khac\s+phuc|ban\s+hanh|tiep\s+tuc|tang\s+cuong|day\s+manh|nang\s+cao|hoan\s+thien|sua\s+doi|chan\s+chinh|lap|cung\s+co|kien\s+toan|phan\s+dau)\b|\s*[;.(]|\s*$";

    /// <summary>The same, as a pattern of its own, to look past a capitalised name word ("Phòng Tổ chức").</summary>
    [GeneratedRegex(TaskVerbAhead, Options, TimeoutMs)]
    public static partial Regex TaskVerb();

    /// <summary>
    /// "giao X chủ trì, phối hợp với Y …" or "X chủ trì, phối hợp với Y …" at a clause start. The partner
    /// list ends where the task's own verb starts ("… phối hợp với Y nắm tình hình …"), so the lookahead
    /// lists the verbs tasks open with (formats.md §4).
    /// </summary>
    [GeneratedRegex(@"(?<lead>\bgiao\s+(trach\s+nhiem\s+)?(cho\s+)?|^|[;:.]\s*|\s-\s)(?<a>[^;:.()]{2,120}?)\s+(la\s+don\s+vi\s+)?chu\s+tri\b\s*,?\s*(tham\s+muu\s*,?\s*)?(phoi\s+hop\s+(voi\s+)?(?<p>[^;:.()]{2,200}?))?(?=" + TaskVerbAhead + ")", Options, TimeoutMs)]
    public static partial Regex InlineAssignment();
}
