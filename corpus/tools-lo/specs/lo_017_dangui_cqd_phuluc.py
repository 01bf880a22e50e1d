from lo import Doc, T, D, P, header_table, PARTY_MOTTO

COLS = [("tt", "TT"), ("weak", "Hạn chế, khuyết điểm"), ("task", "Nhiệm vụ, giải pháp khắc phục"),
        ("chutri", "Cơ quan chủ trì"), ("phoihop", "Cơ quan phối hợp"), ("lanhdao", "Người chịu trách nhiệm"),
        ("thoihan", "Thời hạn"), ("ghichu", "Ghi chú")]


def build():
    d = Doc("lo_017_dangui_cqd_phuluc", "libreoffice", {
        "number": "44-KH/ĐU", "kind": "Kế hoạch",
        "title": "khắc phục hạn chế, khuyết điểm qua kiểm điểm năm 2025 của Ban Chấp hành Đảng bộ các cơ quan Đảng tỉnh",
        "issuer": "Đảng ủy các cơ quan Đảng tỉnh", "issued_on": "2026-04-10",
        "signer": P("Đoàn Thị Hồng Vân", "T/M BAN THƯỜNG VỤ PHÓ BÍ THƯ"),
        "references": [{"number": "98-KH/TU", "kind": "Kế hoạch", "date": "2026-03-20"},
                       {"number": "366-KL/TW", "kind": "Kết luận", "date": None}],
        "recipients": ["Ban Thường vụ Tỉnh ủy", "Ban Tổ chức Tỉnh ủy", "Các đồng chí Ủy viên BCH Đảng bộ", "Các tổ chức cơ sở đảng", "Lưu VPĐU"],
    })
    d.raw(header_table("ĐẢNG BỘ TỈNH HƯNG YÊN<br/><b>ĐẢNG ỦY CÁC CƠ QUAN ĐẢNG TỈNH</b><br/>*", PARTY_MOTTO,
                       "Số 44-KH/ĐU", "Hưng Yên, ngày 10 tháng 4 năm 2026"))
    d.p("<b>KẾ HOẠCH</b>", "center")
    d.p("<b>khắc phục hạn chế, khuyết điểm qua kiểm điểm năm 2025<br/>của Ban Chấp hành Đảng bộ các cơ quan Đảng tỉnh</b>", "center")
    d.p("Thực hiện Kế hoạch số 98-KH/TU, ngày 20-3-2026 của Ban Thường vụ Tỉnh ủy; Kết luận số 366-KL/TW của Bộ Chính trị về kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên, Ban Thường vụ Đảng ủy xây dựng kế hoạch như sau:")
    d.section("I", "MỤC ĐÍCH, YÊU CẦU", "I. MỤC ĐÍCH, YÊU CẦU")
    d.p("Khắc phục có hiệu quả những hạn chế, khuyết điểm; nâng cao năng lực lãnh đạo, sức chiến đấu của Đảng bộ.")
    d.section("II", "NỘI DUNG KHẮC PHỤC", "II. NỘI DUNG KHẮC PHỤC")
    d.p("(Có Phụ lục chi tiết kèm theo)")
    d.section("III", "TỔ CHỨC THỰC HIỆN", "III. TỔ CHỨC THỰC HIỆN")
    d.p("Các đồng chí Ủy viên Ban Chấp hành, các tổ chức cơ sở đảng trực thuộc căn cứ Phụ lục triển khai thực hiện; Văn phòng Đảng ủy theo dõi, tổng hợp.")
    d.closing_table(
        "<p><u>Nơi nhận</u>:<br/>- Ban Thường vụ Tỉnh ủy (b/c),<br/>- Ban Tổ chức Tỉnh ủy,<br/>- Các đồng chí Ủy viên BCH Đảng bộ,<br/>- Các tổ chức cơ sở đảng,<br/>- Lưu VPĐU.</p>",
        '<p align="center"><b>T/M BAN THƯỜNG VỤ<br/>PHÓ BÍ THƯ</b><br/><br/><br/><br/><b>Đoàn Thị Hồng Vân</b></p>')
    d.landscape = True
    d.p("<b>PHỤ LỤC</b>", "center", "page-break-before: always")
    d.p("<b>NHIỆM VỤ, GIẢI PHÁP KHẮC PHỤC HẠN CHẾ, KHUYẾT ĐIỂM</b><br/><i>(Kèm theo Kế hoạch số 44-KH/ĐU, ngày 10/4/2026 của Ban Thường vụ Đảng ủy các cơ quan Đảng tỉnh)</i>", "center")
    bt = [P("Đoàn Thị Hồng Vân", "Phó Bí thư Thường trực Đảng ủy")]
    rows = [
        ("group", "1", "Về công tác chính trị, tư tưởng", "1. Về công tác chính trị, tư tưởng"),
        ("weak", "Việc học tập, quán triệt nghị quyết ở một số chi bộ còn hình thức, tỷ lệ đảng viên tham gia chưa cao.", [
            T("Tổ chức học tập, quán triệt nghị quyết bằng hình thức trực tuyến kết hợp trực tiếp, kiểm tra nhận thức sau học tập", D("due", "2026-09-30", "30-9-2026"),
              owners=bt, advisors=["Ban Tuyên giáo Đảng ủy"], partners=["Các chi bộ trực thuộc"],
              cells={"lanhdao": "Đồng chí Đoàn Thị Hồng Vân, Phó Bí thư Thường trực Đảng ủy"}),
        ]),
        ("group", "2", "Về công tác tổ chức, cán bộ và đảng viên", "2. Về công tác tổ chức, cán bộ và đảng viên"),
        ("weak", "Công tác phát triển đảng viên trong đoàn viên thanh niên ở các cơ quan chưa đạt chỉ tiêu.", [
            T("Giao chỉ tiêu kết nạp đảng viên cho từng chi bộ, đảng bộ cơ sở", D("done", None, "Đã hoàn thành"),
              owners=[P("Đoàn Thị Hồng Vân", "Phó Bí thư Thường trực Đảng ủy"), P("Phạm Văn Khoa", "Trưởng Ban Tổ chức Đảng ủy")],
              advisors=["Ban Tổ chức Đảng ủy"], partners=["Đoàn Thanh niên các cơ quan Đảng tỉnh"],
              cells={"lanhdao": "Đồng chí Đoàn Thị Hồng Vân, Phó Bí thư Thường trực Đảng ủy; đồng chí Phạm Văn Khoa, Trưởng Ban Tổ chức Đảng ủy"}),
            T("Mở lớp bồi dưỡng nhận thức về Đảng cho quần chúng ưu tú", D("due", "2026-10-31", "Tháng 10/2026"),
              owners=[P("Phạm Văn Khoa", "Trưởng Ban Tổ chức Đảng ủy")], advisors=["Ban Tổ chức Đảng ủy"], partners=["Trung tâm Chính trị tỉnh"],
              cells={"lanhdao": "Đồng chí Phạm Văn Khoa, Trưởng Ban Tổ chức Đảng ủy"}),
        ]),
        ("weak", "Việc quản lý đảng viên đi làm ăn xa, đảng viên tạm vắng chưa chặt chẽ.", [
            T("Rà soát, lập danh sách đảng viên tạm vắng; giao chi bộ phân công đảng viên theo dõi", D("due", "2026-12-31", "Quý IV/2026"),
              owners=[P("Phạm Văn Khoa", "Trưởng Ban Tổ chức Đảng ủy")], advisors=["Ban Tổ chức Đảng ủy"], partners=[],
              cells={"lanhdao": "Đồng chí Phạm Văn Khoa, Trưởng Ban Tổ chức Đảng ủy"}),
        ]),
    ]
    d.table_groups(COLS, rows, "II")
    return d
