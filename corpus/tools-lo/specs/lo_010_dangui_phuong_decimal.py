from lo import Doc, T, D, P, header_table, PARTY_MOTTO


def build():
    d = Doc("lo_010_dangui_phuong_decimal", "libreoffice", {
        "number": "31-KH/ĐU", "kind": "Kế hoạch",
        "title": "KHẮC PHỤC HẠN CHẾ, KHUYẾT ĐIỂM CỦA BAN THƯỜNG VỤ ĐẢNG ỦY PHƯỜNG QUA KIỂM ĐIỂM NĂM 2025",
        "issuer": "Đảng ủy phường Nha Trang", "issued_on": "2026-03-09",
        "signer": P("Lê Thị Thanh Xuân", "T/M BAN THƯỜNG VỤ BÍ THƯ"),
        "references": [{"number": "112-KH/TU", "kind": "Kế hoạch", "date": "2026-02-24"}],
        "recipients": ["Ban Thường vụ Tỉnh ủy", "Ủy ban Kiểm tra Tỉnh ủy", "Các đồng chí Ủy viên Ban Chấp hành", "Các chi, đảng bộ trực thuộc", "Lưu Văn phòng"],
    })
    d.raw(header_table("ĐẢNG BỘ TỈNH KHÁNH HÒA<br/><b>ĐẢNG ỦY PHƯỜNG NHA TRANG</b><br/>*", PARTY_MOTTO,
                       "Số 31-KH/ĐU", "Nha Trang, ngày 09 tháng 3 năm 2026"))
    d.p("<b>KẾ HOẠCH</b>", "center")
    d.p("<b>KHẮC PHỤC HẠN CHẾ, KHUYẾT ĐIỂM CỦA BAN THƯỜNG VỤ ĐẢNG ỦY PHƯỜNG<br/>QUA KIỂM ĐIỂM NĂM 2025</b>", "center")
    d.p("Thực hiện Kế hoạch số 112-KH/TU, ngày 24-02-2026 của Ban Thường vụ Tỉnh ủy, Ban Thường vụ Đảng ủy phường Nha Trang xây dựng kế hoạch khắc phục hạn chế, khuyết điểm như sau:")
    d.section("1", "MỤC ĐÍCH, YÊU CẦU", "1. MỤC ĐÍCH, YÊU CẦU")
    d.p("-Khắc phục có hiệu quả những hạn chế, khuyết điểm đã chỉ ra tại hội nghị kiểm điểm năm 2025.")
    d.p("-Gắn việc khắc phục với thực hiện nhiệm vụ chính trị năm 2026 của phường.")
    d.section("2", "NHIỆM VỤ, GIẢI PHÁP KHẮC PHỤC", "2. NHIỆM VỤ, GIẢI PHÁP KHẮC PHỤC")
    # 2.1
    w1 = "Lãnh đạo chuyển đổi số trong hoạt động của Đảng ủy và chính quyền phường còn chậm, tỷ lệ văn bản điện tử có ký số chưa đạt chỉ tiêu."
    d.p("<b>2.1. Về lãnh đạo chuyển đổi số</b>")
    d.p("<i>Hạn chế:</i> " + w1)
    t1 = [T("Ban hành chương trình chuyển đổi số của Đảng ủy phường giai đoạn 2026 - 2030"),
          T("Triển khai ký số đối với 100% văn bản đi của Đảng ủy, HĐND, UBND phường"),
          T("Tổ chức bồi dưỡng kỹ năng số cho cán bộ, công chức và bí thư các chi bộ")]
    d.raw(d.tasks_html(t1, "-", "{t}."))
    gd1 = D("due", "2026-09-30", "tháng 9/2026")
    d.p("<i>Thời gian hoàn thành:</i> tháng 9/2026.")
    d.p("<i>Phụ trách:</i> Đồng chí Võ Thị Hạnh, Phó Bí thư Thường trực Đảng ủy phường và đồng chí Lê Quang Vinh, Đảng ủy viên, Chủ tịch UBND phường.")
    d.p("<i>Đơn vị chủ trì (tham mưu):</i> Văn phòng Đảng ủy.")
    d.p("<i>Đơn vị phối hợp:</i> Văn phòng HĐND và UBND phường, Công an phường.")
    d.add_group("2.1", "2", "Về lãnh đạo chuyển đổi số", [w1],
                [P("Võ Thị Hạnh", "Phó Bí thư Thường trực Đảng ủy phường"), P("Lê Quang Vinh", "Đảng ủy viên, Chủ tịch UBND phường")],
                ["Văn phòng Đảng ủy"], ["Văn phòng HĐND và UBND phường", "Công an phường"], gd1, t1)
    # 2.2
    w2 = "Công tác nắm tình hình, giải quyết các kiến nghị của Nhân dân về ô nhiễm môi trường ở khu dân cư ven biển chưa dứt điểm."
    d.p("<b>2.2. Về giải quyết kiến nghị của Nhân dân</b>")
    d.p("<i>Hạn chế:</i> " + w2)
    t2 = [T("Tổ chức đối thoại với Nhân dân khu dân cư ven biển về xử lý ô nhiễm môi trường", D("due", "2026-05-31", "trước ngày 31-5-2026")),
          T("Theo dõi, đôn đốc việc giải quyết kiến nghị của cử tri sau các kỳ tiếp xúc", D("recurring", None, "thường xuyên"))]
    d.raw(d.tasks_html(t2, "-", "{t} ({d})."))
    d.p("<i>Phụ trách:</i> Đồng chí Lê Quang Vinh, Đảng ủy viên, Chủ tịch UBND phường.")
    d.p("<i>Đơn vị chủ trì (tham mưu):</i> Phòng Kinh tế, Hạ tầng và Đô thị.")
    d.p("<i>Đơn vị phối hợp:</i> Ủy ban MTTQ Việt Nam phường.")
    d.add_group("2.2", "2", "Về giải quyết kiến nghị của Nhân dân", [w2],
                [P("Lê Quang Vinh", "Đảng ủy viên, Chủ tịch UBND phường")],
                ["Phòng Kinh tế, Hạ tầng và Đô thị"], ["Ủy ban MTTQ Việt Nam phường"], None, t2)
    d.section("3", "TỔ CHỨC THỰC HIỆN", "3. TỔ CHỨC THỰC HIỆN")
    d.p("Các đồng chí Ủy viên Ban Thường vụ theo lĩnh vực phụ trách chỉ đạo thực hiện; Văn phòng Đảng ủy theo dõi, tổng hợp, báo cáo Ban Thường vụ trước ngày 15-12-2026.")
    d.closing_table(
        "<p><u>Nơi nhận</u>:<br/>- Ban Thường vụ Tỉnh ủy (để b/c),<br/>- Ủy ban Kiểm tra Tỉnh ủy,<br/>- Các đồng chí Ủy viên Ban Chấp hành,<br/>- Các chi, đảng bộ trực thuộc,<br/>- Lưu Văn phòng.</p>",
        '<p align="center"><b>T/M BAN THƯỜNG VỤ<br/>BÍ THƯ</b><br/><br/><br/><br/><b>Lê Thị Thanh Xuân</b></p>')
    return d
