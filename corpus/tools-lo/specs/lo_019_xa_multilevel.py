from lo import Doc, T, D, P, header_table, STATE_MOTTO


def build():
    d = Doc("lo_019_xa_multilevel", "libreoffice", {
        "number": "57/KH-UBND", "kind": "Kế hoạch",
        "title": "Khắc phục hạn chế, yếu kém trong thực hiện nhiệm vụ phát triển kinh tế - xã hội 6 tháng đầu năm 2026",
        "issuer": "Ủy ban nhân dân xã Tam Dương", "issued_on": "2026-07-08",
        "signer": P("Kiều Văn Toàn", "TM. ỦY BAN NHÂN DÂN CHỦ TỊCH"),
        "references": [{"number": "09-NQ/ĐU", "kind": "Nghị quyết", "date": "2026-07-02"}],
        "recipients": ["Thường trực Đảng ủy", "Thường trực HĐND xã", "Chủ tịch, các Phó Chủ tịch UBND xã", "Các phòng chuyên môn", "Lưu: VT"],
    })
    d.raw(header_table("ỦY BAN NHÂN DÂN<br/><b>XÃ TAM DƯƠNG</b><br/>-------", STATE_MOTTO,
                       "Số: 57/KH-UBND", "Tam Dương, ngày 08 tháng 7 năm 2026"))
    d.p("<b>KẾ HOẠCH</b>", "center")
    d.p("<b>Khắc phục hạn chế, yếu kém trong thực hiện nhiệm vụ phát triển kinh tế - xã hội<br/>6 tháng đầu năm 2026</b>", "center")
    d.p("Thực hiện Nghị quyết số 09-NQ/ĐU ngày 02/7/2026 của Ban Chấp hành Đảng bộ xã về nhiệm vụ trọng tâm 6 tháng cuối năm 2026, UBND xã xây dựng kế hoạch khắc phục hạn chế, yếu kém như sau:")
    d.section("I", "MỤC ĐÍCH, YÊU CẦU", "I. MỤC ĐÍCH, YÊU CẦU")
    d.p("Tập trung khắc phục các chỉ tiêu đạt thấp, bảo đảm hoàn thành kế hoạch năm 2026.")
    d.section("II", "NHIỆM VỤ, GIẢI PHÁP", "II. NHIỆM VỤ, GIẢI PHÁP")
    d.p("<b>1. Lĩnh vực kinh tế</b>")
    # 1.1
    d.p("<b><i>1.1. Sản xuất nông nghiệp</i></b>")
    w = "Diện tích chuyển đổi cây trồng trên đất lúa kém hiệu quả mới đạt 42% kế hoạch; tiến độ tích tụ ruộng đất chậm."
    d.p("a) Hạn chế: " + w)
    d.p("b) Giải pháp:")
    t = [T("Rà soát quỹ đất lúa kém hiệu quả, vận động hộ dân chuyển sang trồng rau an toàn, cây ăn quả", D("due", "2026-11-30", "thời gian hoàn thành đến hết tháng 11/2026")),
         T("Hỗ trợ giống, phân bón theo chính sách của tỉnh cho các hộ tham gia chuyển đổi", D("due", "2026-09-30", "thời gian hoàn thành trước ngày 30 tháng 9 năm 2026"))]
    d.raw(d.tasks_html(t, "- ", "{t}; {d}."))
    d.p("c) Phân công: Giao Phòng Kinh tế chủ trì tham mưu; đồng chí Lê Văn Hòa, Phó Chủ tịch UBND xã chỉ đạo.")
    d.add_group("1.1", "II", "Sản xuất nông nghiệp", [w], [P("Lê Văn Hòa", "Phó Chủ tịch UBND xã")], ["Phòng Kinh tế"], [], None, t)
    # 1.2
    d.p("<b><i>1.2. Thu ngân sách</i></b>")
    w = "Thu ngân sách từ tiền sử dụng đất mới đạt 35% dự toán."
    d.p("a) Hạn chế: " + w)
    d.p("b) Giải pháp:")
    t = [T("Hoàn thiện hồ sơ, tổ chức đấu giá quyền sử dụng đất khu dân cư Đồng Mả", D("due", "2026-10-31", "thời gian hoàn thành trong tháng 10/2026")),
         T("Đôn đốc thu nợ tiền sử dụng đất, thuế sử dụng đất phi nông nghiệp", D("recurring", None, "thực hiện thường xuyên"), fmt="{t} ({d}).")]
    d.raw(d.tasks_html(t, "- ", "{t}; {d}."))
    d.p("c) Phân công: Giao Phòng Kinh tế chủ trì, phối hợp với Thuế cơ sở; đồng chí Lê Văn Hòa, Phó Chủ tịch UBND xã chỉ đạo.")
    d.add_group("1.2", "II", "Thu ngân sách", [w], [P("Lê Văn Hòa", "Phó Chủ tịch UBND xã")], ["Phòng Kinh tế"], ["Thuế cơ sở"], None, t)
    d.p("<b>2. Lĩnh vực văn hóa - xã hội</b>")
    d.p("<b><i>2.1. Giảm nghèo bền vững</i></b>")
    w = "Tỷ lệ hộ nghèo giảm chậm; một số hộ nghèo chưa được hỗ trợ sinh kế."
    d.p("a) Hạn chế: " + w)
    d.p("b) Giải pháp:")
    t = [T("Khảo sát nhu cầu, hỗ trợ sinh kế cho các hộ nghèo còn khả năng lao động", D("due", "2026-09-30", "thời gian hoàn thành trong quý III/2026")),
         T("Rà soát hộ nghèo, hộ cận nghèo cuối năm theo chuẩn nghèo đa chiều", D("due", "2026-12-15", "thời gian hoàn thành trước ngày 15/12/2026"))]
    d.raw(d.tasks_html(t, "- ", "{t}; {d}."))
    d.p("c) Phân công: Giao Phòng Văn hóa - Xã hội chủ trì; đồng chí Hà Thị Nhung, Phó Chủ tịch UBND xã chỉ đạo.")
    d.add_group("2.1", "II", "Giảm nghèo bền vững", [w], [P("Hà Thị Nhung", "Phó Chủ tịch UBND xã")], ["Phòng Văn hóa - Xã hội"], [], None, t)
    d.section("III", "TỔ CHỨC THỰC HIỆN", "III. TỔ CHỨC THỰC HIỆN")
    d.p("Các phòng chuyên môn, đơn vị được giao nhiệm vụ báo cáo tiến độ hằng tháng về Văn phòng HĐND và UBND xã.")
    d.closing_table(
        "<p><b><i>Nơi nhận:</i></b><br/>- Thường trực Đảng ủy (b/c);<br/>- Thường trực HĐND xã;<br/>- Chủ tịch, các Phó Chủ tịch UBND xã;<br/>- Các phòng chuyên môn;<br/>- Lưu: VT.</p>",
        '<p align="center"><b>TM. ỦY BAN NHÂN DÂN<br/>CHỦ TỊCH</b><br/><br/><br/><br/><b>Kiều Văn Toàn</b></p>')
    return d
