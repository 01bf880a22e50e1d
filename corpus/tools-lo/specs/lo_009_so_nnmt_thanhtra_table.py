from lo import Doc, T, D, P, header_table, STATE_MOTTO

COLS = [("tt", "TT"), ("weak", "Nội dung kiến nghị tại Kết luận thanh tra"), ("task", "Nhiệm vụ khắc phục"),
        ("chutri", "Cơ quan chủ trì"), ("phoihop", "Cơ quan phối hợp"), ("thoihan", "Thời hạn"), ("ghichu", "Ghi chú")]


def build():
    d = Doc("lo_009_so_nnmt_thanhtra_table", "libreoffice", {
        "number": "1187/KH-SNNMT", "kind": "Kế hoạch",
        "title": "Thực hiện Kết luận thanh tra về việc chấp hành pháp luật trong quản lý, cấp phép khai thác khoáng sản",
        "issuer": "Sở Nông nghiệp và Môi trường tỉnh Quảng Ngãi", "issued_on": "2026-05-04",
        "signer": P("Phan Thanh Tùng", "KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC"),
        "references": [{"number": "57/KL-TTT", "kind": "Kết luận", "date": "2026-04-17"},
                       {"number": "1935/QĐ-UBND", "kind": "Quyết định", "date": "2025-12-09"}],
        "recipients": ["Thanh tra tỉnh", "UBND tỉnh", "Giám đốc Sở", "Các phòng, đơn vị thuộc Sở", "Lưu: VT, KS"],
    })
    d.raw(header_table("UBND TỈNH QUẢNG NGÃI<br/><b>SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG</b><br/>-------", STATE_MOTTO,
                       "Số: 1187/KH-SNNMT", "Quảng Ngãi, ngày 04 tháng 5 năm 2026"))
    d.p("<b>KẾ HOẠCH</b>", "center")
    d.p("<b>Thực hiện Kết luận thanh tra về việc chấp hành pháp luật<br/>trong quản lý, cấp phép khai thác khoáng sản</b>", "center")
    d.p("Căn cứ Kết luận thanh tra số 57/KL-TTT ngày 17/4/2026 của Thanh tra tỉnh; Quyết định số 1935/QĐ-UBND ngày 09/12/2025 của UBND tỉnh quy định chức năng, nhiệm vụ của Sở Nông nghiệp và Môi trường, Sở ban hành Kế hoạch thực hiện Kết luận thanh tra như sau:")
    d.section("I", "MỤC ĐÍCH, YÊU CẦU", "I. MỤC ĐÍCH, YÊU CẦU")
    d.p("Thực hiện đầy đủ, đúng thời hạn các kiến nghị của Thanh tra tỉnh; làm rõ trách nhiệm của tập thể, cá nhân có liên quan.")
    d.section("II", "NỘI DUNG THỰC HIỆN", "II. NỘI DUNG THỰC HIỆN")
    w1 = "Chậm thẩm định hồ sơ đề nghị cấp phép khai thác khoáng sản của 03 doanh nghiệp."
    w2 = "Chưa kiểm tra, xử lý việc khai thác vượt công suất được cấp phép tại mỏ đá Núi Một."
    w3 = "Kiểm điểm trách nhiệm tập thể, cá nhân để xảy ra thiếu sót trong cấp phép."
    rows = [
        ("weak", w1, [
            T("Hoàn thành thẩm định hồ sơ của 03 doanh nghiệp, trình UBND tỉnh xem xét cấp phép", D("done", None, "Đã hoàn thành"),
              advisors=["Phòng Khoáng sản"], partners=[], cells={"ghichu": "Đã trình UBND tỉnh ngày 28/4/2026"}),
        ]),
        ("weak", w2, [
            T("Đo đạc, xác định khối lượng khai thác vượt công suất, tính toán số tiền truy thu", D("due", "2026-07-03", "Trong 60 ngày kể từ ngày ký Kế hoạch"),
              advisors=["Phòng Khoáng sản"], partners=["Thuế tỉnh", "UBND xã Nghĩa Hành"],
              cells={"phoihop": "Thuế tỉnh; UBND xã Nghĩa Hành"}),
            T("Tham mưu UBND tỉnh xử phạt vi phạm hành chính theo quy định", D("due", None, "Sau khi có kết quả đo đạc"),
              advisors=["Thanh tra Sở"], partners=["Phòng Khoáng sản"]),
        ]),
        ("weak", w3, [
            T("Tổ chức kiểm điểm trách nhiệm đối với tập thể lãnh đạo Phòng Khoáng sản và các công chức có liên quan", D("due", "2026-06-30", "Trước 30-6-2026"),
              advisors=["Văn phòng Sở"], partners=["Phòng Khoáng sản"]),
        ]),
    ]
    d.table_groups(COLS, rows, "II")
    d.section("III", "TỔ CHỨC THỰC HIỆN", "III. TỔ CHỨC THỰC HIỆN")
    d.p("Thủ trưởng các phòng, đơn vị được giao chủ trì khẩn trương triển khai; Thanh tra Sở theo dõi, tổng hợp báo cáo Giám đốc Sở để báo cáo Thanh tra tỉnh.")
    d.closing_table(
        "<p><b><i>Nơi nhận:</i></b><br/>- Thanh tra tỉnh;<br/>- UBND tỉnh (báo cáo);<br/>- Giám đốc Sở;<br/>- Các phòng, đơn vị thuộc Sở;<br/>- Lưu: VT, KS.</p>",
        '<p align="center"><b>KT. GIÁM ĐỐC<br/>PHÓ GIÁM ĐỐC</b><br/><br/><br/><br/><b>Phan Thanh Tùng</b></p>')
    return d
