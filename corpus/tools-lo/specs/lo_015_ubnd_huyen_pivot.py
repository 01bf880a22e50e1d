from lo import Doc, T, D, P, header_table, STATE_MOTTO


def build():
    d = Doc("lo_015_ubnd_huyen_pivot", "libreoffice", {
        "number": "76/KH-UBND", "kind": "Kế hoạch",
        "title": "Khắc phục tồn tại, hạn chế theo kết quả giám sát của Thường trực Hội đồng nhân dân huyện về công tác giáo dục và y tế",
        "issuer": "Ủy ban nhân dân huyện Tư Nghĩa", "issued_on": "2025-04-03",
        "signer": P("Võ Thành Long", "TM. ỦY BAN NHÂN DÂN CHỦ TỊCH"),
        "references": [{"number": "15/BC-HĐND", "kind": "Báo cáo", "date": "2025-03-10"}],
        "recipients": ["TT Huyện ủy", "TT HĐND huyện", "CT, các PCT UBND huyện", "Phòng GD&ĐT, Trung tâm Y tế huyện",
                       "UBND các xã, thị trấn", "Lưu: VT"],
    })
    d.raw(header_table("ỦY BAN NHÂN DÂN<br/><b>HUYỆN TƯ NGHĨA</b><br/>-------", STATE_MOTTO,
                       "Số: 76/KH-UBND", "Tư Nghĩa, ngày 03 tháng 4 năm 2025"))
    d.p("<b>KẾ HOẠCH</b>", "center")
    d.p("<b>Khắc phục tồn tại, hạn chế theo kết quả giám sát của Thường trực Hội đồng nhân dân huyện<br/>về công tác giáo dục và y tế</b>", "center")
    d.p("Thực hiện Báo cáo số 15/BC-HĐND ngày 10/3/2025 của Thường trực HĐND huyện về kết quả giám sát công tác giáo dục và y tế trên địa bàn huyện, UBND huyện ban hành Kế hoạch như sau:")
    d.section("I", "MỤC TIÊU, YÊU CẦU", "I. MỤC TIÊU, YÊU CẦU")
    d.p("Khắc phục cơ bản các tồn tại, hạn chế qua giám sát trong năm 2025; báo cáo kết quả với Thường trực HĐND huyện tại kỳ họp cuối năm.")
    d.section("II", "NHIỆM VỤ, GIẢI PHÁP", "II. NHIỆM VỤ, GIẢI PHÁP")
    # 1
    d.p("<b>1. Lĩnh vực giáo dục</b>")
    d.p("Qua giám sát, Thường trực HĐND huyện chỉ ra một số tồn tại, hạn chế:")
    w1 = ["Tỷ lệ trường đạt chuẩn quốc gia ở bậc mầm non còn thấp", "Một số điểm trường lẻ xuống cấp, thiếu nhà vệ sinh đạt chuẩn", "Tình trạng thiếu giáo viên tiếng Anh, Tin học chưa được giải quyết"]
    for w in w1:
        d.p("- " + w + ";")
    d.p("Để khắc phục các tồn tại, hạn chế nêu trên, UBND huyện giao Phòng Giáo dục và Đào tạo chủ trì, phối hợp với Phòng Tài chính - Kế hoạch và UBND các xã, thị trấn thực hiện các nhiệm vụ sau:")
    t1 = [T("Xây dựng lộ trình công nhận trường mầm non đạt chuẩn quốc gia giai đoạn 2025 - 2030", D("due", "2025-08-31", "trong tháng 8/2025")),
          T("Ưu tiên bố trí vốn sửa chữa các điểm trường lẻ xuống cấp, xây mới nhà vệ sinh", D("due", "2025-12-31", "trong năm 2025")),
          T("Tham mưu hợp đồng giáo viên tiếng Anh, Tin học cho các trường còn thiếu trước khai giảng năm học mới", D("due", "2025-08-31", "xong trước ngày 31/8/2025"))]
    d.raw(d.tasks_html(t1, "a)", "{t}, {d}."))
    d.add_group("1", "II", "Lĩnh vực giáo dục", w1, [], ["Phòng Giáo dục và Đào tạo"],
                ["Phòng Tài chính - Kế hoạch", "UBND các xã, thị trấn"], None, t1)
    # 2
    d.p("<b>2. Lĩnh vực y tế</b>")
    d.p("Qua giám sát, Thường trực HĐND huyện chỉ ra một số tồn tại, hạn chế:")
    w2 = ["Trạm Y tế một số xã thiếu bác sĩ", "Tỷ lệ người dân có hồ sơ sức khỏe điện tử được cập nhật còn thấp"]
    for w in w2:
        d.p("- " + w + ";")
    d.p("Để khắc phục các tồn tại, hạn chế nêu trên, UBND huyện giao Trung tâm Y tế huyện chủ trì, phối hợp với UBND các xã, thị trấn thực hiện:")
    t2 = [T("Luân phiên bác sĩ từ Trung tâm Y tế về làm việc tại các trạm y tế chưa có bác sĩ", D("recurring", None, "thực hiện thường xuyên")),
          T("Cập nhật hồ sơ sức khỏe điện tử cho người dân trên địa bàn, phấn đấu đạt tối thiểu 80%", D("due", "2025-12-31", "trong năm 2025"))]
    d.raw(d.tasks_html(t2, "a)", "{t}, {d}."))
    d.add_group("2", "II", "Lĩnh vực y tế", w2, [], ["Trung tâm Y tế huyện"], ["UBND các xã, thị trấn"], None, t2)
    d.section("III", "TỔ CHỨC THỰC HIỆN", "III. TỔ CHỨC THỰC HIỆN")
    d.p("Các cơ quan, đơn vị được giao nhiệm vụ báo cáo kết quả thực hiện về UBND huyện (qua Văn phòng HĐND và UBND huyện) trước ngày 30/11/2025 để tổng hợp, báo cáo Thường trực HĐND huyện.")
    d.closing_table(
        "<p><b><i>Nơi nhận:</i></b><br/>- TT Huyện ủy (b/c);<br/>- TT HĐND huyện (b/c);<br/>- CT, các PCT UBND huyện;<br/>"
        "- Phòng GD&ĐT, Trung tâm Y tế huyện;<br/>- UBND các xã, thị trấn;<br/>- Lưu: VT.</p>",
        '<p align="center"><b>TM. ỦY BAN NHÂN DÂN<br/>CHỦ TỊCH</b><br/><br/><br/><br/><b>Võ Thành Long</b></p>')
    return d
