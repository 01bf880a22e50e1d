from lo import Doc, T, D, P, header_table, PARTY_MOTTO

COLS = [("tt", "TT"), ("weak", "Nội dung hạn chế, khuyết điểm"), ("task", "Nhiệm vụ, giải pháp khắc phục"),
        ("chutri", "Đơn vị chủ trì"), ("phoihop", "Đơn vị phối hợp"), ("lanhdao", "Lãnh đạo phụ trách"),
        ("thoihan", "Thời hạn hoàn thành"), ("ghichu", "Ghi chú")]


def build():
    d = Doc("lo_002_tinhuy_btgdv_table", "libreoffice", {
        "number": "27-KH/BTGDVTU", "kind": "Kế hoạch",
        "title": "khắc phục hạn chế, khuyết điểm sau kiểm điểm năm 2025 của tập thể lãnh đạo Ban Tuyên giáo và Dân vận Tỉnh ủy",
        "issuer": "Ban Tuyên giáo và Dân vận Tỉnh ủy Hà Tĩnh", "issued_on": "2026-04-08",
        "signer": P("Nguyễn Thị Lan Hương", "K/T TRƯỞNG BAN PHÓ TRƯỞNG BAN"),
        "references": [{"number": "72-KH/TU", "kind": "Kế hoạch", "date": "2026-03-25"}],
        "recipients": ["Thường trực Tỉnh ủy", "Các đồng chí lãnh đạo Ban", "Các phòng thuộc Ban", "Lưu VP Ban"],
    })
    d.raw(header_table("TỈNH ỦY HÀ TĨNH<br/><b>BAN TUYÊN GIÁO VÀ DÂN VẬN</b><br/>*", PARTY_MOTTO,
                       "Số 27-KH/BTGDVTU", "Hà Tĩnh, ngày 08 tháng 4 năm 2026"))
    d.p("<b>KẾ HOẠCH</b>", "center")
    d.p("<b>khắc phục hạn chế, khuyết điểm sau kiểm điểm năm 2025<br/>của tập thể lãnh đạo Ban Tuyên giáo và Dân vận Tỉnh ủy</b>", "center")
    d.p("-----", "center")
    d.p("Thực hiện Kế hoạch số 72-KH/TU, ngày 25/3/2026 của Ban Thường vụ Tỉnh ủy về khắc phục hạn chế, khuyết điểm sau kiểm điểm năm 2025; trên cơ sở các hạn chế, khuyết điểm đã được chỉ ra tại hội nghị kiểm điểm, tập thể lãnh đạo Ban Tuyên giáo và Dân vận Tỉnh ủy xây dựng kế hoạch khắc phục như sau:")
    d.section("I", "MỤC ĐÍCH, YÊU CẦU", "I. MỤC ĐÍCH, YÊU CẦU")
    d.p("- Khắc phục có hiệu quả các hạn chế, khuyết điểm đã được chỉ ra; nâng cao chất lượng tham mưu của Ban trên lĩnh vực tuyên giáo và dân vận.")
    d.p("- Việc khắc phục phải cụ thể, có lộ trình, gắn với trách nhiệm của từng đồng chí lãnh đạo Ban và từng phòng.")
    d.section("II", "NỘI DUNG, GIẢI PHÁP VÀ PHÂN CÔNG THỰC HIỆN", "II. NỘI DUNG, GIẢI PHÁP VÀ PHÂN CÔNG THỰC HIỆN")
    hai = [P("Trần Văn Hải", "Phó Trưởng Ban")]
    huong = [P("Nguyễn Thị Lan Hương", "Phó Trưởng Ban")]
    wa = "Công tác nắm bắt, định hướng dư luận xã hội có lúc chưa kịp thời, nhất là trước các vấn đề phức tạp nảy sinh ở cơ sở."
    wb = "Việc biên soạn, phát hành tài liệu sinh hoạt chi bộ hằng tháng còn chậm so với yêu cầu."
    wc = "Công tác dân vận chính quyền ở một số địa phương còn hình thức; việc đối thoại giữa người đứng đầu cấp ủy với Nhân dân chưa thường xuyên."
    rows = [
        ("group", "I", "Về công tác tuyên truyền", "I. Về công tác tuyên truyền"),
        ("weak", wa, [
            T("Kiện toàn mạng lưới cộng tác viên dư luận xã hội ở các xã, phường", D("due", "2026-06-30", "Quý II/2026"),
              owners=hai, advisors=["Phòng Tuyên truyền - Báo chí"], partners=["Đảng ủy các xã, phường"],
              cells={"lanhdao": "Đồng chí Trần Văn Hải, Phó Trưởng Ban"}),
            T("Tổ chức giao ban dư luận xã hội, kịp thời tham mưu xử lý các vấn đề nổi cộm", D("recurring", None, "Thực hiện thường xuyên"),
              owners=hai, advisors=["Phòng Tuyên truyền - Báo chí"], partners=["Công an tỉnh"],
              cells={"lanhdao": "Đồng chí Trần Văn Hải, Phó Trưởng Ban"}),
        ]),
        ("weak", wb, [
            T("Ban hành định hướng nội dung sinh hoạt chuyên đề, tài liệu sinh hoạt chi bộ đúng thời gian quy định", D("recurring", None, "Định kỳ hằng tháng"),
              owners=hai, advisors=["Phòng Lý luận chính trị - Lịch sử Đảng"], partners=[],
              cells={"lanhdao": "Đồng chí Trần Văn Hải, Phó Trưởng Ban"}),
        ]),
        ("group", "II", "Về công tác dân vận", "II. Về công tác dân vận"),
        ("weak", wc, [
            T("Tham mưu Ban Thường vụ Tỉnh ủy chỉ đạo tổ chức đối thoại giữa người đứng đầu cấp ủy, chính quyền với Nhân dân", D("due", "2026-06-30", "6 tháng đầu năm 2026"),
              owners=huong, advisors=["Phòng Dân vận"], partners=["Ủy ban MTTQ tỉnh"],
              cells={"lanhdao": "Đồng chí Nguyễn Thị Lan Hương, Phó Trưởng Ban"}),
            T("Sơ kết việc thực hiện Quy chế công tác dân vận của hệ thống chính trị trên địa bàn tỉnh", D("done", None, "Đã hoàn thành"),
              owners=huong, advisors=["Phòng Dân vận"], partners=[],
              cells={"lanhdao": "Đồng chí Nguyễn Thị Lan Hương, Phó Trưởng Ban", "ghichu": "Tháng 3/2026 đã báo cáo Thường trực Tỉnh ủy"}),
        ]),
    ]
    d.table_groups(COLS, rows, "II")
    d.section("III", "TỔ CHỨC THỰC HIỆN", "III. TỔ CHỨC THỰC HIỆN")
    d.p("1. Các đồng chí lãnh đạo Ban theo lĩnh vực được phân công chỉ đạo các phòng triển khai thực hiện kế hoạch này.")
    d.p("2. Văn phòng Ban theo dõi, tổng hợp kết quả, báo cáo Thường trực Tỉnh ủy theo quy định.")
    d.closing_table(
        "<p><b>Nơi nhận:</b><br/>- Thường trực Tỉnh ủy (b/c),<br/>- Các đồng chí lãnh đạo Ban,<br/>- Các phòng thuộc Ban,<br/>- Lưu VP Ban.</p>",
        '<p align="center"><b>K/T TRƯỞNG BAN<br/>PHÓ TRƯỞNG BAN</b><br/><br/><br/><br/><b>Nguyễn Thị Lan Hương</b></p>')
    return d
