from lo import Doc, T, P, header_table, PARTY_MOTTO


def build():
    d = Doc("np_06_one_group_no_deadline", "nonplans", {
        "number": "03-KH/CB", "kind": "Kế hoạch",
        "title": "khắc phục hạn chế, khuyết điểm của Chi bộ Văn phòng năm 2026",
        "issuer": "Chi bộ Văn phòng", "issued_on": "2026-02-26",
        "signer": P("Hoàng Thị Yến", "T/M CHI BỘ BÍ THƯ"),
        "references": [],
        "recipients": ["Đảng ủy Sở", "Đảng viên trong Chi bộ", "Lưu Chi bộ"],
    })
    d.raw(header_table("ĐẢNG BỘ SỞ XÂY DỰNG<br/><b>CHI BỘ VĂN PHÒNG</b><br/>*", PARTY_MOTTO,
                       "Số 03-KH/CB", "Nam Định, ngày 26 tháng 02 năm 2026"))
    d.p("<b>KẾ HOẠCH</b>", "center")
    d.p("<b>khắc phục hạn chế, khuyết điểm của Chi bộ Văn phòng năm 2026</b>", "center")
    d.p("Qua kiểm điểm năm 2025, Chi bộ Văn phòng xây dựng kế hoạch khắc phục hạn chế, khuyết điểm như sau:")
    d.section("I", "MỤC ĐÍCH, YÊU CẦU", "I. MỤC ĐÍCH, YÊU CẦU")
    d.p("Nâng cao chất lượng sinh hoạt chi bộ và ý thức trách nhiệm của đảng viên.")
    d.section("II", "NHIỆM VỤ, GIẢI PHÁP", "II. NHIỆM VỤ, GIẢI PHÁP")
    w = "Nội dung sinh hoạt chi bộ thường kỳ còn nặng về triển khai công việc chuyên môn, ít thảo luận về công tác tư tưởng."
    d.p("<b>1. Nâng cao chất lượng sinh hoạt chi bộ</b>")
    d.p("<i>Hạn chế:</i> " + w)
    t = [T("Chuẩn bị nội dung sinh hoạt trước mỗi kỳ họp, dành thời gian thảo luận về tình hình tư tưởng của đảng viên"),
         T("Mỗi quý tổ chức ít nhất một lần sinh hoạt chuyên đề do đảng viên được phân công chuẩn bị"),
         T("Đảng viên thực hiện nghiêm việc tự phê bình và phê bình trong sinh hoạt chi bộ")]
    d.raw(d.tasks_html(t, "- ", "{t}."))
    d.p("<i>Phụ trách:</i> Đồng chí Hoàng Thị Yến, Bí thư Chi bộ.")
    d.add_group("1", "II", "Nâng cao chất lượng sinh hoạt chi bộ", [w], [P("Hoàng Thị Yến", "Bí thư Chi bộ")], [], [], None, t)
    d.section("III", "TỔ CHỨC THỰC HIỆN", "III. TỔ CHỨC THỰC HIỆN")
    d.p("Chi ủy theo dõi, đánh giá việc thực hiện tại các kỳ sinh hoạt chi bộ.")
    d.closing_table(
        "<p><u>Nơi nhận</u>:<br/>- Đảng ủy Sở (b/c),<br/>- Đảng viên trong Chi bộ,<br/>- Lưu Chi bộ.</p>",
        '<p align="center"><b>T/M CHI BỘ<br/>BÍ THƯ</b><br/><br/><br/><br/><b>Hoàng Thị Yến</b></p>')
    return d
