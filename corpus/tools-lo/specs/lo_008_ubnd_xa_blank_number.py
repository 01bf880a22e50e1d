from lo import Doc, T, D, P, header_table, STATE_MOTTO_OLD


def build():
    d = Doc("lo_008_ubnd_xa_blank_number", "libreoffice", {
        "number": None, "kind": "Kế hoạch",
        "title": "Khắc phục tồn tại, hạn chế trong công tác quản lý đất đai, trật tự xây dựng trên địa bàn xã năm 2026",
        "issuer": "Ủy ban nhân dân xã Hòa An", "issued_on": "2026-06-16",
        "signer": P("Nguyễn Văn Lực", "TM. UỶ BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH"),
        "references": [{"number": "142/TB-UBND", "kind": "Thông báo", "date": "2026-06-02"}],
        "recipients": ["Đảng uỷ xã", "TT HĐND xã", "CT, các PCT UBND xã", "Các thôn", "Lưu: VT"],
    })
    d.raw(header_table("UỶ BAN NHÂN DÂN<br/><b>XÃ HOÀ AN</b><br/>-------", STATE_MOTTO_OLD,
                       "Số: …/KH-UBND", "Hoà An, ngày<br/>16 tháng 6 năm 2026"))
    d.p("<b>KẾ HOẠCH</b>", "center")
    d.p("<b>Khắc phục tồn tại, hạn chế trong công tác quản lý đất đai,<br/>trật tự xây dựng trên địa bàn xã năm 2026</b>", "center")
    d.p("Thực hiện Thông báo số 142/TB-UBND ngày 02/6/2026 của Uỷ ban nhân dân tỉnh về kết quả kiểm tra công tác quản lý đất đai tại các xã, Uỷ ban nhân dân xã Hoà An xây dựng kế hoạch thực hiện như sau:")
    d.section("I", "MỤC ĐÍCH, YÊU CẦU", "I. MỤC ĐÍCH, YÊU CẦU")
    d.p("Chấn chỉnh, khắc phục các tồn tại đã được Đoàn kiểm tra chỉ ra; không để phát sinh mới các trường hợp vi phạm về đất đai, trật tự xây dựng.")
    d.section("II", "NHIỆM VỤ TRỌNG TÂM", "II. NHIỆM VỤ TRỌNG TÂM")
    w1 = "Còn 17 trường hợp sử dụng đất sai mục đích chưa được xử lý dứt điểm; việc cập nhật biến động đất đai chưa kịp thời."
    d.p("<b>1. Xử lý các trường hợp vi phạm về đất đai</b>")
    d.p("Tồn tại, hạn chế: " + w1)
    t1 = [T("Lập hồ sơ, xử lý dứt điểm 17 trường hợp sử dụng đất sai mục đích theo quy định"),
          T("Cập nhật, chỉnh lý biến động đất đai trên hệ thống cơ sở dữ liệu đất đai của xã"),
          T("Công khai kết quả xử lý tại trụ sở UBND xã và nhà văn hoá các thôn")]
    d.raw(d.tasks_html(t1, "ol-a", "{t}."))
    gd = D("due", "2026-12-31", "6 tháng cuối năm 2026")
    d.p("Thời gian thực hiện: 6 tháng cuối năm 2026.")
    d.p("Giao công chức Địa chính - Xây dựng chủ trì, phối hợp với Công an xã và Trưởng các thôn thực hiện.")
    d.add_group("1", "II", "Xử lý các trường hợp vi phạm về đất đai", [w1], [],
                ["công chức Địa chính - Xây dựng"], ["Công an xã", "Trưởng các thôn"], gd, t1)
    w2 = "Công tác kiểm tra trật tự xây dựng chưa thường xuyên, để xảy ra 05 trường hợp xây dựng không phép."
    d.p("<b>2. Quản lý trật tự xây dựng</b>")
    d.p("Tồn tại, hạn chế: " + w2)
    t2 = [T("Kiểm tra trật tự xây dựng trên địa bàn, lập biên bản ngay khi phát hiện vi phạm", D("recurring", None, "hằng tháng")),
          T("Xử lý xong 05 trường hợp xây dựng không phép đã phát hiện", D("due", "2026-11-15", "trước 15/11"))]
    d.raw(d.tasks_html(t2, "ol-a", "{t} ({d})."))
    d.p("Giao Tổ quản lý trật tự đô thị xã chủ trì thực hiện.")
    d.add_group("2", "II", "Quản lý trật tự xây dựng", [w2], [], ["Tổ quản lý trật tự đô thị xã"], [], None, t2)
    d.section("III", "TỔ CHỨC THỰC HIỆN", "III. TỔ CHỨC THỰC HIỆN")
    d.p("Các bộ phận, cá nhân được giao nhiệm vụ triển khai thực hiện nghiêm túc; báo cáo kết quả về Văn phòng HĐND và UBND xã hằng tháng để tổng hợp.")
    d.closing_table(
        "<p><b><i>Nơi nhận:</i></b><br/>- Đảng uỷ xã (b/c);<br/>- TT HĐND xã;<br/>- CT, các PCT UBND xã;<br/>- Các thôn;<br/>- Lưu: VT.</p>",
        '<p align="center"><b>TM. UỶ BAN NHÂN DÂN<br/>KT. CHỦ TỊCH<br/>PHÓ CHỦ TỊCH</b><br/><br/><br/><br/><b>Nguyễn Văn Lực</b></p>')
    return d
