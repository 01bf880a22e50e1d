from lo import Doc, P, header_table, PARTY_MOTTO


def build():
    d = Doc("np_09_giay_moi", "nonplans", {
        "number": "126-GM/VPTU", "kind": "Giấy mời",
        "title": "Dự Hội nghị sơ kết 6 tháng thực hiện Kế hoạch khắc phục hạn chế, khuyết điểm sau kiểm điểm năm 2025",
        "issuer": "Văn phòng Tỉnh ủy Phú Thọ", "issued_on": "2026-07-13",
        "signer": P("Nguyễn Mạnh Cường", "K/T CHÁNH VĂN PHÒNG PHÓ CHÁNH VĂN PHÒNG"),
        "references": [],
        "recipients": ["Như thành phần mời", "Lưu VPTU"],
    })
    d.raw(header_table("TỈNH ỦY PHÚ THỌ<br/><b>VĂN PHÒNG</b><br/>*", PARTY_MOTTO,
                       "Số 126-GM/VPTU", "Phú Thọ, ngày 13 tháng 7 năm 2026"))
    d.p("<b>GIẤY MỜI</b>", "center")
    d.p("<b>Dự Hội nghị sơ kết 6 tháng thực hiện Kế hoạch khắc phục hạn chế, khuyết điểm<br/>sau kiểm điểm năm 2025</b>", "center")
    d.p("Thừa lệnh Ban Thường vụ Tỉnh ủy, Văn phòng Tỉnh ủy trân trọng kính mời:")
    d.p("- Đồng chí Bí thư các đảng ủy trực thuộc Tỉnh ủy;")
    d.p("- Đồng chí Trưởng các ban xây dựng Đảng Tỉnh ủy.")
    d.p("Thời gian: 01 buổi, bắt đầu từ 8 giờ 00, thứ Năm, ngày 23/7/2026.")
    d.p("Địa điểm: Hội trường A, Tỉnh ủy.")
    d.p("Đề nghị các đồng chí đến dự Hội nghị đúng thành phần, thời gian./.")
    d.closing_table(
        "<p><u>Nơi nhận</u>:<br/>- Như thành phần mời,<br/>- Lưu VPTU.</p>",
        '<p align="center"><b>K/T CHÁNH VĂN PHÒNG<br/>PHÓ CHÁNH VĂN PHÒNG</b><br/><br/><br/><br/><b>Nguyễn Mạnh Cường</b></p>')
    return d
