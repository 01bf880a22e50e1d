from lo import Doc, T, D, P, header_table, STATE_MOTTO

COLS = [("tt", "TT"), ("weak", "Hạn chế, khuyết điểm"), ("task", "Giải pháp khắc phục"),
        ("chutri", "Đơn vị chủ trì"), ("lanhdao", "Lãnh đạo phụ trách"), ("thoihan", "Thời gian"), ("ghichu", "Ghi chú")]


def build():
    d = Doc("lo_013_so_taichinh_table", "libreoffice", {
        "number": "903/KH-STC", "kind": "Kế hoạch",
        "title": "khắc phục hạn chế, khuyết điểm sau kiểm điểm của tập thể lãnh đạo Sở Tài chính năm 2025",
        "issuer": "Sở Tài chính tỉnh Bắc Ninh", "issued_on": "2026-03-30",
        "signer": P("Ngô Thị Thanh Bình", "GIÁM ĐỐC"),
        "references": [{"number": "26-KH/ĐU", "kind": "Kế hoạch", "date": "2026-03-02"}],
        "recipients": ["Đảng ủy UBND tỉnh", "Ban Giám đốc Sở", "Các phòng, đơn vị thuộc Sở", "Lưu: VT, VP"],
    })
    d.raw(header_table("UBND TỈNH BẮC NINH<br/><b>SỞ TÀI CHÍNH</b><br/>-------", STATE_MOTTO,
                       "Số: 903/KH-STC", "Bắc Ninh, ngày 30 tháng 3 năm 2026"))
    d.p("<b>KẾ HOẠCH</b>", "center")
    d.p("<b>khắc phục hạn chế, khuyết điểm sau kiểm điểm của tập thể lãnh đạo<br/>Sở Tài chính năm 2025</b>", "center")
    d.p("Căn cứ Kế hoạch số 26-KH/ĐU ngày 02/3/2026 của Đảng ủy UBND tỉnh; trên cơ sở kết quả kiểm điểm tập thể lãnh đạo Sở năm 2025, Sở Tài chính xây dựng Kế hoạch khắc phục hạn chế, khuyết điểm như sau:")
    d.section("I", "MỤC ĐÍCH, YÊU CẦU", "I. MỤC ĐÍCH, YÊU CẦU")
    d.p("Khắc phục kịp thời các hạn chế, khuyết điểm; nâng cao chất lượng tham mưu quản lý tài chính, ngân sách, đầu tư công trên địa bàn tỉnh.")
    d.section("II", "NỘI DUNG KHẮC PHỤC", "II. NỘI DUNG KHẮC PHỤC")
    gd = [P(None, "Giám đốc Sở")]
    pql = [P(None, "Phó Giám đốc phụ trách lĩnh vực đầu tư")]
    rows = [
        ("weak", "Tỷ lệ giải ngân vốn đầu tư công năm 2025 chưa đạt kế hoạch được giao.", [
            T("Tham mưu UBND tỉnh điều chuyển vốn từ các dự án giải ngân chậm sang dự án có khả năng giải ngân tốt", D("due", "2026-06-30", "Từ tháng 4 đến tháng 6/2026"),
              owners=pql, advisors=["Phòng Quản lý đầu tư"], cells={"lanhdao": "Phó Giám đốc phụ trách lĩnh vực đầu tư"}),
            T("Tổ chức giao ban giải ngân với các chủ đầu tư có tỷ lệ giải ngân thấp", D("recurring", None, "Hằng tháng"),
              owners=pql, advisors=["Phòng Quản lý đầu tư"], cells={"lanhdao": "Phó Giám đốc phụ trách lĩnh vực đầu tư"}),
        ]),
        ("weak", "Công tác thẩm tra quyết toán dự án hoàn thành còn tồn đọng nhiều hồ sơ quá hạn.", [
            T("Lập danh mục hồ sơ quyết toán tồn đọng, phân công công chức xử lý dứt điểm", D("due", "2026-12-31", "Quý 4 năm 2026"),
              owners=gd, advisors=["Phòng Tài chính đầu tư"], cells={"lanhdao": "Giám đốc Sở"}),
        ]),
        ("weak", "Việc công khai ngân sách trên Cổng thông tin điện tử của Sở chưa đúng thời hạn quy định.", [
            T("Công khai dự toán, quyết toán ngân sách địa phương đúng thời hạn", D("recurring", None, "Thường xuyên"),
              owners=[P(None, "Lãnh đạo Phòng Quản lý ngân sách")], advisors=["Phòng Quản lý ngân sách"],
              cells={"lanhdao": "Lãnh đạo Phòng Quản lý ngân sách", "ghichu": "Theo quy định về công khai ngân sách"}),
        ]),
    ]
    d.table_groups(COLS, rows, "II")
    d.section("III", "TỔ CHỨC THỰC HIỆN", "III. TỔ CHỨC THỰC HIỆN")
    d.p("Trưởng các phòng, đơn vị thuộc Sở tổ chức thực hiện; Văn phòng Sở tổng hợp kết quả, báo cáo Đảng ủy UBND tỉnh trước ngày 15/12/2026.")
    d.closing_table(
        "<p><b><i>Nơi nhận:</i></b><br/>- Đảng ủy UBND tỉnh (b/c);<br/>- Ban Giám đốc Sở;<br/>- Các phòng, đơn vị thuộc Sở;<br/>- Lưu: VT, VP.</p>",
        '<p align="center"><b>GIÁM ĐỐC</b><br/><br/><br/><br/><b>Ngô Thị Thanh Bình</b></p>')
    return d
