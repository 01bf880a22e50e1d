from lo import Doc, T, D, P, header_table, STATE_MOTTO_OLD


def build():
    d = Doc("lo_026_ubnd_xa_oldtone_pivot", "libreoffice", {
        "number": None, "kind": "Kế hoạch",
        "title": "Khắc phục tồn tại trong quản lý, khai thác công trình thuỷ lợi và phòng, chống thiên tai năm 2026",
        "issuer": "Ủy ban nhân dân xã Quế Sơn", "issued_on": "2026-07-20",
        "signer": P("Huỳnh Văn Hoà", "TM. UỶ BAN NHÂN DÂN CHỦ TỊCH"),
        "references": [{"number": "57/BC-ĐKT", "kind": "Báo cáo", "date": "2026-07-06"}],
        "recipients": ["Đảng uỷ xã", "TT HĐND xã", "Các thôn", "Lưu: VT"],
    })
    d.raw(header_table("UỶ BAN NHÂN DÂN<br/><b>XÃ QUẾ SƠN</b><br/>-------", STATE_MOTTO_OLD,
                       "Số:       /KH-UBND", "Quế Sơn,<br/>ngày 20 tháng 7 năm 2026"))
    d.p("<b>KẾ HOẠCH</b>", "center")
    d.p("<b>Khắc phục tồn tại trong quản lý, khai thác công trình thuỷ lợi<br/>và phòng, chống thiên tai năm 2026</b>", "center")
    d.p("Căn cứ Báo cáo số 57/BC-ĐKT ngày 06/7/2026 của Đoàn kiểm tra liên ngành tỉnh về công tác phòng, chống thiên tai, UBND xã xây dựng kế hoạch khắc phục như sau:")
    d.section("1", "MỤC ĐÍCH, YÊU CẦU", "1. MỤC ĐÍCH, YÊU CẦU")
    d.p("Bảo đảm an toàn công trình thuỷ lợi, chủ động phòng, chống thiên tai trước mùa mưa bão năm 2026.")
    d.section("2", "NHIỆM VỤ, GIẢI PHÁP", "2. NHIỆM VỤ, GIẢI PHÁP")
    w1 = "kênh mương nội đồng ở các thôn Phú Hoà, Trung Thuỷ bị bồi lắng; một số cống điều tiết hư hỏng chưa được sửa chữa."
    d.p("<b>2.1. Quản lý, khai thác công trình thuỷ lợi</b>")
    d.p("Công tác quản lý công trình thuỷ lợi cơ bản bảo đảm phục vụ sản xuất. Tuy nhiên, " + w1)
    t1 = [T("Huy động Nhân dân nạo vét kênh mương nội đồng các thôn Phú Hoà, Trung Thuỷ", D("due", "2026-09-30", "trong tháng 9/2026")),
          T("Sửa chữa các cống điều tiết hư hỏng bằng nguồn kinh phí hỗ trợ sản xuất lúa", D("due", "2026-11-30", "trước 30/11/2026"))]
    d.raw(d.tasks_html(t1, "-", "{t} ({d})."))
    d.p("Giao Phòng Kinh tế chủ trì, phối hợp với Hợp tác xã nông nghiệp thực hiện.")
    d.add_group("2.1", "2", "Quản lý, khai thác công trình thuỷ lợi", [w1], [], ["Phòng Kinh tế"], ["Hợp tác xã nông nghiệp"], None, t1)
    d.p("<b>2.2. Phòng, chống thiên tai</b>")
    d.p("Đoàn kiểm tra chỉ ra một số tồn tại:")
    w2 = ["Phương án ứng phó thiên tai theo cấp độ rủi ro chưa được cập nhật", "Lực lượng xung kích phòng, chống thiên tai ở thôn chưa được tập huấn"]
    for w in w2:
        d.p("- " + w + ";")
    d.p("Để khắc phục các tồn tại nêu trên, UBND xã giao Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn xã thực hiện:")
    t2 = [T("Cập nhật phương án ứng phó thiên tai theo cấp độ rủi ro, trình UBND xã phê duyệt", D("due", "2026-08-31", "trong tháng 8/2026")),
          T("Tập huấn, diễn tập cho lực lượng xung kích phòng, chống thiên tai ở các thôn", D("recurring", None, "hằng năm")),
          T("Mua sắm bổ sung phao cứu sinh, áo phao, đèn pin cho các thôn vùng trũng", D("due", "2026-12-31", "trong năm 2026"))]
    d.raw(d.tasks_html(t2, "a)", "{t} ({d})."))
    d.add_group("2.2", "2", "Phòng, chống thiên tai", w2, [], ["Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn xã"], [], None, t2)
    d.section("3", "TỔ CHỨC THỰC HIỆN", "3. TỔ CHỨC THỰC HIỆN")
    d.p("Các bộ phận được giao nhiệm vụ khẩn trương triển khai, báo cáo kết quả về UBND xã trước mùa mưa bão.")
    d.closing_table(
        "<p><b><i>Nơi nhận:</i></b><br/>- Đảng uỷ xã (b/c);<br/>- TT HĐND xã;<br/>- Các thôn;<br/>- Lưu: VT.</p>",
        '<p align="center"><b>TM. UỶ BAN NHÂN DÂN<br/>CHỦ TỊCH</b><br/><br/><br/><br/><b>Huỳnh Văn Hoà</b></p>')
    return d
