from lo import Doc, P, header_table, STATE_MOTTO


def build():
    d = Doc("np_02_bao_cao", "nonplans", {
        "number": "245/BC-UBND", "kind": "Báo cáo",
        "title": "Kết quả thực hiện Kế hoạch khắc phục hạn chế, khuyết điểm 6 tháng đầu năm 2026",
        "issuer": "Ủy ban nhân dân xã Cẩm Xuyên", "issued_on": "2026-07-06",
        "signer": P("Dương Tất Thắng", "TM. ỦY BAN NHÂN DÂN CHỦ TỊCH"),
        "references": [{"number": "38/KH-UBND", "kind": "Kế hoạch", "date": "2026-02-12"}],
        "recipients": ["Thường trực Đảng ủy xã", "Thường trực HĐND xã", "Lưu: VT"],
    })
    d.raw(header_table("ỦY BAN NHÂN DÂN<br/><b>XÃ CẨM XUYÊN</b><br/>-------", STATE_MOTTO,
                       "Số: 245/BC-UBND", "Cẩm Xuyên, ngày 06 tháng 7 năm 2026"))
    d.p("<b>BÁO CÁO</b>", "center")
    d.p("<b>Kết quả thực hiện Kế hoạch khắc phục hạn chế, khuyết điểm<br/>6 tháng đầu năm 2026</b>", "center")
    d.p("Thực hiện Kế hoạch số 38/KH-UBND ngày 12/02/2026 của UBND xã về khắc phục hạn chế, khuyết điểm năm 2025, UBND xã báo cáo kết quả 6 tháng đầu năm 2026 như sau:")
    d.section("I", "KẾT QUẢ THỰC HIỆN", "I. KẾT QUẢ THỰC HIỆN")
    d.p("Kế hoạch đề ra 15 nội dung khắc phục. Đến ngày 30/6/2026, đã hoàn thành 09 nội dung (đạt 60%), đang thực hiện 04 nội dung, chưa thực hiện 02 nội dung. Kết quả cụ thể:")
    d.raw('<table border="1" cellspacing="0" cellpadding="4" width="100%">'
          '<tr><td rowspan="2"><p><b>Lĩnh vực</b></p></td><td rowspan="2"><p><b>Số nội dung</b></p></td><td colspan="3"><p align="center"><b>Kết quả</b></p></td></tr>'
          '<tr><td><p><b>Đã hoàn thành</b></p></td><td><p><b>Đang thực hiện</b></p></td><td><p><b>Chưa thực hiện</b></p></td></tr>'
          '<tr><td><p>Kinh tế, ngân sách</p></td><td><p>6</p></td><td><p>4</p></td><td><p>1</p></td><td><p>1</p></td></tr>'
          '<tr><td><p>Văn hóa - xã hội</p></td><td><p>5</p></td><td><p>3</p></td><td><p>2</p></td><td><p>0</p></td></tr>'
          '<tr><td><p>Cải cách hành chính</p></td><td><p>4</p></td><td><p>2</p></td><td><p>1</p></td><td><p>1</p></td></tr>'
          '<tr><td><p><b>Tổng cộng</b></p></td><td><p><b>15</b></p></td><td><p><b>9</b></p></td><td><p><b>4</b></p></td><td><p><b>2</b></p></td></tr></table>')
    d.p("Thu ngân sách 6 tháng đạt 3,42 tỷ đồng, bằng 57% dự toán; tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn đạt 98,6%, tăng 4,1% so với cùng kỳ.")
    d.section("II", "TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN", "II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN")
    d.p("Còn 02 nội dung chưa thực hiện do chưa được bố trí kinh phí; việc đấu giá quyền sử dụng đất chậm so với kế hoạch do vướng mắc trong giải phóng mặt bằng.")
    d.section("III", "KIẾN NGHỊ", "III. KIẾN NGHỊ")
    d.p("Đề nghị Thường trực HĐND xã xem xét bổ sung kinh phí tại kỳ họp giữa năm 2026 để thực hiện các nội dung còn lại.")
    d.closing_table(
        "<p><b><i>Nơi nhận:</i></b><br/>- Thường trực Đảng ủy xã;<br/>- Thường trực HĐND xã;<br/>- Lưu: VT.</p>",
        '<p align="center"><b>TM. ỦY BAN NHÂN DÂN<br/>CHỦ TỊCH</b><br/><br/><br/><br/><b>Dương Tất Thắng</b></p>')
    return d
