from lo import Doc, P, header_table, STATE_MOTTO


def build():
    d = Doc("np_10_bien_ban", "nonplans", {
        "number": None, "kind": "Biên bản",
        "title": "Kiểm tra nội bộ hoạt động sư phạm của giáo viên",
        "issuer": "Trường Tiểu học Kim Đồng", "issued_on": None,
        "signer": P("Phạm Thị Ngọc Lan", "TRƯỞNG BAN KIỂM TRA"),
        "references": [],
        "recipients": [],
    })
    d.raw(header_table("UBND XÃ XUYÊN MỘC<br/><b>TRƯỜNG TIỂU HỌC KIM ĐỒNG</b><br/>-------", STATE_MOTTO,
                       "", "Xuyên Mộc, ngày … tháng … năm 2026"))
    d.p("<b>BIÊN BẢN</b>", "center")
    d.p("<b>Kiểm tra nội bộ hoạt động sư phạm của giáo viên</b>", "center")
    d.p("Hôm nay, vào lúc 14 giờ 00, tại phòng Hội đồng Trường Tiểu học Kim Đồng, Ban kiểm tra nội bộ tiến hành kiểm tra hoạt động sư phạm của giáo viên.")
    d.section("I", "THÀNH PHẦN", "I. THÀNH PHẦN")
    d.p("Bà: Phạm Thị Ngọc Lan, Chức vụ: Phó Hiệu trưởng, Trưởng ban;")
    d.p("Ông: Nguyễn Đức Hải, Chức vụ: Tổ trưởng tổ 4 - 5, Thành viên;")
    d.p("Giáo viên được kiểm tra: Bà Trần Thị Thu Hiền, giáo viên lớp 3A.")
    d.section("II", "NỘI DUNG KIỂM TRA", "II. NỘI DUNG KIỂM TRA")
    d.p("Kiểm tra hồ sơ chuyên môn, dự 02 tiết dạy, khảo sát chất lượng học sinh lớp 3A.")
    d.section("III", "KẾT QUẢ KIỂM TRA", "III. KẾT QUẢ KIỂM TRA")
    d.p("* Ưu điểm: Hồ sơ đầy đủ, cập nhật kịp thời; tiết dạy đạt mục tiêu, học sinh tích cực.")
    d.p("* Hạn chế: Không")
    d.p("* Xếp loại chung: Tốt.")
    d.p("Biên bản kết thúc lúc 16 giờ 30 cùng ngày, đã đọc lại cho các thành viên cùng nghe và thống nhất ký tên.")
    d.raw('<table border="0" width="100%"><tr><td><p align="center"><b>GIÁO VIÊN ĐƯỢC KIỂM TRA</b><br/><br/><br/>Trần Thị Thu Hiền</p></td>'
          '<td><p align="center"><b>TRƯỞNG BAN KIỂM TRA</b><br/><br/><br/>Phạm Thị Ngọc Lan</p></td></tr></table>')
    return d
