from lo import Doc, P, header_table, STATE_MOTTO


def build():
    d = Doc("np_03_quyet_dinh", "nonplans", {
        "number": "2087/QĐ-UBND", "kind": "Quyết định",
        "title": "Về việc thành lập Tổ công tác theo dõi, đôn đốc việc thực hiện kết luận thanh tra, kiểm tra trên địa bàn tỉnh",
        "issuer": "Ủy ban nhân dân tỉnh Quảng Trị", "issued_on": "2026-09-14",
        "signer": P("Hà Sỹ Đồng", "CHỦ TỊCH"),
        "references": [{"number": "73/2025/QH15", "kind": "Luật", "date": None}],
        "recipients": ["Như Điều 3", "TT Tỉnh ủy, TT HĐND tỉnh", "Lưu: VT, NC"],
    })
    d.raw(header_table("ỦY BAN NHÂN DÂN<br/><b>TỈNH QUẢNG TRỊ</b><br/>-------", STATE_MOTTO,
                       "Số: 2087/QĐ-UBND", "Quảng Trị, ngày 14 tháng 9 năm 2026"))
    d.p("<b>QUYẾT ĐỊNH</b>", "center")
    d.p("<b>Về việc thành lập Tổ công tác theo dõi, đôn đốc việc thực hiện<br/>kết luận thanh tra, kiểm tra trên địa bàn tỉnh</b>", "center")
    d.p("<b>CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ</b>", "center")
    d.p("<i>Căn cứ Luật Tổ chức chính quyền địa phương số 73/2025/QH15;</i>")
    d.p("<i>Theo đề nghị của Chánh Thanh tra tỉnh.</i>")
    d.p("<b>QUYẾT ĐỊNH:</b>", "center")
    d.p("<b>Điều 1.</b> Thành lập Tổ công tác theo dõi, đôn đốc việc thực hiện kết luận thanh tra, kiểm tra trên địa bàn tỉnh, gồm các thành viên: Tổ trưởng là đồng chí Phó Chánh Thanh tra tỉnh; các thành viên là đại diện lãnh đạo Sở Tài chính, Sở Nội vụ, Sở Nông nghiệp và Môi trường.")
    d.p("<b>Điều 2.</b> Tổ công tác có nhiệm vụ theo dõi, tổng hợp tình hình thực hiện kết luận thanh tra, kiểm tra; định kỳ hằng quý báo cáo Chủ tịch UBND tỉnh. Tổ công tác tự giải thể sau khi hoàn thành nhiệm vụ.")
    d.p("<b>Điều 3.</b> Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng UBND tỉnh, Chánh Thanh tra tỉnh, Thủ trưởng các cơ quan có liên quan và các thành viên có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.")
    d.closing_table(
        "<p><b><i>Nơi nhận:</i></b><br/>- Như Điều 3;<br/>- TT Tỉnh ủy, TT HĐND tỉnh;<br/>- Lưu: VT, NC.</p>",
        '<p align="center"><b>CHỦ TỊCH</b><br/><br/><br/><br/><b>Hà Sỹ Đồng</b></p>')
    return d
