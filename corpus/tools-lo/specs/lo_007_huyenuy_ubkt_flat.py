from lo import Doc, T, D, P


def build():
    d = Doc("lo_007_huyenuy_ubkt_flat", "libreoffice", {
        "number": "14-KH/UBKTHU", "kind": "Kế hoạch",
        "title": "khắc phục hạn chế, khuyết điểm sau kiểm điểm tập thể Ủy ban Kiểm tra Huyện ủy năm 2024",
        "issuer": "Ủy ban Kiểm tra Huyện ủy Hải Lăng", "issued_on": "2025-01-20",
        "signer": P("Trương Công Định", "T/M ỦY BAN KIỂM TRA CHỦ NHIỆM"),
        "references": [{"number": "08-HD/UBKTTU", "kind": "Hướng dẫn", "date": "2024-11-28"},
                       {"number": "22-QĐ/TW", "kind": "Quy định", "date": "2021-07-28"}],
        "recipients": ["Ủy ban Kiểm tra Tỉnh ủy", "Thường trực Huyện ủy", "Các đồng chí Ủy viên UBKT Huyện ủy", "Lưu UBKT"],
    })
    for line in ["ĐẢNG BỘ TỈNH QUẢNG TRỊ", "<b>HUYỆN ỦY HẢI LĂNG</b>", "<b>ỦY BAN KIỂM TRA</b>", "*", "Số 14-KH/UBKTHU"]:
        d.p(line)
    d.p("<b>ĐẢNG CỘNG SẢN VIỆT NAM</b>", "right")
    d.p("<i>Hải Lăng, ngày 20 tháng 01 năm 2025</i>", "right")
    d.p("<b>KẾ HOẠCH</b>", "center")
    d.p("<b>khắc phục hạn chế, khuyết điểm sau kiểm điểm<br/>tập thể Ủy ban Kiểm tra Huyện ủy năm 2024</b>", "center")
    d.p("Thực hiện Hướng dẫn số 08-HD/UBKTTU, ngày 28/11/2024 của Ủy ban Kiểm tra Tỉnh ủy về kiểm điểm, đánh giá tập thể, cá nhân năm 2024; Ủy ban Kiểm tra Huyện ủy xây dựng kế hoạch khắc phục hạn chế, khuyết điểm như sau:")
    d.section("I", "MỤC ĐÍCH, YÊU CẦU", "I- MỤC ĐÍCH, YÊU CẦU")
    d.p("Khắc phục triệt để những hạn chế, khuyết điểm tập thể Ủy ban Kiểm tra đã tự chỉ ra và được cấp trên góp ý; nâng cao chất lượng, hiệu quả công tác kiểm tra, giám sát và thi hành kỷ luật trong Đảng.")
    d.section("II", "HẠN CHẾ, KHUYẾT ĐIỂM VÀ GIẢI PHÁP KHẮC PHỤC", "II- HẠN CHẾ, KHUYẾT ĐIỂM VÀ GIẢI PHÁP KHẮC PHỤC")
    g1w = ["Việc phát hiện dấu hiệu vi phạm qua giám sát thường xuyên còn ít", "Một số cuộc kiểm tra kéo dài so với thời gian theo kế hoạch"]
    d.p("<b>Về thực hiện nhiệm vụ kiểm tra, giám sát</b>")
    d.p("Hạn chế, khuyết điểm: (1) " + g1w[0] + "; (2) " + g1w[1] + ".")
    d.p("Giải pháp:")
    t1 = [T("Đổi mới phương pháp giám sát thường xuyên, tăng cường nắm tình hình qua đơn thư, dư luận xã hội và qua báo chí", D("recurring", None, "thực hiện thường xuyên"), fmt="{t} ({d})."),
          T("Xây dựng quy trình theo dõi tiến độ từng cuộc kiểm tra, giao trách nhiệm cho trưởng đoàn báo cáo tiến độ hằng tuần", D("due", "2025-06-30", "hoàn thành trong quý II năm 2025"), fmt="{t}, {d}."),
          T("Tập huấn nghiệp vụ cho cán bộ kiểm tra theo Quy định số 22-QĐ/TW, ngày 28/7/2021 của Ban Chấp hành Trung ương", D("due", "2025-09-30", "trong quý ba năm 2025"), fmt="{t}, {d}.")]
    d.raw(d.tasks_html(t1, "- ", "{t} ({d})."))
    d.p("Phân công chỉ đạo: Đồng chí Hoàng Văn Nam, Phó Chủ nhiệm Thường trực Ủy ban Kiểm tra Huyện ủy.")
    d.add_group(None, "II", "Về thực hiện nhiệm vụ kiểm tra, giám sát", g1w,
                [P("Hoàng Văn Nam", "Phó Chủ nhiệm Thường trực Ủy ban Kiểm tra Huyện ủy")], [], [], None, t1)
    g2w = ["Công tác tham mưu cấp ủy giải quyết tố cáo đối với đảng viên có lúc chưa kịp thời", "Việc lưu trữ hồ sơ kiểm tra chưa khoa học"]
    d.p("<b>Về công tác tham mưu và giải quyết tố cáo</b>")
    d.p("Hạn chế, khuyết điểm: (1) " + g2w[0] + "; (2) " + g2w[1] + ".")
    d.p("Giải pháp:")
    t2 = [T("Rà soát, phân loại, giải quyết dứt điểm các đơn thư tố cáo tồn đọng", D("due", "2025-03-31", "xong trước ngày 31.3.2025")),
          T("Số hóa hồ sơ kiểm tra, giám sát từ năm 2020 đến nay, sắp xếp lưu trữ theo quy định", D("due", "2025-12-31", "trong năm 2025"))]
    d.raw(d.tasks_html(t2, "- ", "{t} ({d})."))
    d.p("Phân công chỉ đạo: Thường trực Ủy ban Kiểm tra.")
    d.add_group(None, "II", "Về công tác tham mưu và giải quyết tố cáo", g2w,
                [P(None, "Thường trực Ủy ban Kiểm tra")], [], [], None, t2)
    d.section("III", "TỔ CHỨC THỰC HIỆN", "III- TỔ CHỨC THỰC HIỆN")
    d.p("Các đồng chí Ủy viên Ủy ban Kiểm tra, cán bộ cơ quan Ủy ban Kiểm tra căn cứ kế hoạch tổ chức thực hiện; định kỳ 6 tháng báo cáo kết quả với Thường trực Huyện ủy.")
    d.p("<b><u>Nơi nhận</u>:</b>")
    for r in ["- Ủy ban Kiểm tra Tỉnh ủy (b/c),", "- Thường trực Huyện ủy (b/c),", "- Các đồng chí Ủy viên UBKT Huyện ủy,", "- Lưu UBKT."]:
        d.p(r)
    d.p("<b>T/M ỦY BAN KIỂM TRA</b>", "right")
    d.p("<b>CHỦ NHIỆM</b>", "right")
    d.p("<br/><br/>", "right")
    d.p("<b>Trương Công Định</b>", "right")
    return d
