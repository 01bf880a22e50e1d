from lo import Doc, T, D, P, header_table, PARTY_MOTTO

COLS = [("tt", "STT"), ("weak", "Nội dung hạn chế, khuyết điểm"), ("task", "Nhiệm vụ, giải pháp khắc phục"),
        ("chutri", "Cơ quan tham mưu, chủ trì"), ("phoihop", "Cơ quan phối hợp"), ("lanhdao", "Lãnh đạo phụ trách"),
        ("thoihan", "Thời gian hoàn thành")]


def build():
    d = Doc("lo_021_huyenuy_btv_phuluc", "libreoffice", {
        "number": "68-KH/HU", "kind": "Kế hoạch",
        "title": "khắc phục hạn chế, khuyết điểm của Ban Thường vụ Huyện ủy qua kiểm điểm năm 2024",
        "issuer": "Huyện ủy Krông Pắc", "issued_on": "2025-03-05",
        "signer": P("Y Khuê Niê", "T/M BAN THƯỜNG VỤ PHÓ BÍ THƯ"),
        "references": [{"number": "215-KH/TU", "kind": "Kế hoạch", "date": "2025-02-14"}],
        "recipients": ["Ban Thường vụ Tỉnh ủy", "Ban Tổ chức Tỉnh ủy", "Các đồng chí Huyện ủy viên", "Các cơ quan tham mưu, giúp việc Huyện ủy", "Các tổ chức cơ sở đảng", "Lưu Văn phòng Huyện ủy"],
    })
    d.raw(header_table("ĐẢNG BỘ TỈNH ĐẮK LẮK<br/><b>HUYỆN ỦY KRÔNG PẮC</b><br/>*", PARTY_MOTTO,
                       "Số 68-KH/HU", "Krông Pắc, ngày 05 tháng 3 năm 2025"))
    d.p("<b>KẾ HOẠCH</b>", "center")
    d.p("<b>khắc phục hạn chế, khuyết điểm của Ban Thường vụ Huyện ủy<br/>qua kiểm điểm năm 2024</b>", "center")
    d.p("Thực hiện Kế hoạch số 215-KH/TU, ngày 14/02/2025 của Ban Thường vụ Tỉnh ủy, Ban Thường vụ Huyện ủy xây dựng kế hoạch khắc phục hạn chế, khuyết điểm được chỉ ra qua kiểm điểm năm 2024 như sau:")
    d.section("I", "MỤC ĐÍCH, YÊU CẦU", "I. MỤC ĐÍCH, YÊU CẦU")
    d.p("1. Khắc phục kịp thời, có hiệu quả các hạn chế, khuyết điểm; không để tái diễn.")
    d.p("2. Xác định rõ nhiệm vụ, giải pháp, cơ quan tham mưu, lãnh đạo phụ trách và thời gian hoàn thành.")
    d.section("II", "NHIỆM VỤ, GIẢI PHÁP KHẮC PHỤC", "II. NHIỆM VỤ, GIẢI PHÁP KHẮC PHỤC")
    d.p("Ban Thường vụ Huyện ủy xác định các nhiệm vụ, giải pháp khắc phục cụ thể tại Phụ lục kèm theo.")
    d.section("III", "TỔ CHỨC THỰC HIỆN", "III. TỔ CHỨC THỰC HIỆN")
    d.p("1. Các đồng chí Ủy viên Ban Thường vụ Huyện ủy theo lĩnh vực phụ trách chỉ đạo các cơ quan thực hiện.")
    d.p("2. Văn phòng Huyện ủy theo dõi, đôn đốc, tổng hợp báo cáo Ban Thường vụ Huyện ủy.")
    d.p("<b><u>Nơi nhận</u>:</b>")
    for r in ["- Ban Thường vụ Tỉnh ủy (để b/c),", "- Ban Tổ chức Tỉnh ủy,", "- Các đồng chí Huyện ủy viên,",
              "- Các cơ quan tham mưu, giúp việc Huyện ủy,", "- Các tổ chức cơ sở đảng,", "- Lưu Văn phòng Huyện ủy."]:
        d.p(r)
    d.p("<b>T/M BAN THƯỜNG VỤ<br/>PHÓ BÍ THƯ</b>", "center")
    d.p("<br/><br/><b>Y Khuê Niê</b>", "center")
    d.landscape = True
    d.p("<b>PHỤ LỤC</b>", "center", "page-break-before: always")
    d.p("<i>(Kèm theo Kế hoạch số 68-KH/HU, ngày 05/3/2025 của Ban Thường vụ Huyện ủy)</i>", "center")
    yk = [P("Y Khuê Niê", "Phó Bí thư Thường trực Huyện ủy")]
    tt = [P(None, "Thường trực Huyện ủy")]
    rows = [
        ("group", "I", "LÃNH ĐẠO, CHỈ ĐẠO PHÁT TRIỂN KINH TẾ - XÃ HỘI", "I. LÃNH ĐẠO, CHỈ ĐẠO PHÁT TRIỂN KINH TẾ - XÃ HỘI"),
        ("weak", "Tiến độ giải ngân vốn đầu tư công và giải phóng mặt bằng một số dự án trọng điểm còn chậm.", [
            T("Chỉ đạo tháo gỡ vướng mắc giải phóng mặt bằng dự án đường tránh thị trấn Phước An", D("due", "2025-06-30", "Quý II/2025"),
              owners=tt, advisors=["Đảng đoàn HĐND huyện", "Ban cán sự đảng UBND huyện"], partners=["Ban Quản lý dự án huyện"],
              cells={"lanhdao": "Thường trực Huyện ủy", "chutri": "Đảng đoàn HĐND huyện, Ban cán sự đảng UBND huyện"}),
            T("Kiểm điểm trách nhiệm người đứng đầu các chủ đầu tư giải ngân dưới 50% kế hoạch", D("due", "2025-07-30", "Trước 30/7"),
              owners=tt, advisors=["Ủy ban Kiểm tra Huyện ủy"], partners=["Ban Tổ chức Huyện ủy"],
              cells={"lanhdao": "Thường trực Huyện ủy"}),
        ]),
        ("group", "II", "CÔNG TÁC XÂY DỰNG ĐẢNG", "II. CÔNG TÁC XÂY DỰNG ĐẢNG"),
        ("weak", "Chất lượng sinh hoạt chi bộ ở một số chi bộ nông thôn chưa cao; việc kiểm tra, giám sát ở cơ sở còn hình thức.", [
            T("Chọn 05 chi bộ yếu để chỉ đạo điểm về nâng cao chất lượng sinh hoạt", D("due", "2025-06-30", "6 tháng đầu năm 2025"),
              owners=yk, advisors=["Ban Tổ chức Huyện ủy"], partners=["Đảng ủy các xã, thị trấn"],
              cells={"lanhdao": "Đồng chí Y Khuê Niê, Phó Bí thư Thường trực Huyện ủy"}),
            T("Kiểm tra, giám sát chuyên đề việc thực hiện nhiệm vụ kiểm tra, giám sát của cấp ủy cơ sở", D("recurring", None, "Hằng năm"),
              owners=yk, advisors=["Ủy ban Kiểm tra Huyện ủy"], partners=[],
              cells={"lanhdao": "Đồng chí Y Khuê Niê, Phó Bí thư Thường trực Huyện ủy"}),
            T("Duy trì chế độ Ủy viên Ban Thường vụ dự sinh hoạt chi bộ nơi phụ trách", D("recurring", None, "Thực hiện thường xuyên"),
              owners=tt, advisors=["Văn phòng Huyện ủy"], partners=[],
              cells={"lanhdao": "Thường trực Huyện ủy"}),
        ]),
    ]
    d.table_groups(COLS, rows, "II")
    return d
