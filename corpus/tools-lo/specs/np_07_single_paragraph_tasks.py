from lo import Doc, T, D, P, header_table, STATE_MOTTO


def build():
    items = ["Rà soát, cập nhật đầy đủ hồ sơ địa chính của các thửa đất đã cấp giấy chứng nhận",
             "Kiểm tra, xử lý dứt điểm các trường hợp lấn chiếm hành lang an toàn giao thông",
             "Công khai kết quả giải quyết thủ tục hành chính về đất đai tại bộ phận một cửa"]
    text = "Để khắc phục các hạn chế nêu trên, UBND xã tập trung thực hiện: " + "; ".join(f"({i}) {x}" for i, x in enumerate(items, 1))
    d = Doc("np_07_single_paragraph_tasks", "nonplans", {
        "number": "91/KH-UBND", "kind": "Kế hoạch",
        "title": "Khắc phục hạn chế trong quản lý đất đai năm 2026",
        "issuer": "Ủy ban nhân dân xã Vũ Thư", "issued_on": "2026-05-11",
        "signer": P("Đỗ Văn Chiến", "TM. ỦY BAN NHÂN DÂN CHỦ TỊCH"),
        "references": [],
        "recipients": ["Đảng ủy xã", "HĐND xã", "Lưu: VT"],
    })
    d.raw(header_table("ỦY BAN NHÂN DÂN<br/><b>XÃ VŨ THƯ</b><br/>-------", STATE_MOTTO,
                       "Số: 91/KH-UBND", "Vũ Thư, ngày 11 tháng 5 năm 2026"))
    d.p("<b>KẾ HOẠCH</b>", "center")
    d.p("<b>Khắc phục hạn chế trong quản lý đất đai năm 2026</b>", "center")
    d.section("I", "MỤC ĐÍCH, YÊU CẦU", "I. MỤC ĐÍCH, YÊU CẦU")
    d.p("Chấn chỉnh công tác quản lý nhà nước về đất đai trên địa bàn xã.")
    d.section("II", "NHIỆM VỤ, GIẢI PHÁP", "II. NHIỆM VỤ, GIẢI PHÁP")
    w = "Hồ sơ địa chính chưa được cập nhật đầy đủ; tình trạng lấn chiếm hành lang an toàn giao thông vẫn còn xảy ra."
    d.p("Hạn chế: " + w)
    t = T(text, D("due", "2026-12-31", "hoàn thành trong năm 2026"), items=items)
    d.p(f"{t.text} ({t.dl['text']}).")
    d.add_group("II", "II", "NHIỆM VỤ, GIẢI PHÁP", [w], [], [], [], None, [t])
    d.section("III", "TỔ CHỨC THỰC HIỆN", "III. TỔ CHỨC THỰC HIỆN")
    d.p("Giao công chức Địa chính - Nông nghiệp - Xây dựng và Môi trường tham mưu UBND xã triển khai, báo cáo kết quả.")
    d.closing_table(
        "<p><b><i>Nơi nhận:</i></b><br/>- Đảng ủy xã;<br/>- HĐND xã;<br/>- Lưu: VT.</p>",
        '<p align="center"><b>TM. ỦY BAN NHÂN DÂN<br/>CHỦ TỊCH</b><br/><br/><br/><br/><b>Đỗ Văn Chiến</b></p>')
    return d
