from lo import Doc, P, header_table, STATE_MOTTO


def build():
    d = Doc("np_08_purpose_only", "nonplans", {
        "number": "33/KH-TTVH", "kind": "Kế hoạch",
        "title": "Khắc phục tồn tại sau kiểm tra công tác văn thư, lưu trữ năm 2026",
        "issuer": "Trung tâm Văn hóa - Thể thao tỉnh Bình Định", "issued_on": "2026-04-16",
        "signer": P("Trương Minh Trí", "GIÁM ĐỐC"),
        "references": [],
        "recipients": ["Sở Văn hóa, Thể thao và Du lịch", "Các phòng thuộc Trung tâm", "Lưu: VT"],
    })
    d.raw(header_table("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH<br/><b>TRUNG TÂM VĂN HÓA - THỂ THAO</b><br/>-------", STATE_MOTTO,
                       "Số: 33/KH-TTVH", "Bình Định, ngày 16 tháng 4 năm 2026"))
    d.p("<b>KẾ HOẠCH</b>", "center")
    d.p("<b>Khắc phục tồn tại sau kiểm tra công tác văn thư, lưu trữ năm 2026</b>", "center")
    d.section("I", "MỤC ĐÍCH, YÊU CẦU", "I. MỤC ĐÍCH, YÊU CẦU")
    d.p("1. Khắc phục các tồn tại trong công tác văn thư, lưu trữ đã được Đoàn kiểm tra chỉ ra.")
    d.p("2. Bảo đảm hồ sơ, tài liệu được lập, lưu trữ đúng quy định.")
    d.section("II", "TỔ CHỨC THỰC HIỆN", "II. TỔ CHỨC THỰC HIỆN")
    d.p("1. Trưởng các phòng chịu trách nhiệm tổ chức thực hiện trong phạm vi phòng mình phụ trách.")
    d.p("2. Phòng Hành chính - Tổng hợp theo dõi, đôn đốc và báo cáo Giám đốc.")
    d.closing_table(
        "<p><b><i>Nơi nhận:</i></b><br/>- Sở Văn hóa, Thể thao và Du lịch (b/c);<br/>- Các phòng thuộc Trung tâm;<br/>- Lưu: VT.</p>",
        '<p align="center"><b>GIÁM ĐỐC</b><br/><br/><br/><br/><b>Trương Minh Trí</b></p>')
    return d
