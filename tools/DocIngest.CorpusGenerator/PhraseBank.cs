namespace DocIngest.CorpusGenerator;

/// <summary>
/// Word banks the generator composes sentences from. Sentences are built from parts (verb × object ×
/// scope × purpose) so that a corpus of hundreds of tasks never repeats one; the tool asserts that.
/// </summary>
internal static class PhraseBank
{
    public static IReadOnlyList<string> Verbs { get; } =
    [
        "Tiếp tục", "Tăng cường", "Rà soát", "Đẩy mạnh", "Nâng cao chất lượng", "Chấn chỉnh", "Kiện toàn",
        "Bổ sung", "Hoàn thiện", "Tổ chức", "Thực hiện nghiêm", "Chủ động", "Tập trung", "Đổi mới",
        "Siết chặt", "Quán triệt", "Triển khai", "Xây dựng", "Cụ thể hóa", "Đôn đốc", "Theo dõi sát",
        "Thường xuyên kiểm tra", "Sửa đổi", "Điều chỉnh", "Chỉ đạo", "Rút kinh nghiệm", "Khắc phục dứt điểm",
        "Phối hợp chặt chẽ trong", "Làm tốt", "Duy trì", "Ưu tiên nguồn lực cho", "Số hóa", "Công khai",
        "Tham mưu", "Đánh giá lại", "Củng cố", "Phát huy", "Đề xuất", "Chuẩn hóa", "Cải tiến",
    ];

    public static IReadOnlyList<string> Objects { get; } =
    [
        "công tác quy hoạch cán bộ", "việc luân chuyển cán bộ", "công tác đánh giá, xếp loại cán bộ",
        "việc đào tạo, bồi dưỡng công chức", "công tác bảo vệ chính trị nội bộ", "việc quản lý hồ sơ đảng viên",
        "công tác phát triển đảng viên", "chất lượng sinh hoạt chi bộ", "công tác kiểm tra, giám sát",
        "việc thực hiện quy chế dân chủ ở cơ sở", "công tác tuyên truyền miệng", "việc nắm bắt dư luận xã hội",
        "công tác cải cách hành chính", "việc giải quyết thủ tục hành chính", "công tác tiếp công dân",
        "việc giải quyết đơn thư khiếu nại, tố cáo", "công tác phòng, chống tham nhũng", "việc quản lý tài chính, ngân sách",
        "công tác thu ngân sách", "việc quản lý đất đai", "công tác bồi thường, giải phóng mặt bằng",
        "việc quản lý trật tự xây dựng", "công tác bảo vệ môi trường", "việc thu gom, xử lý rác thải",
        "công tác chuyển đổi số", "việc vận hành phần mềm quản lý văn bản", "công tác văn thư, lưu trữ",
        "việc ứng dụng chữ ký số", "công tác thi đua, khen thưởng", "việc thực hiện chế độ thông tin, báo cáo",
        "công tác phòng, chống thiên tai", "việc bảo đảm an toàn giao thông", "công tác quốc phòng, quân sự địa phương",
        "việc quản lý cư trú", "công tác dân vận chính quyền", "việc xây dựng nông thôn mới",
        "công tác giảm nghèo bền vững", "việc chăm sóc người có công", "công tác dân số, gia đình",
        "việc khám, chữa bệnh bảo hiểm y tế", "công tác phòng, chống dịch bệnh", "việc quản lý an toàn thực phẩm",
        "chất lượng dạy và học", "công tác kiểm tra nội bộ trường học", "việc bồi dưỡng học sinh giỏi",
        "công tác xã hội hóa giáo dục", "việc quản lý cơ sở vật chất", "công tác phổ cập giáo dục",
        "việc thực hiện quy tắc ứng xử", "công tác kiểm soát nhiễm khuẩn", "việc quản lý thuốc, vật tư y tế",
        "công tác chăm sóc người bệnh", "việc lập hồ sơ bệnh án điện tử", "công tác thanh toán viện phí",
        "việc quản lý đầu tư công", "công tác giải ngân vốn đầu tư", "việc thẩm định dự án",
        "công tác quản lý tài sản công", "việc thực hành tiết kiệm, chống lãng phí", "công tác lưu trữ hồ sơ địa chính",
    ];

    public static IReadOnlyList<string> Scopes { get; } =
    [
        "tại các chi bộ trực thuộc", "ở cấp cơ sở", "trong toàn đơn vị", "tại các phòng chuyên môn",
        "trên địa bàn toàn huyện", "ở các thôn, tổ dân phố", "trong đội ngũ cán bộ chủ chốt", "tại bộ phận một cửa",
        "trong khối cơ quan", "ở các đơn vị sự nghiệp", "trong các tổ chuyên môn", "tại các khoa, phòng",
        "ở các xã vùng khó khăn", "trong năm học", "trên địa bàn tỉnh", "ở các cơ quan tham mưu",
        "trong đội ngũ công chức trẻ", "tại các điểm trường", "trong các tổ chức đoàn thể", "ở những nơi còn yếu kém",
        "theo từng quý", "đối với người đứng đầu", "ở các khu dân cư", "trong các doanh nghiệp nhà nước",
        "đối với các đề án còn chậm", "trong công tác phối hợp liên ngành", "tại trụ sở cơ quan",
        "ở các đơn vị có vi phạm", "trong toàn Đảng bộ", "tại các tổ công tác",
    ];

    public static IReadOnlyList<string> Purposes { get; } =
    [
        "bảo đảm đúng quy định", "nâng cao hiệu lực, hiệu quả quản lý", "không để tái diễn sai sót",
        "đáp ứng yêu cầu nhiệm vụ trong tình hình mới", "tạo chuyển biến rõ nét", "bảo đảm công khai, minh bạch",
        "góp phần hoàn thành chỉ tiêu nghị quyết", "kịp thời phát hiện, xử lý vi phạm", "tránh hình thức, chiếu lệ",
        "phù hợp với điều kiện thực tế của địa phương", "bảo đảm tiến độ đề ra", "nâng cao sự hài lòng của người dân",
        "phát huy vai trò của người đứng đầu", "gắn trách nhiệm của từng cá nhân", "tăng cường kỷ luật, kỷ cương",
        "bảo đảm thống nhất, đồng bộ", "khắc phục triệt để những tồn tại đã chỉ ra", "rút ngắn thời gian xử lý",
        "tiết kiệm chi phí", "phòng ngừa sai phạm từ sớm",
    ];

    public static IReadOnlyList<string> WeaknessSubjects { get; } =
    [
        "Công tác tham mưu", "Việc tổ chức thực hiện", "Sự phối hợp giữa các bộ phận", "Việc kiểm tra, đôn đốc",
        "Chất lượng văn bản tham mưu", "Tiến độ giải quyết công việc", "Ý thức trách nhiệm của một bộ phận cán bộ",
        "Việc cập nhật, báo cáo số liệu", "Công tác lưu trữ hồ sơ", "Việc nắm bắt tình hình cơ sở",
        "Việc triển khai các văn bản của cấp trên", "Năng lực chuyên môn của một số công chức",
        "Vai trò của người đứng đầu một số đơn vị", "Việc sơ kết, tổng kết", "Công tác dự báo tình hình",
    ];

    public static IReadOnlyList<string> WeaknessProblems { get; } =
    [
        "còn chậm, chưa kịp thời", "có lúc chưa chủ động", "chưa thật sự chặt chẽ", "còn mang tính hình thức",
        "chưa đáp ứng yêu cầu", "còn lúng túng, bị động", "chưa sâu sát", "có nội dung chưa bảo đảm chất lượng",
        "còn để xảy ra sai sót", "chưa thường xuyên, liên tục", "hiệu quả chưa cao", "chưa đồng bộ",
    ];

    public static IReadOnlyList<string> GroupTopics { get; } =
    [
        "công tác cán bộ", "công tác bảo vệ chính trị nội bộ", "công tác xây dựng tổ chức đảng và đảng viên",
        "công tác kiểm tra, giám sát", "công tác tuyên truyền", "công tác cải cách hành chính",
        "công tác quản lý tài chính", "công tác quản lý đất đai", "công tác chuyển đổi số",
        "công tác tiếp công dân và giải quyết đơn thư", "việc nắm tình hình cơ sở", "công tác văn phòng",
        "công tác phòng, chống tham nhũng, lãng phí", "công tác chuyên môn", "công tác phối hợp",
        "việc thực hiện chế độ báo cáo", "công tác dân vận", "công tác thi đua, khen thưởng",
    ];

    public static IReadOnlyList<string> Surnames { get; } =
    [
        "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ",
        "Ngô", "Dương", "Lý", "Đinh", "Trương", "Mai", "Tạ", "Cao", "Lương", "Hà", "Tôn",
    ];

    public static IReadOnlyList<string> MiddleNames { get; } =
    [
        "Văn", "Thị", "Hữu", "Đức", "Minh", "Thanh", "Quốc", "Ngọc", "Xuân", "Thu", "Đình", "Công", "Bảo",
        "Hồng", "Kim", "Anh", "Trọng", "Thế", "Duy", "Phương",
    ];

    public static IReadOnlyList<string> GivenNames { get; } =
    [
        "An", "Bình", "Cường", "Dũng", "Đạt", "Giang", "Hà", "Hải", "Hạnh", "Hiếu", "Hoa", "Hùng", "Huy",
        "Khánh", "Lan", "Linh", "Long", "Mai", "Nam", "Nga", "Nhung", "Phong", "Phúc", "Quang", "Sơn",
        "Tâm", "Thành", "Thảo", "Thắng", "Toàn", "Trang", "Trung", "Tuấn", "Vân", "Việt", "Yến",
    ];

    public static IReadOnlyList<string> Provinces { get; } =
    [
        "Thanh Hóa", "Nghệ An", "Quảng Bình", "Quảng Nam", "Bình Định", "Đắk Lắk", "Lâm Đồng", "Tây Ninh",
        "An Giang", "Cà Mau", "Lào Cai", "Tuyên Quang", "Hưng Yên", "Ninh Bình", "Quảng Ngãi", "Gia Lai",
    ];

    public static IReadOnlyList<string> Districts { get; } =
    [
        "Đông Sơn", "Ngọc Khê", "Tân Phước", "Hòa Vang", "Phú Lộc", "Krông Nô", "Yên Thành", "Mỹ Xuyên",
        "Long Phú", "Thạch Hà", "Vĩnh Linh", "Cam Lộ", "Bình Sơn", "Đức Phổ", "Tam Nông", "Châu Thành",
    ];

    public static IReadOnlyList<string> Communes { get; } =
    [
        "Tân Thành", "La Bằng", "Hòa Hội", "Xuân Lộc", "Phước Hưng", "Quảng Phú", "Nghĩa Trung", "Thanh Tân",
        "Đại Đồng", "Hưng Lộc", "An Thạnh", "Mỹ Hòa", "Trung Sơn", "Cẩm Bình",
    ];
}
