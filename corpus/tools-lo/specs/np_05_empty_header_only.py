from lo import Doc, header_table, STATE_MOTTO


def build():
    d = Doc("np_05_empty_header_only", "nonplans", {
        "number": "214/KH-UBND", "kind": "Kế hoạch",
        "title": "Khắc phục hạn chế, khuyết điểm sau kiểm điểm năm 2025",
        "issuer": "Ủy ban nhân dân xã Đức Thọ", "issued_on": "2026-03-20",
        "signer": None, "references": [], "recipients": [],
    })
    d.raw(header_table("ỦY BAN NHÂN DÂN<br/><b>XÃ ĐỨC THỌ</b><br/>-------", STATE_MOTTO,
                       "Số: 214/KH-UBND", "Đức Thọ, ngày 20 tháng 3 năm 2026"))
    d.p("<b>KẾ HOẠCH</b>", "center")
    d.p("<b>Khắc phục hạn chế, khuyết điểm sau kiểm điểm năm 2025</b>", "center")
    return d
