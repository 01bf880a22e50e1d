from lo import Doc, T, D, P, header_table, PARTY_MOTTO


def build():
    d = Doc("lo_014_chibo_deadline_heading", "libreoffice", {
        "number": "02-KH/CB", "kind": "Kế hoạch",
        "title": "khắc phục hạn chế, khuyết điểm của Chi bộ năm 2026",
        "issuer": "Chi bộ thôn Tân Hòa", "issued_on": "2026-03-18",
        "signer": P("Trần Văn Sáu", "T/M CHI BỘ BÍ THƯ"),
        "references": [{"number": "21-KH/ĐU", "kind": "Kế hoạch", "date": "2026-03-03"}],
        "recipients": ["Đảng ủy xã Phú Lộc", "Đảng viên trong chi bộ", "Lưu Chi bộ"],
    })
    d.raw(header_table("ĐẢNG ỦY XÃ PHÚ LỘC<br/><b>CHI BỘ THÔN TÂN HÒA</b><br/>*", PARTY_MOTTO,
                       "Số 02-KH/CB", "Tân Hòa, ngày 18 tháng 3 năm 2026"))
    d.p("<b>KẾ HOẠCH</b>", "center")
    d.p("<b>khắc phục hạn chế, khuyết điểm của Chi bộ năm 2026</b>", "center")
    d.p("Thực hiện Kế hoạch số 21-KH/ĐU, ngày 03/3/2026 của Đảng ủy xã về khắc phục hạn chế, khuyết điểm sau kiểm điểm; Chi bộ thôn Tân Hòa xây dựng kế hoạch thực hiện theo lộ trình như sau:")
    d.section("I", "Mục đích, yêu cầu", "I. Mục đích, yêu cầu")
    d.p("Mỗi đảng viên xác định rõ phần việc của mình; chi bộ kiểm tra việc thực hiện tại các kỳ sinh hoạt.")
    d.section("II", "Nhiệm vụ và lộ trình thực hiện", "II. Nhiệm vụ và lộ trình thực hiện")
    spec = [
        ("Trước ngày 30/6", D("due", "2026-06-30", "Trước ngày 30/6"),
         [T("Hoàn thành việc thu đảng phí còn nợ của năm 2025"),
          T("Rà soát, bổ sung quy chế làm việc của chi bộ nhiệm kỳ 2025 - 2027"),
          T("Vận động các hộ còn lại đăng ký làm nhà tiêu hợp vệ sinh")]),
        ("Trước ngày 30/9", D("due", "2026-09-30", "Trước ngày 30/9"),
         [T("Tổ chức sinh hoạt chuyên đề về xây dựng thôn văn hóa, kiểu mẫu"),
          T("Giới thiệu ít nhất 02 quần chúng ưu tú cho Đảng ủy xem xét kết nạp")]),
        ("Trước ngày 15/12", D("due", "2026-12-15", "Trước ngày 15/12"),
         [T("Sơ kết việc khắc phục hạn chế, khuyết điểm, báo cáo Đảng ủy xã")]),
    ]
    for title, dl, tasks in spec:
        d.p(f"<b><i>{title}:</i></b>")
        d.raw(d.tasks_html(tasks, "- ", "{t}."))
        d.add_group(None, "II", title, [], [], [], [], dl, tasks)
    d.section("III", "Tổ chức thực hiện", "III. Tổ chức thực hiện")
    d.p("Đồng chí Bí thư Chi bộ chịu trách nhiệm chung; đồng chí Phó Bí thư Chi bộ theo dõi, đôn đốc và báo cáo tại các kỳ sinh hoạt chi bộ hằng tháng.")
    d.closing_table(
        "<p><u>Nơi nhận</u>:<br/>- Đảng ủy xã Phú Lộc (b/c),<br/>- Đảng viên trong chi bộ,<br/>- Lưu Chi bộ.</p>",
        '<p align="center"><b>T/M CHI BỘ<br/>BÍ THƯ</b><br/><br/><br/><br/><b>Trần Văn Sáu</b></p>')
    return d
