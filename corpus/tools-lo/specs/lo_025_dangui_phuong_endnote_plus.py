from lo import Doc, T, D, P


def build():
    d = Doc("lo_025_dangui_phuong_endnote_plus", "libreoffice", {
        "number": "21-KH/ĐU", "kind": "Kế hoạch",
        "title": "khắc phục hạn chế, khuyết điểm theo Kết luận kiểm tra của Ban Thường vụ Thành ủy",
        "issuer": "Đảng ủy phường Lê Chân", "issued_on": "2026-06-03",
        "signer": P("Vũ Đức Thắng", "T/M BAN THƯỜNG VỤ PHÓ BÍ THƯ"),
        "references": [{"number": "145-KL/TU", "kind": "Kết luận", "date": "2026-05-18"}],
        "recipients": ["Ban Thường vụ Thành ủy", "Ủy ban Kiểm tra Thành ủy", "Các đồng chí Đảng ủy viên", "Lưu VPĐU"],
    })
    for line in ["ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG", "<b>ĐẢNG ỦY PHƯỜNG LÊ CHÂN</b>", "*", "Số 21 -KH/ĐU"]:
        d.p(line)
    d.p("<b>ĐẢNG CỘNG SẢN VIỆT NAM</b>", "right")
    d.p("<i>Lê Chân, ngày 3 tháng 6 năm 2026</i>", "right")
    d.p("<b>KẾ HOẠCH</b>", "center")
    d.p("<b>khắc phục hạn chế, khuyết điểm theo Kết luận kiểm tra<br/>của Ban Thường vụ Thành ủy</b>", "center")
    d.p("Thực hiện Kết luận số 145-KL/TU, ngày 18-5-2026 của Ban Thường vụ Thành ủy về kết quả kiểm tra việc lãnh đạo thực hiện công tác quản lý đô thị; Ban Thường vụ Đảng ủy phường xây dựng kế hoạch khắc phục như sau:")
    d.section("I", "MỤC ĐÍCH, YÊU CẦU", "I- MỤC ĐÍCH, YÊU CẦU")
    d.p("Khắc phục nghiêm túc, triệt để những hạn chế, khuyết điểm đoàn kiểm tra đã chỉ ra; xác định rõ trách nhiệm của tập thể, cá nhân.")
    d.section("II", "NHIỆM VỤ, GIẢI PHÁP KHẮC PHỤC", "II- NHIỆM VỤ, GIẢI PHÁP KHẮC PHỤC")
    spec = [
        ("Lãnh đạo công tác quản lý trật tự đô thị",
         "Ban Thường vụ chưa chỉ đạo quyết liệt việc xử lý lấn chiếm vỉa hè, lòng đường tại các tuyến phố trọng điểm.",
         [T("Ban hành chỉ thị về lập lại trật tự vỉa hè, lòng đường trên địa bàn phường", D("due", "2026-06-30", "trong quý hai năm 2026")),
          T("Chỉ đạo ra quân xử lý vi phạm trật tự đô thị tại các tuyến phố trọng điểm", D("recurring", None, "định kỳ hằng tháng"))],
         "Đồng chí Vũ Đức Thắng, Phó Bí thư Thường trực Đảng ủy", [P("Vũ Đức Thắng", "Phó Bí thư Thường trực Đảng ủy")], "Văn phòng Đảng ủy"),
        ("Kiểm tra, giám sát việc thực hiện quy hoạch xây dựng",
         "Việc kiểm tra, giám sát của Đảng ủy đối với công tác cấp phép xây dựng còn ít, chưa phát hiện kịp thời sai phạm.",
         [T("Giám sát chuyên đề công tác cấp phép xây dựng và quản lý trật tự xây dựng của UBND phường", D("due", "2026-07-31", "hoàn thành trước ngày 31.7.2026")),
          T("Kiểm điểm trách nhiệm tập thể, cá nhân liên quan đến các công trình xây dựng sai phép đã được kết luận", D("due", "2026-06-30", "trong quý hai năm 2026"))],
         "Đồng chí Đặng Thu Trang, Chủ nhiệm Ủy ban Kiểm tra Đảng ủy", [P("Đặng Thu Trang", "Chủ nhiệm Ủy ban Kiểm tra Đảng ủy")], "Ủy ban Kiểm tra Đảng ủy"),
    ]
    for title, weak, tasks, oh, owners, adv in spec:
        d.p(f"<b>{title}</b>{d.en(weak)}")
        d.raw(d.tasks_html(tasks, "+ ", "{t} ({d})."))
        d.p(f"Phân công chỉ đạo: {oh}.")
        d.p(f"Tham mưu: {adv}.")
        d.add_group(None, "II", title, [weak], owners, [adv], [], None, tasks)
    d.section("III", "TỔ CHỨC THỰC HIỆN", "III- TỔ CHỨC THỰC HIỆN")
    d.p("Văn phòng Đảng ủy theo dõi, tổng hợp, báo cáo Ban Thường vụ Thành ủy kết quả khắc phục theo quy định.")
    d.p("<u>Nơi nhận</u>:")
    for r in ["- Ban Thường vụ Thành ủy (b/c),", "- Ủy ban Kiểm tra Thành ủy,", "- Các đồng chí Đảng ủy viên,", "- Lưu VPĐU."]:
        d.p(r)
    d.p("<b>T/M BAN THƯỜNG VỤ<br/>PHÓ BÍ THƯ</b><br/><br/><br/><b>Vũ Đức Thắng</b>", "right")
    return d
