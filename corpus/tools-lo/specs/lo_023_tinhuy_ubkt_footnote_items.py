from lo import Doc, T, D, P, header_table, PARTY_MOTTO


def build():
    d = Doc("lo_023_tinhuy_ubkt_footnote_items", "libreoffice", {
        "number": "36-KH/UBKTTU", "kind": "Kế hoạch",
        "title": "khắc phục hạn chế, khuyết điểm qua kiểm điểm năm 2025 của Ủy ban Kiểm tra Tỉnh ủy",
        "issuer": "Ủy ban Kiểm tra Tỉnh ủy Nghệ An", "issued_on": "2026-05-29",
        "signer": P("Hồ Lê Ngọc", "K/T CHỦ NHIỆM PHÓ CHỦ NHIỆM THƯỜNG TRỰC"),
        "references": [{"number": "71-KH/TU", "kind": "Kế hoạch", "date": "2026-04-21"}],
        "recipients": ["Ủy ban Kiểm tra Trung ương", "Thường trực Tỉnh ủy", "Các đồng chí Ủy viên UBKT Tỉnh ủy", "Các phòng nghiệp vụ", "Lưu VT"],
    })
    d.raw(header_table("TỈNH ỦY NGHỆ AN<br/><b>ỦY BAN KIỂM TRA</b><br/>*", PARTY_MOTTO,
                       "Số 36-KH/UBKTTU", "Nghệ An, ngày 29 tháng 5 năm 2026"))
    d.p("<b>KẾ HOẠCH</b>", "center")
    d.p("<b>khắc phục hạn chế, khuyết điểm qua kiểm điểm năm 2025<br/>của Ủy ban Kiểm tra Tỉnh ủy</b>", "center")
    d.p("Thực hiện Kế hoạch số 71-KH/TU, ngày 21/4/2026 của Ban Thường vụ Tỉnh ủy, Ủy ban Kiểm tra Tỉnh ủy xây dựng kế hoạch khắc phục hạn chế, khuyết điểm như sau:")
    d.section("I", "MỤC ĐÍCH, YÊU CẦU", "I. MỤC ĐÍCH, YÊU CẦU")
    d.p("Khắc phục nghiêm túc, có hiệu quả những hạn chế, khuyết điểm; tạo chuyển biến rõ nét trong công tác kiểm tra, giám sát, kỷ luật đảng.")
    d.section("II", "NHIỆM VỤ, GIẢI PHÁP", "II. NHIỆM VỤ, GIẢI PHÁP")
    spec = [
        ("Nhóm hạn chế về công tác giám sát chuyên đề",
         ["Một số cuộc giám sát chuyên đề chưa chỉ ra được hạn chế, khuyết điểm cụ thể của đối tượng giám sát",
          "Việc theo dõi khắc phục sau giám sát chưa chặt chẽ"],
         [T("Xây dựng bộ tiêu chí lựa chọn nội dung, đối tượng giám sát chuyên đề sát với vấn đề nổi cộm", D("due", "2026-07-20", "hoàn thành trước ngày 20.7.2026")),
          T("Lập sổ theo dõi việc khắc phục sau giám sát, phân công cán bộ theo dõi từng đối tượng", D("recurring", None, "thực hiện thường xuyên"))],
         "Đồng chí <b>Hồ Lê Ngọc</b>, Phó Chủ nhiệm Thường trực Ủy ban Kiểm tra Tỉnh ủy", [P("Hồ Lê Ngọc", "Phó Chủ nhiệm Thường trực Ủy ban Kiểm tra Tỉnh ủy")],
         "Phòng Nghiệp vụ 1"),
        ("Nhóm hạn chế về kiểm tra tài chính đảng",
         ["Kiểm tra tài chính đảng ở cấp cơ sở còn ít",
          "Chưa kịp thời hướng dẫn ủy ban kiểm tra cấp dưới thực hiện quy định mới về thu, chi ngân sách đảng"],
         [T("Tổ chức kiểm tra tài chính đảng tại một số đảng ủy cơ sở có nguồn thu lớn", D("due", "2027-03-31", "trong Quý I/2027")),
          T("Ban hành văn bản hướng dẫn nghiệp vụ kiểm tra tài chính đảng cho ủy ban kiểm tra cấp cơ sở", D("done", "2026-05-31", "đã hoàn thành trong tháng 5/2026"))],
         "Đồng chí <b>Trần Thị Hoài</b>, Ủy viên Ủy ban Kiểm tra Tỉnh ủy", [P("Trần Thị Hoài", "Ủy viên Ủy ban Kiểm tra Tỉnh ủy")],
         "Phòng Nghiệp vụ 3"),
    ]
    for i, (title, weak, tasks, oh, owners, adv) in enumerate(spec, 1):
        note = d.fn("; ".join(f"({k}) {w}" for k, w in enumerate(weak, 1)) + ".")
        d.raw(f'<ol type="a" start="{i}"><li><p><b>{title}</b>{note}</p></li></ol>')
        d.p("<i>Giải pháp thực hiện:</i>")
        d.raw(d.tasks_html(tasks, "ul", "{t} ({d})."))
        d.p(f"<i>Phân công theo dõi, chỉ đạo:</i> {oh}.")
        d.p(f"<i>Đơn vị chủ trì tham mưu:</i> {adv}.")
        d.add_group(chr(96 + i), "II", title, weak, owners, [adv], [], None, tasks)
    d.section("III", "TỔ CHỨC THỰC HIỆN", "III. TỔ CHỨC THỰC HIỆN")
    d.p("Các đồng chí Ủy viên Ủy ban Kiểm tra theo lĩnh vực được phân công chỉ đạo thực hiện; Văn phòng cơ quan tổng hợp, báo cáo Thường trực Tỉnh ủy kết quả khắc phục trước ngày 10-12-2026.")
    d.closing_table(
        "<p><u>Nơi nhận</u>:<br/>- Ủy ban Kiểm tra Trung ương (b/c),<br/>- Thường trực Tỉnh ủy (b/c),<br/>- Các đồng chí Ủy viên UBKT Tỉnh ủy,<br/>- Các phòng nghiệp vụ,<br/>- Lưu VT.</p>",
        '<p align="center"><b>K/T CHỦ NHIỆM<br/>PHÓ CHỦ NHIỆM THƯỜNG TRỰC</b><br/><br/><br/><br/><b>Hồ Lê Ngọc</b></p>')
    return d
