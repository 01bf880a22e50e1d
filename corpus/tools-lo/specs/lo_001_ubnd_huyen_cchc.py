from lo import Doc, T, D, P, header_table, STATE_MOTTO


def build():
    d = Doc("lo_001_ubnd_huyen_cchc", "libreoffice", {
        "number": "118/KH-UBND", "kind": "Kế hoạch",
        "title": "Khắc phục hạn chế, khuyết điểm trong công tác cải cách hành chính năm 2024 của Ủy ban nhân dân huyện Quảng Điền",
        "issuer": "Ủy ban nhân dân huyện Quảng Điền", "issued_on": "2025-03-12",
        "signer": P("Lê Văn Thuận", "TM. ỦY BAN NHÂN DÂN CHỦ TỊCH"),
        "references": [
            {"number": "1250/QĐ-UBND", "kind": "Quyết định", "date": "2025-02-20"},
            {"number": "25/2024/QĐ-UBND", "kind": "Quyết định", "date": None},
        ],
        "recipients": ["UBND tỉnh", "Sở Nội vụ", "TT Huyện ủy, TT HĐND huyện", "CT, các PCT UBND huyện",
                       "Các cơ quan chuyên môn thuộc UBND huyện", "UBND các xã, thị trấn", "Lưu: VT, NV"],
    })
    d.raw(header_table("ỦY BAN NHÂN DÂN<br/><b>HUYỆN QUẢNG ĐIỀN</b><br/>-------", STATE_MOTTO,
                       "Số: 118/KH-UBND", "Quảng Điền, ngày 12 tháng 3 năm 2025"))
    d.p("<b>KẾ HOẠCH</b>", "center")
    d.p("<b>Khắc phục hạn chế, khuyết điểm trong công tác cải cách hành chính năm 2024<br/>của Ủy ban nhân dân huyện Quảng Điền</b>", "center")
    d.p("Căn cứ Quyết định số 1250/QĐ-UBND ngày 20/02/2025 của Ủy ban nhân dân tỉnh về việc công bố Chỉ số cải cách hành chính năm 2024 của các sở, ban, ngành và Ủy ban nhân dân các huyện, thị xã, thành phố; Ủy ban nhân dân huyện ban hành Kế hoạch khắc phục hạn chế, khuyết điểm như sau:")
    d.section("I", "MỤC ĐÍCH, YÊU CẦU", "I. MỤC ĐÍCH, YÊU CẦU")
    d.p("1. Khắc phục kịp thời, dứt điểm các tồn tại, hạn chế đã được chỉ ra qua kết quả xác định Chỉ số cải cách hành chính năm 2024, phấn đấu năm 2025 nâng thứ hạng của huyện.")
    d.p("2. Xác định rõ nội dung, thời hạn và trách nhiệm của từng cơ quan, đơn vị; gắn trách nhiệm người đứng đầu với kết quả khắc phục.")
    d.section("II", "NHIỆM VỤ, GIẢI PHÁP KHẮC PHỤC", "II. NHIỆM VỤ, GIẢI PHÁP KHẮC PHỤC")
    # group 1
    d.p("<b>1. Công tác chỉ đạo, điều hành cải cách hành chính</b>")
    w1 = "Việc ban hành kế hoạch tuyên truyền cải cách hành chính còn chậm; một số nhiệm vụ trong kế hoạch năm chưa hoàn thành đúng tiến độ."
    d.p("<i>Hạn chế, khuyết điểm:</i> " + w1)
    d.p("<i>Giải pháp thực hiện:</i>")
    t1 = [T("Ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2025 của huyện", D("due", "2025-03-31", "hoàn thành trước ngày 31/3/2025")),
          T("Rà soát toàn bộ nhiệm vụ trong Kế hoạch cải cách hành chính năm 2025, phân công cụ thể cơ quan chủ trì, thời hạn hoàn thành; hằng tháng kiểm điểm tiến độ tại cuộc họp giao ban của Ủy ban nhân dân huyện", D("recurring", None, "thực hiện hằng tháng")),
          T("Đưa kết quả thực hiện nhiệm vụ cải cách hành chính vào tiêu chí bình xét thi đua, khen thưởng cuối năm đối với tập thể, cá nhân", D("due", "2025-12-31", "năm 2025"))]
    d.raw(d.tasks_html(t1, "- ", "{t} (<i>{d}</i>)."))
    d.p("<i>Phân công theo dõi, chỉ đạo:</i> Đồng chí <b>Lê Văn Thuận</b>, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện.")
    d.p("<i>Tham mưu:</i> Phòng Nội vụ.")
    d.add_group("1", "II", "Công tác chỉ đạo, điều hành cải cách hành chính", [w1],
                [P("Lê Văn Thuận", "Phó Bí thư Huyện ủy, Chủ tịch UBND huyện")], ["Phòng Nội vụ"], [], None, t1)
    # group 2
    d.p("<b>2. Cải cách thủ tục hành chính</b>")
    w2 = "Tỷ lệ hồ sơ giải quyết trực tuyến toàn trình còn thấp; vẫn còn hồ sơ giải quyết quá hạn tại bộ phận một cửa của một số xã."
    d.p("<i>Hạn chế, khuyết điểm:</i> " + w2)
    d.p("<i>Giải pháp thực hiện:</i>")
    t2 = [T("Hướng dẫn, hỗ trợ người dân, doanh nghiệp nộp hồ sơ trực tuyến tại bộ phận một cửa cấp huyện và cấp xã; bố trí đoàn viên thanh niên hỗ trợ tại chỗ", D("recurring", None, "thực hiện thường xuyên")),
          T("Kiểm tra, xử lý dứt điểm các hồ sơ quá hạn; công khai xin lỗi người dân theo quy định tại Quyết định số 25/2024/QĐ-UBND của Ủy ban nhân dân tỉnh", D("due", "2025-09-30", "hoàn thành trong Quý III/2025"))]
    d.raw(d.tasks_html(t2, "- ", "{t} (<i>{d}</i>)."))
    d.p("<i>Phân công theo dõi, chỉ đạo:</i> Đồng chí <b>Hồ Thị Minh Nguyệt</b>, Huyện ủy viên, Phó Chủ tịch UBND huyện.")
    d.p("<i>Tham mưu:</i> Văn phòng HĐND và UBND huyện.")
    d.add_group("2", "II", "Cải cách thủ tục hành chính", [w2],
                [P("Hồ Thị Minh Nguyệt", "Huyện ủy viên, Phó Chủ tịch UBND huyện")], ["Văn phòng HĐND và UBND huyện"], [], None, t2)
    d.section("III", "TỔ CHỨC THỰC HIỆN", "III. TỔ CHỨC THỰC HIỆN")
    d.p("1. Thủ trưởng các cơ quan chuyên môn, Chủ tịch UBND các xã, thị trấn căn cứ Kế hoạch này triển khai thực hiện; báo cáo kết quả về UBND huyện (qua Phòng Nội vụ) trước ngày 10 tháng cuối quý.")
    d.p("2. Giao Phòng Nội vụ theo dõi, đôn đốc, tổng hợp, báo cáo UBND huyện.")
    d.closing_table(
        "<p><b><i>Nơi nhận:</i></b><br/>- UBND tỉnh (b/c);<br/>- Sở Nội vụ;<br/>- TT Huyện ủy, TT HĐND huyện;<br/>"
        "- CT, các PCT UBND huyện;<br/>- Các cơ quan chuyên môn thuộc UBND huyện;<br/>- UBND các xã, thị trấn;<br/>- Lưu: VT, NV.</p>",
        '<p align="center"><b>TM. ỦY BAN NHÂN DÂN<br/>CHỦ TỊCH</b><br/><br/><br/><br/><b>Lê Văn Thuận</b></p>')
    return d
