from lo import Doc, T, D, P, header_table, STATE_MOTTO


def build():
    d = Doc("lo_020_ttyt_relative", "libreoffice", {
        "number": "735/KH-TTYT", "kind": "Kế hoạch",
        "title": "Khắc phục những tồn tại trong công tác quản lý dược và sử dụng thuốc tại Trung tâm",
        "issuer": "Trung tâm Y tế khu vực Cao Lãnh", "issued_on": "2026-08-12",
        "signer": P("Nguyễn Thanh Phong", "KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC"),
        "references": [{"number": "2960/SYT-NVD", "kind": "Công văn", "date": "2026-07-28"}],
        "recipients": ["Sở Y tế", "Ban Giám đốc", "Các khoa, phòng, trạm y tế", "Lưu: VT, KD"],
    })
    d.raw(header_table("SỞ Y TẾ TỈNH ĐỒNG THÁP<br/><b>TRUNG TÂM Y TẾ KHU VỰC CAO LÃNH</b><br/>-------", STATE_MOTTO,
                       "Số: 735/KH-TTYT", "Cao Lãnh, ngày 12 tháng 8 năm 2026"))
    d.p("<b>KẾ HOẠCH</b>", "center")
    d.p("<b>Khắc phục những tồn tại trong công tác quản lý dược<br/>và sử dụng thuốc tại Trung tâm</b>", "center")
    d.p("Thực hiện Công văn số 2960/SYT-NVD ngày 28/7/2026 của Sở Y tế về việc thông báo kết quả kiểm tra công tác dược bệnh viện, Trung tâm Y tế khu vực Cao Lãnh xây dựng kế hoạch khắc phục như sau:")
    d.section("I", "MỤC ĐÍCH", "I. MỤC ĐÍCH")
    d.p("Bảo đảm cung ứng thuốc đầy đủ, kịp thời; sử dụng thuốc an toàn, hợp lý, đúng quy định.")
    d.section("II", "NỘI DUNG KHẮC PHỤC", "II. NỘI DUNG KHẮC PHỤC")
    spec = [
        ("Về cung ứng thuốc",
         ["Một số thuốc trong danh mục bị thiếu cục bộ do chậm tổ chức lựa chọn nhà thầu", "Chưa xây dựng được danh mục thuốc thiết yếu của Trung tâm"],
         T("Hoàn thành lựa chọn nhà thầu cung ứng thuốc còn thiếu, bảo đảm không để gián đoạn điều trị", D("due", "2026-09-11", "trong 30 ngày kể từ ngày ký ban hành Kế hoạch"))),
        ("Về sử dụng thuốc",
         ["Tỷ lệ kê đơn kháng sinh ngoại trú còn cao", "Hoạt động của Hội đồng Thuốc và điều trị chưa thường xuyên"],
         T("Triển khai chương trình quản lý sử dụng kháng sinh tại các khoa lâm sàng", D("due", None, "sau khi được Sở Y tế phê duyệt danh mục kỹ thuật"))),
        ("Về bảo quản thuốc",
         ["Kho thuốc chưa có thiết bị theo dõi nhiệt độ, độ ẩm tự động"],
         T("Lắp đặt thiết bị theo dõi nhiệt độ, độ ẩm tự động tại kho chính và các tủ thuốc trực", D("due", "2026-11-30", "trước ngày 30 tháng 11 năm 2026"))),
    ]
    for i, (title, weak, task) in enumerate(spec, 1):
        d.p(f"<b>{i}. {title}</b>")
        d.p("<i>Tồn tại, hạn chế:</i> " + "; ".join(f"({k}) {w}" for k, w in enumerate(weak, 1)) + ".")
        d.p(f"<i>Giải pháp thực hiện:</i> {task.text}.")
        d.p(f"<i>Thời hạn:</i> {task.dl['text']}.")
        d.p("<i>Phân công:</i> Đ/c Nguyễn Thanh Phong - Phó Giám đốc.")
        d.p("<i>Tham mưu:</i> Khoa Dược - Vật tư y tế.")
        task.dl = dict(task.dl, text="Thời hạn: " + task.dl["text"])
        d.add_group(str(i), "II", title, weak, [P("Nguyễn Thanh Phong", "Phó Giám đốc")], ["Khoa Dược - Vật tư y tế"], [], None, [task])
    d.section("III", "TỔ CHỨC THỰC HIỆN", "III. TỔ CHỨC THỰC HIỆN")
    d.p("Khoa Dược - Vật tư y tế làm đầu mối theo dõi, báo cáo Ban Giám đốc và Sở Y tế kết quả thực hiện.")
    d.closing_table(
        "<p><b><i>Nơi nhận:</i></b><br/>- Sở Y tế (để báo cáo);<br/>- Ban Giám đốc;<br/>- Các khoa, phòng, trạm y tế;<br/>- Lưu: VT, KD.</p>",
        '<p align="center"><b>KT. GIÁM ĐỐC<br/>PHÓ GIÁM ĐỐC</b><br/><br/><br/><br/><b>Nguyễn Thanh Phong</b></p>')
    return d
