from lo import Doc, T, D, P, header_table, PARTY_MOTTO


def build():
    d = Doc("lo_003_dangui_xa_footnote", "libreoffice", {
        "number": "09-KH/ĐU", "kind": "Kế hoạch",
        "title": "khắc phục hạn chế, khuyết điểm của Ban Chấp hành Đảng bộ xã sau kiểm điểm năm 2025",
        "issuer": "Đảng ủy xã Thiên Lộc", "issued_on": "2026-04-02",
        "signer": P("Nguyễn Hữu Phước", "T/M ĐẢNG ỦY BÍ THƯ"),
        "references": [{"number": "15-KH/TU", "kind": "Kế hoạch", "date": "2026-02-10"},
                       {"number": "04-NQ/ĐU", "kind": "Nghị quyết", "date": "2026-01-06"}],
        "recipients": ["Ban Tổ chức Tỉnh ủy", "Các đồng chí Đảng ủy viên", "Các chi bộ trực thuộc", "Lưu VPĐU"],
    })
    d.raw(header_table("ĐẢNG BỘ TỈNH HÀ TĨNH<br/><b>ĐẢNG ỦY XÃ THIÊN LỘC</b><br/>*", PARTY_MOTTO,
                       "Số 09 -KH/ĐU", "Thiên Lộc, ngày 2 tháng 4 năm 2026"))
    d.p("<b>KẾ HOẠCH</b>", "center")
    d.p("<b>khắc phục hạn chế, khuyết điểm của Ban Chấp hành Đảng bộ xã<br/>sau kiểm điểm năm 2025</b>", "center")
    d.p("Căn cứ Kế hoạch số 15-KH/TU, ngày 10-02-2026 của Ban Thường vụ Tỉnh ủy; Nghị quyết số 04-NQ/ĐU, ngày 06-01-2026 của Đảng ủy xã về nhiệm vụ năm 2026, Ban Chấp hành Đảng bộ xã Thiên Lộc xây dựng kế hoạch khắc phục hạn chế, khuyết điểm như sau:")
    d.section("I", "MỤC ĐÍCH, YÊU CẦU", "I. MỤC ĐÍCH, YÊU CẦU")
    d.p("Nhận diện đầy đủ các hạn chế, khuyết điểm; đề ra giải pháp khắc phục sát thực tế, có người chịu trách nhiệm và mốc thời gian cụ thể.")
    d.section("II", "NỘI DUNG, GIẢI PHÁP KHẮC PHỤC", "II. NỘI DUNG, GIẢI PHÁP KHẮC PHỤC")
    groups = [
        ("Về lãnh đạo phát triển kinh tế, xây dựng nông thôn mới",
         "Tiến độ xây dựng xã nông thôn mới nâng cao còn chậm; một số tiêu chí về thu nhập, môi trường chưa đạt.",
         [T("Rà soát lại các tiêu chí xã nông thôn mới nâng cao, xây dựng lộ trình hoàn thành từng tiêu chí", D("due", "2026-06-30", "trước ngày 30-6-2026")),
          T("Vận động Nhân dân hiến đất, góp công làm đường giao thông nội đồng ở các thôn Đông, thôn Trung", D("due", "2026-10-15", "trước ngày 15-10-2026"))],
         "Đ/c <b>Phan Văn Tình</b>, Phó Bí thư Thường trực Đảng ủy", [P("Phan Văn Tình", "Phó Bí thư Thường trực Đảng ủy")],
         "Ủy ban nhân dân xã"),
        ("Về công tác xây dựng Đảng",
         "Chất lượng sinh hoạt ở một số chi bộ thôn chưa cao; nội dung sinh hoạt còn đơn điệu.",
         [T("Chỉ đạo các chi bộ thôn đăng ký và tổ chức ít nhất một buổi sinh hoạt chuyên đề mỗi quý", D("recurring", None, "định kỳ hằng quý")),
          T("Phân công Đảng ủy viên dự sinh hoạt tại các chi bộ yếu, góp ý trực tiếp sau mỗi buổi sinh hoạt", D("recurring", None, "thực hiện thường xuyên"))],
         "Đ/c <b>Nguyễn Hữu Phước</b>, Bí thư Đảng ủy", [P("Nguyễn Hữu Phước", "Bí thư Đảng ủy")],
         "Văn phòng Đảng ủy"),
    ]
    for i, (title, weak, tasks, own_html, owners, adv) in enumerate(groups, 1):
        d.raw(f'<ol start="{i}"><li><p><b>{title}</b>{d.fn(weak)}</p></li></ol>')
        d.p("<i>Giải pháp:</i>")
        d.raw(d.tasks_html(tasks, "+ ", "{t} ({d})."))
        d.p(f"<i>Phân công chỉ đạo:</i> {own_html}.")
        d.p(f"<i>Tham mưu:</i> {adv}.")
        d.add_group(str(i), "II", title, [weak], owners, [adv], [], None, tasks)
    d.section("III", "TỔ CHỨC THỰC HIỆN", "III. TỔ CHỨC THỰC HIỆN")
    d.p("Các đồng chí Đảng ủy viên, các chi bộ trực thuộc triển khai thực hiện nghiêm túc; Văn phòng Đảng ủy theo dõi, tổng hợp báo cáo Ban Thường vụ Đảng ủy.")
    d.closing_table(
        "<p><u>Nơi nhận</u>:<br/>- Ban Tổ chức Tỉnh ủy (để b/c),<br/>- Các đồng chí Đảng ủy viên,<br/>- Các chi bộ trực thuộc,<br/>- Lưu VPĐU.</p>",
        '<p align="center"><b>T/M ĐẢNG ỦY<br/>BÍ THƯ</b><br/><br/><br/><br/><b>Nguyễn Hữu Phước</b></p>')
    return d
