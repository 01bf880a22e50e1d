from lo import Doc, T, D, P, header_table, PARTY_MOTTO


def build():
    d = Doc("lo_012_huyenuy_bantc_endnote", "libreoffice", {
        "number": "05-KH/BTCHU", "kind": "Kế hoạch",
        "title": "khắc phục hạn chế, khuyết điểm của tập thể Ban Tổ chức Huyện ủy sau kiểm điểm năm 2024",
        "issuer": "Ban Tổ chức Huyện ủy Thọ Xuân", "issued_on": "2025-02-07",
        "signer": P("Lê Đình Khang", "TRƯỞNG BAN"),
        "references": [{"number": "47-KH/HU", "kind": "Kế hoạch", "date": "2025-01-15"}],
        "recipients": ["Ban Thường vụ Huyện ủy", "Ban Tổ chức Tỉnh ủy", "Lãnh đạo Ban", "Lưu BTC"],
    })
    d.raw(header_table("HUYỆN ỦY THỌ XUÂN<br/><b>BAN TỔ CHỨC</b><br/>*", PARTY_MOTTO,
                       "Số 05-KH/BTCHU", "Thọ Xuân, ngày 7 tháng 2 năm 2025"))
    d.p("<b>KẾ HOẠCH</b>", "center")
    d.p("<b>khắc phục hạn chế, khuyết điểm của tập thể Ban Tổ chức Huyện ủy<br/>sau kiểm điểm năm 2024</b>", "center")
    d.p("Thực hiện Kế hoạch số 47-KH/HU, ngày 15/01/2025 của Ban Thường vụ Huyện ủy, Ban Tổ chức Huyện ủy xây dựng kế hoạch khắc phục hạn chế, khuyết điểm như sau:")
    d.section("I", "MỤC ĐÍCH, YÊU CẦU", "I. MỤC ĐÍCH, YÊU CẦU")
    d.p("Khắc phục dứt điểm các hạn chế, khuyết điểm đã được chỉ ra; nâng cao chất lượng tham mưu công tác tổ chức xây dựng Đảng của Ban.")
    d.section("II", "NỘI DUNG, GIẢI PHÁP KHẮC PHỤC", "II. NỘI DUNG, GIẢI PHÁP KHẮC PHỤC")
    spec = [
        ("Hạn chế trong công tác tham mưu sắp xếp tổ chức bộ máy",
         "Việc tham mưu sắp xếp, kiện toàn tổ chức bộ máy sau hợp nhất một số cơ quan còn lúng túng, chưa kịp thời.",
         [T("Tham mưu Ban Thường vụ Huyện ủy ban hành quy chế làm việc của các cơ quan sau sắp xếp", D("due", "2025-03-15", "Thời hạn: 15/3/2025")),
          T("Rà soát chức năng, nhiệm vụ, vị trí việc làm của các cơ quan tham mưu, giúp việc Huyện ủy", D("due", "2025-04-30", "Thời hạn: 30/4/2025"))],
         "Đồng chí <b>Lê Đình Khang</b>, Huyện ủy viên, Trưởng Ban Tổ chức Huyện ủy", [P("Lê Đình Khang", "Huyện ủy viên, Trưởng Ban Tổ chức Huyện ủy")]),
        ("Hạn chế trong quản lý hồ sơ đảng viên",
         "Hồ sơ đảng viên ở một số chi bộ, đảng bộ cơ sở còn thiếu, chưa được bổ sung, cập nhật kịp thời.",
         [T("Hướng dẫn các tổ chức cơ sở đảng rà soát, bổ sung hồ sơ đảng viên", D("due", "2025-06-30", "Thời hạn: 30/6/2025")),
          T("Cập nhật dữ liệu đảng viên trên phần mềm Quản lý cơ sở dữ liệu đảng viên", D("recurring", None, "Thời hạn: thường xuyên"))],
         "Đồng chí <b>Nguyễn Thị Ngọc</b>, Phó Trưởng Ban Tổ chức Huyện ủy", [P("Nguyễn Thị Ngọc", "Phó Trưởng Ban Tổ chức Huyện ủy")]),
    ]
    for i, (title, weak, tasks, own_html, owners) in enumerate(spec, 1):
        d.p(f"<b>{i}. {title}</b>{d.en(weak)}")
        d.raw("".join(f"<p>- {t.text}.</p><p><i>{t.dl['text']}.</i></p>" for t in tasks))
        d.p(f"- Phân công theo dõi, chỉ đạo: {own_html}.")
        d.add_group(str(i), "II", title, [weak], owners, [], [], None, tasks)
    d.section("III", "TỔ CHỨC THỰC HIỆN", "III. TỔ CHỨC THỰC HIỆN")
    d.p("Lãnh đạo Ban, cán bộ, chuyên viên Ban Tổ chức Huyện ủy nghiêm túc thực hiện kế hoạch; định kỳ báo cáo Ban Thường vụ Huyện ủy.")
    d.closing_table(
        "<p><u>Nơi nhận</u>:<br/>- Ban Thường vụ Huyện ủy (b/c),<br/>- Ban Tổ chức Tỉnh ủy (b/c),<br/>- Lãnh đạo Ban,<br/>- Lưu BTC.</p>",
        '<p align="center"><b>TRƯỞNG BAN</b><br/><br/><br/><br/><b>Lê Đình Khang</b></p>')
    return d
