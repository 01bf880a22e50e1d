from lo import Doc, T, D, P, header_table, STATE_MOTTO


def build():
    d = Doc("lo_005_truong_thcs", "libreoffice", {
        "number": "86/KH-THCSLNQ", "kind": "Kế hoạch",
        "title": "Khắc phục hạn chế sau kiểm tra nội bộ năm học 2025 - 2026",
        "issuer": "Trường THCS Lý Nhật Quang", "issued_on": "2026-09-15",
        "signer": P("Đặng Thị Thu Hà", "HIỆU TRƯỞNG"),
        "references": [],
        "recipients": ["UBND xã Yên Thành", "Phòng Văn hóa - Xã hội xã", "Các tổ chuyên môn", "Lưu: VT"],
    })
    d.raw(header_table("UBND XÃ YÊN THÀNH<br/><b>TRƯỜNG THCS LÝ NHẬT QUANG</b><br/>-------", STATE_MOTTO,
                       "Số: 86/KH-THCSLNQ", "Yên Thành, ngày 15 tháng 9 năm 2026"))
    d.p("<b>KẾ HOẠCH</b>", "center")
    d.p("<b>Khắc phục hạn chế sau kiểm tra nội bộ năm học 2025 - 2026</b>", "center")
    d.p("Căn cứ kết quả kiểm tra nội bộ trường học năm học 2025 - 2026; nhà trường xây dựng kế hoạch khắc phục hạn chế như sau:")
    d.section("I", "Mục đích, yêu cầu", "I. Mục đích, yêu cầu:")
    d.p("- Khắc phục các hạn chế được chỉ ra qua kiểm tra nội bộ, nâng cao chất lượng dạy và học.")
    d.p("- Mỗi tổ chuyên môn, mỗi giáo viên xác định rõ việc cần làm và thời gian hoàn thành.")
    d.section("II", "Nội dung và biện pháp khắc phục", "II. Nội dung và biện pháp khắc phục:")
    # a)
    d.p("<b>a) Về hoạt động chuyên môn</b>")
    wa = "việc đổi mới phương pháp dạy học ở tổ Khoa học tự nhiên còn chậm; hồ sơ chuyên môn của một số giáo viên chưa cập nhật kịp thời."
    d.p("Qua kiểm tra, hoạt động chuyên môn cơ bản đi vào nền nếp. Tuy nhiên, " + wa)
    d.p("Biện pháp:")
    ta = [T("Tổ chức chuyên đề đổi mới phương pháp dạy học theo định hướng phát triển năng lực ở tổ Khoa học tự nhiên", D("due", "2026-10-31", "hoàn thành trong tháng 10")),
          T("Tổ trưởng chuyên môn kiểm tra hồ sơ của giáo viên trong tổ", D("recurring", None, "hằng tháng"))]
    d.raw(d.tasks_html(ta, "ul", "{t} ({d})."))
    d.p("Người phụ trách: Thầy Nguyễn Văn Bình, Phó Hiệu trưởng.")
    d.add_group("a", "II", "Về hoạt động chuyên môn", [wa], [P("Nguyễn Văn Bình", "Phó Hiệu trưởng")], [], [], None, ta)
    # b)
    d.p("<b>b) Về cơ sở vật chất, thiết bị dạy học</b>")
    wb = "thiết bị phòng thí nghiệm Vật lý, Hóa học hư hỏng chưa được sửa chữa, bổ sung; sổ theo dõi mượn thiết bị ghi chép chưa đầy đủ."
    d.p("Cơ sở vật chất được quan tâm đầu tư. Tuy nhiên, " + wb)
    d.p("Biện pháp:")
    tb = [T("Kiểm kê, lập danh mục thiết bị hư hỏng, đề xuất sửa chữa, bổ sung", D("due", "2026-12-20", "trước ngày 20/12")),
          T("Nhân viên thiết bị ghi chép đầy đủ sổ theo dõi mượn, trả thiết bị sau mỗi tiết dạy", D("recurring", None, "thường xuyên"))]
    d.raw(d.tasks_html(tb, "ul", "{t} ({d})."))
    d.p("Người phụ trách: Cô Lê Thị Hoa, Phó Hiệu trưởng; Tham mưu: Tổ Văn phòng.")
    d.add_group("b", "II", "Về cơ sở vật chất, thiết bị dạy học", [wb], [P("Lê Thị Hoa", "Phó Hiệu trưởng")], ["Tổ Văn phòng"], [], None, tb)
    d.section("III", "Tổ chức thực hiện", "III. Tổ chức thực hiện:")
    d.p("Các tổ chuyên môn, tổ Văn phòng triển khai kế hoạch; Phó Hiệu trưởng kiểm tra, báo cáo Hiệu trưởng kết quả vào cuối học kỳ I.")
    d.closing_table(
        "<p><b><i>Nơi nhận:</i></b><br/>- UBND xã Yên Thành (b/c);<br/>- Phòng Văn hóa - Xã hội xã (b/c);<br/>- Các tổ chuyên môn;<br/>- Lưu: VT.</p>",
        '<p align="center"><b>HIỆU TRƯỞNG</b><br/><br/><br/><br/><b>Đặng Thị Thu Hà</b></p>')
    return d
