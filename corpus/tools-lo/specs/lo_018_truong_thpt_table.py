from lo import Doc, T, D, P, header_table, STATE_MOTTO

COLS = [("tt", "TT"), ("weak", "Tồn tại"), ("task", "Biện pháp khắc phục"), ("lanhdao", "Người thực hiện"),
        ("thoihan", "Thời gian"), ("ghichu", "Ghi chú")]


def build():
    d = Doc("lo_018_truong_thpt_table", "libreoffice", {
        "number": "152/KH-THPTNT", "kind": "Kế hoạch",
        "title": "KHẮC PHỤC TỒN TẠI SAU ĐÁNH GIÁ NGOÀI VÀ KIỂM ĐỊNH CHẤT LƯỢNG GIÁO DỤC",
        "issuer": "Trường THPT Nguyễn Trãi", "issued_on": "2026-10-06",
        "signer": P("Vũ Minh Khôi", "HIỆU TRƯỞNG"),
        "references": [{"number": "2210/QĐ-SGDĐT", "kind": "Quyết định", "date": "2026-09-18"}],
        "recipients": ["Sở GD&ĐT", "Ban Giám hiệu", "Các tổ chuyên môn, tổ Văn phòng", "Lưu: VT"],
    })
    d.raw(header_table("SỞ GD&amp;ĐT HẢI PHÒNG<br/><b>TRƯỜNG THPT NGUYỄN TRÃI</b><br/>-------", STATE_MOTTO,
                       "Số: 152/KH-THPTNT", "Hải Phòng, ngày 06 tháng 10 năm 2026"))
    d.p("<b>KẾ HOẠCH</b>", "center")
    d.p("<b>KHẮC PHỤC TỒN TẠI SAU ĐÁNH GIÁ NGOÀI<br/>VÀ KIỂM ĐỊNH CHẤT LƯỢNG GIÁO DỤC</b>", "center")
    d.p("Căn cứ Quyết định số 2210/QĐ-SGDĐT ngày 18/9/2026 của Sở Giáo dục và Đào tạo về việc công nhận trường đạt kiểm định chất lượng giáo dục cấp độ 2; căn cứ báo cáo đánh giá ngoài của Đoàn đánh giá, nhà trường xây dựng kế hoạch khắc phục tồn tại như sau:")
    d.section("I", "MỤC ĐÍCH, YÊU CẦU", "I. MỤC ĐÍCH, YÊU CẦU")
    d.p("Khắc phục các tồn tại Đoàn đánh giá ngoài chỉ ra, phấn đấu đạt kiểm định chất lượng giáo dục cấp độ 3 vào năm 2028.")
    d.section("II", "NỘI DUNG VÀ BIỆN PHÁP KHẮC PHỤC", "II. NỘI DUNG VÀ BIỆN PHÁP KHẮC PHỤC")
    rows = [
        ("group", "1", "Tiêu chuẩn 2: Cán bộ quản lý, giáo viên, nhân viên và học sinh", "Tiêu chuẩn 2: Cán bộ quản lý, giáo viên, nhân viên và học sinh"),
        ("weak", "Tỷ lệ giáo viên có trình độ trên chuẩn còn thấp.", [
            T("Cử giáo viên tham gia đào tạo thạc sĩ theo kế hoạch của Sở", D("due", "2027-05-31", "Tháng 5/2027"),
              owners=[P("Vũ Minh Khôi", "Hiệu trưởng")], cells={"lanhdao": "Đ/c Vũ Minh Khôi, Hiệu trưởng"}),
        ]),
        ("group", "2", "Tiêu chuẩn 3: Cơ sở vật chất và thiết bị dạy học", "Tiêu chuẩn 3: Cơ sở vật chất và thiết bị dạy học"),
        ("weak", "Thư viện chưa có phòng đọc điện tử; một số phòng học bộ môn thiếu thiết bị.", [
            T("Lập dự toán cải tạo thư viện, bổ sung phòng đọc điện tử", D("due", "2026-10-25", "Trước 25.10.2026"),
              owners=[P("Đào Thị Lan", "Phó Hiệu trưởng")], cells={"lanhdao": "Đ/c Đào Thị Lan, Phó Hiệu trưởng"}),
            T("Kiểm kê, đề xuất mua sắm bổ sung thiết bị cho các phòng học bộ môn", D("recurring", None, "Định kỳ hằng quý"),
              owners=[P("Đào Thị Lan", "Phó Hiệu trưởng"), P("Bùi Văn Sơn", "Nhân viên thiết bị")],
              cells={"lanhdao": "Đ/c Đào Thị Lan, Phó Hiệu trưởng; Đ/c Bùi Văn Sơn, Nhân viên thiết bị"}),
        ]),
        ("group", "3", "Tiêu chuẩn 5: Hoạt động giáo dục và kết quả giáo dục", "Tiêu chuẩn 5: Hoạt động giáo dục và kết quả giáo dục"),
        ("weak", "Hoạt động trải nghiệm, hướng nghiệp chưa gắn với thực tiễn địa phương.", [
            T("Xây dựng kế hoạch giáo dục hướng nghiệp gắn với các doanh nghiệp trên địa bàn", D("due", "2026-12-31", "Tháng 12/2026"),
              owners=[P(None, "Tổ trưởng các tổ chuyên môn")], cells={"lanhdao": "Tổ trưởng các tổ chuyên môn", "ghichu": "Báo cáo Hiệu trưởng"}),
        ]),
    ]
    d.table_groups(COLS, rows, "II")
    d.section("III", "TỔ CHỨC THỰC HIỆN", "III. TỔ CHỨC THỰC HIỆN")
    d.p("Hội đồng tự đánh giá của nhà trường theo dõi, đánh giá việc thực hiện; báo cáo Sở Giáo dục và Đào tạo theo yêu cầu.")
    d.closing_table(
        "<p><b><i>Nơi nhận:</i></b><br/>- Sở GD&amp;ĐT (b/c);<br/>- Ban Giám hiệu;<br/>- Các tổ chuyên môn, tổ Văn phòng;<br/>- Lưu: VT.</p>",
        '<p align="center"><b>HIỆU TRƯỞNG</b><br/><br/><br/><br/><b>Vũ Minh Khôi</b></p>')
    return d
