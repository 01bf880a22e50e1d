from lo import Doc, T, D, P, header_table, STATE_MOTTO

COLS = [("tt", "STT"), ("weak", "Hạn chế, khuyết điểm"), ("task", "Nhiệm vụ, giải pháp"),
        ("chutri", "Đơn vị chủ trì"), ("phoihop", "Đơn vị phối hợp"), ("thoihan", "Thời gian hoàn thành")]


def build():
    d = Doc("lo_004_so_gddt_phuluc", "libreoffice", {
        "number": "645/KH-SGDĐT", "kind": "Kế hoạch",
        "title": "Khắc phục tồn tại, hạn chế theo Kết luận thanh tra công tác tuyển sinh và quản lý dạy thêm, học thêm",
        "issuer": "Sở Giáo dục và Đào tạo tỉnh Nghệ An", "issued_on": "2026-04-14",
        "signer": P("Trần Thị Mai Anh", "KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC"),
        "references": [{"number": "38/KL-TTr", "kind": "Kết luận", "date": "2026-03-27"}],
        "recipients": ["Thanh tra tỉnh", "UBND tỉnh", "Giám đốc, các Phó Giám đốc Sở", "Các phòng thuộc Sở",
                       "Các trường THPT trực thuộc", "Lưu: VT, TTr"],
    })
    d.raw(header_table("UBND TỈNH NGHỆ AN<br/><b>SỞ GIÁO DỤC VÀ ĐÀO TẠO</b><br/>-------", STATE_MOTTO,
                       "Số: 645/KH-SGDĐT", "Nghệ An, ngày 14 tháng 4 năm 2026"))
    d.p("<b>KẾ HOẠCH</b>", "center")
    d.p("<b>Khắc phục tồn tại, hạn chế theo Kết luận thanh tra<br/>công tác tuyển sinh và quản lý dạy thêm, học thêm</b>", "center")
    d.p("Thực hiện Kết luận thanh tra số 38/KL-TTr ngày 27/3/2026 của Thanh tra tỉnh về công tác tuyển sinh và quản lý dạy thêm, học thêm năm học 2024 - 2025, Sở Giáo dục và Đào tạo xây dựng Kế hoạch khắc phục như sau:")
    d.section("I", "MỤC ĐÍCH, YÊU CẦU", "I. MỤC ĐÍCH, YÊU CẦU")
    d.p("1. Thực hiện nghiêm, đầy đủ các kiến nghị tại Kết luận thanh tra; chấn chỉnh kịp thời công tác quản lý của Sở và các đơn vị trực thuộc.")
    d.p("2. Phân công rõ đơn vị chủ trì, đơn vị phối hợp và thời gian hoàn thành từng nội dung.")
    d.section("II", "NỘI DUNG KHẮC PHỤC", "II. NỘI DUNG KHẮC PHỤC")
    d.p("Các nội dung, nhiệm vụ khắc phục cụ thể tại Phụ lục kèm theo Kế hoạch này.")
    d.section("III", "TỔ CHỨC THỰC HIỆN", "III. TỔ CHỨC THỰC HIỆN")
    d.p("1. Thủ trưởng các phòng thuộc Sở, Hiệu trưởng các trường THPT trực thuộc tổ chức thực hiện các nội dung được giao; báo cáo kết quả về Sở (qua Thanh tra Sở) trước ngày 20 tháng cuối mỗi quý.")
    d.p("2. Thanh tra Sở theo dõi, đôn đốc, tổng hợp báo cáo Giám đốc Sở và Thanh tra tỉnh.")
    d.closing_table(
        "<p><b><i>Nơi nhận:</i></b><br/>- Thanh tra tỉnh (để b/c);<br/>- UBND tỉnh (để b/c);<br/>- Giám đốc, các Phó Giám đốc Sở;<br/>"
        "- Các phòng thuộc Sở;<br/>- Các trường THPT trực thuộc;<br/>- Lưu: VT, TTr.</p>",
        '<p align="center"><b>KT. GIÁM ĐỐC<br/>PHÓ GIÁM ĐỐC</b><br/><br/><br/><br/><b>Trần Thị Mai Anh</b></p>')
    d.landscape = True
    d.p("<b>PHỤ LỤC</b>", "center", "page-break-before: always")
    d.p("<b>NHIỆM VỤ KHẮC PHỤC TỒN TẠI, HẠN CHẾ</b><br/><i>(Kèm theo Kế hoạch số 645/KH-SGDĐT ngày 14/4/2026 của Sở Giáo dục và Đào tạo)</i>", "center")
    w1 = "Một số trường chưa công khai đầy đủ chỉ tiêu, phương thức tuyển sinh trên trang thông tin điện tử."
    w2 = "Việc cấp phép và kiểm tra hoạt động dạy thêm, học thêm ngoài nhà trường chưa chặt chẽ."
    w3 = "Hồ sơ tuyển sinh lưu trữ tại một số trường chưa đầy đủ, thiếu biên bản họp Hội đồng tuyển sinh."
    rows = [
        ("weak", w1, [
            T("Chỉ đạo các trường công khai chỉ tiêu, phương thức, lịch tuyển sinh lớp 10 năm học 2026 - 2027", D("due", "2026-05-15", "Trước 15/5/2026"),
              advisors=["Phòng Quản lý chất lượng"], partners=["Các trường THPT"]),
            T("Kiểm tra việc công khai thông tin tuyển sinh trên trang thông tin điện tử của các trường", D("due", "2026-08-31", "Tháng 8/2026"),
              advisors=["Thanh tra Sở"], partners=["Phòng Quản lý chất lượng"]),
        ]),
        ("weak", w2, [
            T("Rà soát, thu hồi giấy phép đối với cơ sở dạy thêm không còn đủ điều kiện", D("due", "2026-12-31", "Năm 2026"),
              advisors=["Phòng Giáo dục trung học"], partners=["UBND các xã, phường"]),
            T("Ban hành văn bản chấn chỉnh việc dạy thêm, học thêm trong trường học", D("done", None, "Đã hoàn thành"),
              advisors=["Phòng Giáo dục trung học"], partners=[]),
        ]),
        ("weak", w3, [
            T("Bổ sung, hoàn thiện hồ sơ tuyển sinh theo đúng quy định về lưu trữ", D("due", "2026-06-30", "Trong tháng 6/2026"),
              advisors=["Các trường THPT có liên quan"], partners=["Văn phòng Sở"]),
        ]),
    ]
    d.table_groups(COLS, rows, "II")
    return d
