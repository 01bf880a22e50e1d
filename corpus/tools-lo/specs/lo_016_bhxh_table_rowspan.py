from lo import Doc, T, D, P, header_table, STATE_MOTTO

COLS = [("tt", "STT"), ("weak", "Tồn tại, hạn chế"), ("task", "Giải pháp khắc phục"), ("chutri", "Đơn vị thực hiện"),
        ("lanhdao", "Lãnh đạo phụ trách"), ("thoihan", "Thời hạn hoàn thành")]


def build():
    d = Doc("lo_016_bhxh_table_rowspan", "libreoffice", {
        "number": "418/KH-BHXH", "kind": "Kế hoạch",
        "title": "Khắc phục tồn tại, hạn chế qua kiểm tra công tác thu, cấp sổ bảo hiểm xã hội, thẻ bảo hiểm y tế năm 2026",
        "issuer": "Bảo hiểm xã hội khu vực XII", "issued_on": "2026-04-22",
        "signer": P("Huỳnh Văn Phúc", "GIÁM ĐỐC"),
        "references": [{"number": "1020/TB-BHXH", "kind": "Thông báo", "date": "2026-04-06"}],
        "recipients": ["BHXH Việt Nam", "Giám đốc, các Phó Giám đốc", "Các phòng nghiệp vụ", "BHXH cơ sở trực thuộc", "Lưu: VT, QLT"],
    })
    d.raw(header_table("BẢO HIỂM XÃ HỘI VIỆT NAM<br/><b>BẢO HIỂM XÃ HỘI KHU VỰC XII</b><br/>-------", STATE_MOTTO,
                       "Số: 418/KH-BHXH", "Đà Nẵng, ngày 22 tháng 4 năm 2026"))
    d.p("<b>KẾ HOẠCH</b>", "center")
    d.p("<b>Khắc phục tồn tại, hạn chế qua kiểm tra công tác thu,<br/>cấp sổ bảo hiểm xã hội, thẻ bảo hiểm y tế năm 2026</b>", "center")
    d.p("Căn cứ Thông báo số 1020/TB-BHXH ngày 06/4/2026 của Bảo hiểm xã hội Việt Nam về kết quả kiểm tra, Bảo hiểm xã hội khu vực XII xây dựng Kế hoạch khắc phục như sau:")
    d.section("I", "MỤC ĐÍCH", "I. MỤC ĐÍCH")
    d.p("Khắc phục dứt điểm các tồn tại, hạn chế; chấn chỉnh công tác thu, quản lý nợ và cấp sổ, thẻ.")
    d.section("II", "NỘI DUNG, GIẢI PHÁP VÀ PHÂN CÔNG", "II. NỘI DUNG, GIẢI PHÁP VÀ PHÂN CÔNG")
    gd = [P(None, "Giám đốc")]
    pgd = [P(None, "Phó Giám đốc phụ trách nghiệp vụ thu")]
    rows = [
        ("weak", "Số đơn vị nợ đóng bảo hiểm xã hội kéo dài từ 03 tháng trở lên còn nhiều.", [
            T("Phân loại đơn vị nợ, gửi thông báo và đôn đốc thu hồi nợ", D("recurring", None, "Thường xuyên"),
              owners=pgd, advisors=["Phòng Quản lý thu và Phát triển người tham gia"], cells={"lanhdao": "Phó Giám đốc phụ trách nghiệp vụ thu"}),
            T("Phối hợp với Thanh tra, Công an lập hồ sơ đề nghị xử lý các đơn vị cố tình trốn đóng", D("due", "2026-08-31", "Hoàn thành trước 31/8/2026"),
              owners=gd, advisors=["Phòng Thanh tra - Kiểm tra"], cells={"lanhdao": "Giám đốc"}),
        ]),
        ("weak", "Việc đối chiếu, điều chỉnh thông tin trên sổ bảo hiểm xã hội còn sai sót.", [
            T("Rà soát, điều chỉnh các trường hợp sai lệch thông tin nhân thân trên sổ bảo hiểm xã hội", D("done", "2026-04-30", "Đã hoàn thành tháng 4/2026"),
              owners=pgd, advisors=["Phòng Cấp sổ, thẻ"], cells={"lanhdao": "Phó Giám đốc phụ trách nghiệp vụ thu"}),
            T("Tập huấn lại nghiệp vụ cấp sổ, thẻ cho viên chức BHXH cơ sở", D("due", "2026-06-30", "Quý II/2026"),
              owners=pgd, advisors=["Phòng Cấp sổ, thẻ"], cells={"lanhdao": "Phó Giám đốc phụ trách nghiệp vụ thu"}),
        ]),
    ]
    d.table_groups(COLS, rows, "II")
    d.section("III", "TỔ CHỨC THỰC HIỆN", "III. TỔ CHỨC THỰC HIỆN")
    d.p("Trưởng các phòng nghiệp vụ, Giám đốc BHXH cơ sở trực thuộc triển khai thực hiện; báo cáo kết quả về Văn phòng trước ngày 25 hằng tháng.")
    d.closing_table(
        "<p><b><i>Nơi nhận:</i></b><br/>- BHXH Việt Nam (để b/c);<br/>- Giám đốc, các Phó Giám đốc;<br/>- Các phòng nghiệp vụ;<br/>- BHXH cơ sở trực thuộc;<br/>- Lưu: VT, QLT.</p>",
        '<p align="center"><b>GIÁM ĐỐC</b><br/><br/><br/><br/><b>Huỳnh Văn Phúc</b></p>')
    return d
