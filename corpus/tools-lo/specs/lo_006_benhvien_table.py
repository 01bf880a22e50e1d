from lo import Doc, T, D, P, header_table, STATE_MOTTO

COLS = [("tt", "TT"), ("weak", "Nội dung tồn tại"), ("task", "Giải pháp khắc phục"),
        ("chutri", "Khoa/phòng chủ trì"), ("lanhdao", "Người chịu trách nhiệm"), ("thoihan", "Thời hạn"), ("ghichu", "Ghi chú")]


def build():
    d = Doc("lo_006_benhvien_table", "libreoffice", {
        "number": "212/KH-BVĐK", "kind": "Kế hoạch",
        "title": "KHẮC PHỤC TỒN TẠI SAU ĐÁNH GIÁ CHẤT LƯỢNG BỆNH VIỆN NĂM 2025",
        "issuer": "Bệnh viện Đa khoa huyện Nga Sơn", "issued_on": "2026-02-05",
        "signer": P("Mai Xuân Trường", "GIÁM ĐỐC"),
        "references": [{"number": "6858/QĐ-BYT", "kind": "Quyết định", "date": "2016-11-18"}],
        "recipients": ["Sở Y tế", "Ban Giám đốc", "Các khoa, phòng", "Lưu: VT, QLCL"],
    })
    d.raw(header_table("SỞ Y TẾ THANH HÓA<br/><b>BỆNH VIỆN ĐA KHOA HUYỆN NGA SƠN</b><br/>-------", STATE_MOTTO,
                       "Số: 212/KH-BVĐK", "Nga Sơn, ngày 05 tháng 02 năm 2026"))
    d.p("<b>KẾ HOẠCH</b>", "center")
    d.p("<b>KHẮC PHỤC TỒN TẠI SAU ĐÁNH GIÁ CHẤT LƯỢNG<br/>BỆNH VIỆN NĂM 2025</b>", "center")
    d.p("Căn cứ Quyết định số 6858/QĐ-BYT ngày 18/11/2016 của Bộ trưởng Bộ Y tế ban hành Bộ tiêu chí chất lượng bệnh viện Việt Nam; căn cứ kết quả đánh giá chất lượng bệnh viện năm 2025 của Đoàn kiểm tra Sở Y tế, Bệnh viện xây dựng kế hoạch khắc phục như sau:")
    d.section("I", "MỤC TIÊU", "I. MỤC TIÊU")
    d.p("Khắc phục các tiêu chí đạt mức thấp, nâng điểm chất lượng chung của Bệnh viện năm 2026.")
    d.section("II", "NỘI DUNG KHẮC PHỤC", "II. NỘI DUNG KHẮC PHỤC")
    hung = [P("Lê Văn Hùng", "Phó Giám đốc")]
    rows = [
        ("group", "A", "HƯỚNG ĐẾN NGƯỜI BỆNH", "A. HƯỚNG ĐẾN NGƯỜI BỆNH"),
        ("weak", "Khu vực chờ khám chưa đủ ghế ngồi, chưa có bảng chỉ dẫn song ngữ.", [
            T("Bổ sung 60 ghế ngồi tại khu vực chờ khám bệnh", D("due", "2026-03-31", "31.3.2026"),
              owners=hung, advisors=["Phòng Hành chính quản trị"], cells={"lanhdao": "Đ/c Lê Văn Hùng - Phó Giám đốc"}),
            T("Lắp đặt hệ thống bảng chỉ dẫn song ngữ Việt - Anh", D("due", "2026-09-30", "30.9.2026"),
              owners=hung, advisors=["Phòng Hành chính quản trị"], cells={"lanhdao": "Đ/c Lê Văn Hùng - Phó Giám đốc"}),
        ]),
        ("weak", "Khảo sát hài lòng người bệnh chưa thực hiện đủ số phiếu theo quy định.", [
            T("Khảo sát hài lòng người bệnh nội trú, ngoại trú và nhân viên y tế", D("recurring", None, "Định kỳ hằng quý"),
              owners=[P("Phạm Thị Thu", "Trưởng phòng Quản lý chất lượng")], advisors=["Phòng Quản lý chất lượng"],
              cells={"lanhdao": "Đ/c Phạm Thị Thu - Trưởng phòng Quản lý chất lượng"}),
        ]),
        ("group", "B", "HOẠT ĐỘNG CHUYÊN MÔN", "B. HOẠT ĐỘNG CHUYÊN MÔN"),
        ("weak", "Tỷ lệ bệnh án ghi chép chưa đầy đủ còn cao; kiểm soát nhiễm khuẩn tại khoa Ngoại chưa đạt yêu cầu.", [
            T("Bình bệnh án, kiểm tra hồ sơ bệnh án tại các khoa lâm sàng", D("recurring", None, "Hằng tháng"),
              owners=[P("Lê Văn Hùng", "Phó Giám đốc"), P("Đỗ Minh Quang", "Trưởng phòng Kế hoạch tổng hợp")],
              advisors=["Phòng Kế hoạch tổng hợp"],
              cells={"lanhdao": "Đ/c Lê Văn Hùng - Phó Giám đốc; Đ/c Đỗ Minh Quang - Trưởng phòng Kế hoạch tổng hợp"}),
            T("Tập huấn lại quy trình vệ sinh tay, xử lý dụng cụ cho toàn bộ nhân viên khoa Ngoại", D("due", "2026-09-30", "Quý 3/2026"),
              owners=[P("Phạm Thị Thu", "Trưởng phòng Quản lý chất lượng")], advisors=["Khoa Kiểm soát nhiễm khuẩn"],
              cells={"lanhdao": "Đ/c Phạm Thị Thu - Trưởng phòng Quản lý chất lượng"}),
        ]),
    ]
    d.table_groups(COLS, rows, "II")
    d.section("III", "TỔ CHỨC THỰC HIỆN", "III. TỔ CHỨC THỰC HIỆN")
    d.p("Trưởng các khoa, phòng triển khai các giải pháp được giao; Phòng Quản lý chất lượng giám sát, báo cáo Giám đốc định kỳ hằng quý.")
    d.closing_table(
        "<p><b><i>Nơi nhận:</i></b><br/>- Sở Y tế (b/c);<br/>- Ban Giám đốc;<br/>- Các khoa, phòng;<br/>- Lưu: VT, QLCL.</p>",
        '<p align="center"><b>GIÁM ĐỐC</b><br/><br/><br/><br/><b>Mai Xuân Trường</b></p>')
    return d
