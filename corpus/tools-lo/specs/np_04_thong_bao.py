from lo import Doc, P, header_table, STATE_MOTTO


def build():
    d = Doc("np_04_thong_bao", "nonplans", {
        "number": "57/TB-SNV", "kind": "Thông báo",
        "title": "Về việc tổ chức tiếp công dân định kỳ của Giám đốc Sở Nội vụ năm 2026",
        "issuer": "Sở Nội vụ tỉnh Thanh Hóa", "issued_on": "2026-01-05",
        "signer": P("Lê Thị Hương", "KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC"),
        "references": [],
        "recipients": ["Ban Tiếp công dân tỉnh", "Cổng thông tin điện tử Sở", "Lưu: VT, TTr"],
    })
    d.raw(header_table("UBND TỈNH THANH HÓA<br/><b>SỞ NỘI VỤ</b><br/>-------", STATE_MOTTO,
                       "Số: 57/TB-SNV", "Thanh Hóa, ngày 05 tháng 01 năm 2026"))
    d.p("<b>THÔNG BÁO</b>", "center")
    d.p("<b>Về việc tổ chức tiếp công dân định kỳ của Giám đốc Sở Nội vụ năm 2026</b>", "center")
    d.p("Sở Nội vụ thông báo lịch tiếp công dân định kỳ của Giám đốc Sở năm 2026 như sau:")
    d.p("Thời gian: Ngày 15 hằng tháng (nếu trùng ngày nghỉ thì chuyển sang ngày làm việc tiếp theo), buổi sáng từ 7 giờ 30 đến 11 giờ 00.")
    d.p("Địa điểm: Phòng Tiếp công dân, trụ sở Sở Nội vụ, số 26 đường Hạc Thành, phường Hạc Thành.")
    d.p("Ngoài lịch trên, Thanh tra Sở tiếp công dân thường xuyên vào các ngày làm việc trong tuần.")
    d.p("Sở Nội vụ thông báo để công dân, cơ quan, tổ chức biết./.")
    d.closing_table(
        "<p><b><i>Nơi nhận:</i></b><br/>- Ban Tiếp công dân tỉnh;<br/>- Cổng thông tin điện tử Sở;<br/>- Lưu: VT, TTr.</p>",
        '<p align="center"><b>KT. GIÁM ĐỐC<br/>PHÓ GIÁM ĐỐC</b><br/><br/><br/><br/><b>Lê Thị Hương</b></p>')
    return d
