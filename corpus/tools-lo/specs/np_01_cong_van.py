from lo import Doc, P, header_table, STATE_MOTTO


def build():
    d = Doc("np_01_cong_van", "nonplans", {
        "number": "1530/UBND-NC", "kind": "Công văn",
        "title": "đôn đốc báo cáo kết quả khắc phục hạn chế, khuyết điểm sau kiểm điểm năm 2025",
        "issuer": "Ủy ban nhân dân tỉnh Hà Tĩnh", "issued_on": "2026-06-03",
        "signer": P("Trần Báu Hà", "TL. CHỦ TỊCH KT. CHÁNH VĂN PHÒNG PHÓ CHÁNH VĂN PHÒNG"),
        "references": [{"number": "72-KH/TU", "kind": "Kế hoạch", "date": "2026-03-25"},
                       {"number": "845/KH-UBND", "kind": "Kế hoạch", "date": "2026-04-02"}],
        "recipients": ["Như trên", "Chủ tịch, các PCT UBND tỉnh", "Chánh VP, các PCVP UBND tỉnh", "Lưu: VT, NC"],
    })
    d.raw(header_table("ỦY BAN NHÂN DÂN<br/><b>TỈNH HÀ TĨNH</b><br/>-------",
                       STATE_MOTTO, "Số: 1530/UBND-NC<br/>V/v đôn đốc báo cáo kết quả khắc phục hạn chế, khuyết điểm sau kiểm điểm năm 2025",
                       "Hà Tĩnh, ngày 03 tháng 6 năm 2026"))
    d.p("Kính gửi:", "center")
    d.p("- Các sở, ban, ngành cấp tỉnh;<br/>- Ủy ban nhân dân các xã, phường.", "center")
    d.p("Thực hiện Kế hoạch số 72-KH/TU ngày 25/3/2026 của Ban Thường vụ Tỉnh ủy và Kế hoạch số 845/KH-UBND ngày 02/4/2026 của UBND tỉnh về khắc phục hạn chế, khuyết điểm sau kiểm điểm năm 2025; đến nay mới có 21/48 cơ quan, đơn vị gửi báo cáo kết quả thực hiện về UBND tỉnh.")
    d.p("Để có cơ sở tổng hợp, báo cáo Ban Thường vụ Tỉnh ủy, Chủ tịch UBND tỉnh yêu cầu Thủ trưởng các cơ quan, đơn vị chưa gửi báo cáo khẩn trương hoàn thành, gửi về UBND tỉnh (qua Sở Nội vụ) trước ngày 15/6/2026; đồng thời gửi bản điện tử qua hệ thống quản lý văn bản và điều hành.")
    d.p("Quá thời hạn trên, cơ quan, đơn vị nào không gửi báo cáo, UBND tỉnh sẽ tổng hợp, báo cáo Ban Thường vụ Tỉnh ủy xem xét trách nhiệm của người đứng đầu./.")
    d.closing_table(
        "<p><b><i>Nơi nhận:</i></b><br/>- Như trên;<br/>- Chủ tịch, các PCT UBND tỉnh;<br/>- Chánh VP, các PCVP UBND tỉnh;<br/>- Lưu: VT, NC.</p>",
        '<p align="center"><b>TL. CHỦ TỊCH<br/>KT. CHÁNH VĂN PHÒNG<br/>PHÓ CHÁNH VĂN PHÒNG</b><br/><br/><br/><br/><b>Trần Báu Hà</b></p>')
    return d
