from lo import Doc, T, D, P, header_table, STATE_MOTTO


def build():
    d = Doc("lo_027_ttgdnn_multilevel_sameline", "libreoffice", {
        "number": "48/KH-TTGDNN", "kind": "Kế hoạch",
        "title": "Khắc phục hạn chế sau kiểm tra công tác tuyển sinh, đào tạo nghề trình độ sơ cấp năm 2026",
        "issuer": "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên khu vực Thạch Thành", "issued_on": "2026-06-24",
        "signer": P("Bùi Thị Nga", "GIÁM ĐỐC"),
        "references": [{"number": "1422/SGDĐT-GDTX", "kind": "Công văn", "date": "2026-06-09"}],
        "recipients": ["Sở Giáo dục và Đào tạo", "Các phòng, tổ chuyên môn", "Lưu: VT"],
    })
    d.raw(header_table("SỞ GIÁO DỤC VÀ ĐÀO TẠO THANH HÓA<br/><b>TRUNG TÂM GIÁO DỤC NGHỀ NGHIỆP -<br/>GIÁO DỤC THƯỜNG XUYÊN<br/>KHU VỰC THẠCH THÀNH</b><br/>-------", STATE_MOTTO,
                       "Số: 48/KH-TTGDNN", "Thạch Thành, ngày 24 tháng 6 năm 2026"))
    d.p("<b>KẾ HOẠCH</b>", "center")
    d.p("<b>Khắc phục hạn chế sau kiểm tra công tác tuyển sinh,<br/>đào tạo nghề trình độ sơ cấp năm 2026</b>", "center")
    d.p("Thực hiện Công văn số 1422/SGDĐT-GDTX ngày 09/6/2026 của Sở Giáo dục và Đào tạo về thông báo kết quả kiểm tra, Trung tâm xây dựng kế hoạch khắc phục như sau:")
    d.section("I", "MỤC ĐÍCH, YÊU CẦU", "I. MỤC ĐÍCH, YÊU CẦU")
    d.p("Khắc phục kịp thời các hạn chế trong tuyển sinh, tổ chức đào tạo và quản lý hồ sơ đào tạo nghề.")
    d.section("II", "NỘI DUNG KHẮC PHỤC", "II. NỘI DUNG KHẮC PHỤC")
    d.p("<b>1. Công tác tuyển sinh</b>")
    groups = [
        ("1.1", "Hồ sơ tuyển sinh", "Một số hồ sơ người học thiếu bản sao giấy tờ tùy thân, phiếu đăng ký chưa có chữ ký của người học.",
         T("Rà soát toàn bộ hồ sơ tuyển sinh năm 2026, bổ sung giấy tờ còn thiếu", D("due", "2026-07-15", "trước ngày 15/7/2026"))),
        ("1.2", "Thông tin tuyển sinh", "Thông tin tuyển sinh chưa được công khai trên trang thông tin điện tử của Trung tâm.",
         T("Đăng tải kế hoạch, chỉ tiêu, ngành nghề tuyển sinh trên trang thông tin điện tử và niêm yết tại trụ sở", D("recurring", None, "thực hiện thường xuyên"))),
    ]
    groups2 = [
        ("2.1", "Chương trình, giáo trình", "Chương trình đào tạo nghề may công nghiệp chưa được cập nhật theo quy định mới.",
         T("Tổ chức biên soạn, thẩm định lại chương trình đào tạo nghề may công nghiệp", D("due", "2026-09-30", "hoàn thành trong quý III/2026"))),
    ]

    def emit(items, parent_title):
        for num, title, weak, task in items:
            d.p(f"<b><i>{num}. {title}</i></b>")
            d.p("a) Hạn chế: " + weak)
            d.p(f"b) Giải pháp thực hiện: {task.text} ({task.dl['text']}).")
            d.add_group(num, "II", title, [weak], [], [], [], None, [task])
    emit(groups, "Công tác tuyển sinh")
    d.p("<b>2. Công tác tổ chức đào tạo</b>")
    emit(groups2, "Công tác tổ chức đào tạo")
    d.p("Các nội dung trên do đồng chí Lê Văn Cường, Phó Giám đốc trực tiếp chỉ đạo; Phòng Đào tạo tham mưu thực hiện.")
    for g in d.groups:
        g["owners"] = [P("Lê Văn Cường", "Phó Giám đốc")]
        g["advisors"] = ["Phòng Đào tạo"]
    d.section("III", "TỔ CHỨC THỰC HIỆN", "III. TỔ CHỨC THỰC HIỆN")
    d.p("Phòng Đào tạo theo dõi, tổng hợp kết quả, báo cáo Giám đốc và Sở Giáo dục và Đào tạo.")
    d.closing_table(
        "<p><b><i>Nơi nhận:</i></b><br/>- Sở Giáo dục và Đào tạo (b/c);<br/>- Các phòng, tổ chuyên môn;<br/>- Lưu: VT.</p>",
        '<p align="center"><b>GIÁM ĐỐC</b><br/><br/><br/><br/><b>Bùi Thị Nga</b></p>')
    return d
