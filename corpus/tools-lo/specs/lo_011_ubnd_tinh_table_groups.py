from lo import Doc, T, D, P, header_table, STATE_MOTTO

COLS = [("tt", "STT"), ("task", "Nhiệm vụ"), ("chutri", "Cơ quan chủ trì"), ("phoihop", "Cơ quan phối hợp"),
        ("thoihan", "Thời gian hoàn thành"), ("sanpham", "Sản phẩm")]


def build():
    d = Doc("lo_011_ubnd_tinh_table_groups", "libreoffice", {
        "number": "2431/KH-UBND", "kind": "Kế hoạch",
        "title": "Triển khai các giải pháp khắc phục hạn chế, nâng cao Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh (PAPI) năm 2026",
        "issuer": "Ủy ban nhân dân tỉnh Lâm Đồng", "issued_on": "2026-05-21",
        "signer": P("Đinh Văn Tuấn", "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH"),
        "references": [],
        "recipients": ["Văn phòng Chính phủ", "TT Tỉnh ủy, TT HĐND tỉnh", "CT, các PCT UBND tỉnh",
                       "Các sở, ban, ngành tỉnh", "UBND các xã, phường, đặc khu", "Lưu: VT, NC"],
    })
    d.raw(header_table("ỦY BAN NHÂN DÂN<br/><b>TỈNH LÂM ĐỒNG</b><br/>-------", STATE_MOTTO,
                       "Số: 2431/KH-UBND", "Lâm Đồng, ngày 21 tháng 5 năm 2026"))
    d.p("<b>KẾ HOẠCH</b>", "center")
    d.p("<b>Triển khai các giải pháp khắc phục hạn chế, nâng cao Chỉ số hiệu quả quản trị<br/>và hành chính công cấp tỉnh (PAPI) năm 2026</b>", "center")
    d.p("Kết quả Chỉ số PAPI năm 2025 cho thấy một số chỉ số nội dung của tỉnh giảm điểm, nhất là công khai, minh bạch và trách nhiệm giải trình với người dân. Để khắc phục, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:")
    d.section("I", "MỤC TIÊU", "I. MỤC TIÊU")
    d.p("Cải thiện điểm số các chỉ số nội dung giảm điểm; phấn đấu Chỉ số PAPI năm 2026 của tỉnh thuộc nhóm đạt điểm cao.")
    d.section("II", "NHIỆM VỤ, GIẢI PHÁP", "II. NHIỆM VỤ, GIẢI PHÁP")
    rows = [
        ("group", "1", "Công khai, minh bạch", "1. Công khai, minh bạch"),
        T("Công khai danh sách hộ nghèo, hộ cận nghèo tại trụ sở UBND cấp xã và nhà văn hóa thôn, tổ dân phố", D("due", "2026-09-30", "Quý III/2026"),
          advisors=["Sở Y tế"], partners=["UBND các xã, phường, đặc khu"], cells={"sanpham": "Báo cáo kết quả"}),
        T("Công khai quy hoạch, kế hoạch sử dụng đất và khung giá đất trên Cổng thông tin điện tử tỉnh", D("recurring", None, "Hằng năm"),
          advisors=["Sở Nông nghiệp và Môi trường"], partners=["Sở Khoa học và Công nghệ"], cells={"sanpham": "Thông tin được đăng tải"}),
        ("group", "2", "Trách nhiệm giải trình với người dân", "2. Trách nhiệm giải trình với người dân"),
        T("Tổ chức đối thoại định kỳ giữa Chủ tịch UBND cấp xã với Nhân dân", D("due", "2026-11-30", "Trước ngày 30/11/2026"),
          advisors=["UBND các xã, phường, đặc khu"], partners=[], cells={"sanpham": "Biên bản đối thoại"}),
        T("Xây dựng bộ câu hỏi, trả lời về thủ tục hành chính thường gặp, đăng tải trên Cổng dịch vụ công", D("due", "2026-07-31", "Tháng 7/2026"),
          advisors=["Văn phòng UBND tỉnh"], partners=["Các sở, ban, ngành"], cells={"sanpham": "Bộ câu hỏi - trả lời"}),
        ("group", "3", "Kiểm soát tham nhũng trong khu vực công", "3. Kiểm soát tham nhũng trong khu vực công"),
        T("Thanh tra trách nhiệm thực hiện pháp luật về phòng, chống tham nhũng tại một số sở, ngành và địa phương", D("due", "2026-12-31", "Năm 2026"),
          advisors=["Thanh tra tỉnh"], partners=["Sở Nội vụ"], cells={"sanpham": "Kết luận thanh tra"}),
        T("Tổng hợp, báo cáo kết quả khắc phục gửi UBND tỉnh", D("due", "2026-12-31", "Quý IV/2026"),
          advisors=["Sở Nội vụ"], partners=["Thanh tra tỉnh", "Văn phòng UBND tỉnh"], cells={"sanpham": "Báo cáo"}),
    ]
    d.table_groups(COLS, rows, "II")
    d.section("III", "TỔ CHỨC THỰC HIỆN", "III. TỔ CHỨC THỰC HIỆN")
    d.p("1. Thủ trưởng các sở, ban, ngành; Chủ tịch UBND các xã, phường, đặc khu chịu trách nhiệm trước Chủ tịch UBND tỉnh về kết quả thực hiện nhiệm vụ được giao.")
    d.p("2. Sở Nội vụ theo dõi, đôn đốc, tổng hợp kết quả thực hiện, báo cáo UBND tỉnh.")
    d.closing_table(
        "<p><b><i>Nơi nhận:</i></b><br/>- Văn phòng Chính phủ (b/c);<br/>- TT Tỉnh ủy, TT HĐND tỉnh;<br/>- CT, các PCT UBND tỉnh;<br/>"
        "- Các sở, ban, ngành tỉnh;<br/>- UBND các xã, phường, đặc khu;<br/>- Lưu: VT, NC.</p>",
        '<p align="center"><b>TM. ỦY BAN NHÂN DÂN<br/>KT. CHỦ TỊCH<br/>PHÓ CHỦ TỊCH</b><br/><br/><br/><br/><b>Đinh Văn Tuấn</b></p>')
    return d
