from lo import Doc, T, D, P, header_table, STATE_MOTTO


def build():
    d = Doc("lo_022_ubnd_phuong_ol_tasks", "libreoffice", {
        "number": "1406/KH-UBND", "kind": "Kế hoạch",
        "title": "Khắc phục tồn tại, hạn chế trong công tác văn hóa, xã hội trên địa bàn phường năm 2026",
        "issuer": "Ủy ban nhân dân phường Tân Định", "issued_on": "2026-07-27",
        "signer": P("Phạm Quốc Thái", "TM. ỦY BAN NHÂN DÂN CHỦ TỊCH"),
        "references": [{"number": "318/BC-UBND", "kind": "Báo cáo", "date": "2026-07-10"}],
        "recipients": ["Thường trực Đảng ủy phường", "Thường trực HĐND phường", "UBMTTQ Việt Nam phường", "Các phòng, ban, đơn vị thuộc phường", "Lưu: VT, VHXH"],
    })
    d.raw(header_table("ỦY BAN NHÂN DÂN<br/><b>PHƯỜNG TÂN ĐỊNH</b><br/>-------", STATE_MOTTO,
                       "Số: 1406/KH-UBND", "Thành phố Hồ Chí Minh, ngày 27 tháng 7 năm 2026"))
    d.p("<b>KẾ HOẠCH</b>", "center")
    d.p("<b>Khắc phục tồn tại, hạn chế trong công tác văn hóa, xã hội<br/>trên địa bàn phường năm 2026</b>", "center")
    d.p("Căn cứ Báo cáo số 318/BC-UBND ngày 10/7/2026 của UBND phường về sơ kết công tác văn hóa, xã hội 6 tháng đầu năm 2026, UBND phường Tân Định ban hành Kế hoạch khắc phục tồn tại, hạn chế như sau:")
    d.section("I", "MỤC ĐÍCH YÊU CẦU", "I. MỤC ĐÍCH YÊU CẦU")
    d.p("Khắc phục các tồn tại, hạn chế; hoàn thành các chỉ tiêu văn hóa, xã hội năm 2026 được giao.")
    d.section("II", "NỘI DUNG THỰC HIỆN", "II. NỘI DUNG THỰC HIỆN")
    own = [P("Trần Minh Tâm", "PCT UBND phường"), P("Lý Thị Kim", "Trưởng phòng Văn hóa - Xã hội")]
    own_html = "Đ/c Trần Minh Tâm - PCT UBND phường; Đ/c Lý Thị Kim - Trưởng phòng Văn hóa - Xã hội."
    spec = [
        ("Quản lý hoạt động kinh doanh dịch vụ văn hóa",
         "Còn tình trạng cơ sở karaoke hoạt động khi chưa đủ điều kiện về phòng cháy, chữa cháy; quảng cáo rao vặt sai quy định chưa được xử lý triệt để.",
         [T("Kiểm tra liên ngành các cơ sở kinh doanh karaoke, vũ trường trên địa bàn", D("recurring", None, "Định kỳ 6 tháng")),
          T("Tổ chức ra quân xóa quảng cáo rao vặt sai quy định tại các tuyến đường", D("recurring", None, "hằng tháng"))],
         own, own_html),
        ("Chăm lo an sinh xã hội",
         "Việc rà soát, chi trả chính sách cho người có công và đối tượng bảo trợ xã hội còn chậm, có trường hợp chưa được điều chỉnh kịp thời.",
         [T("Rà soát, cập nhật danh sách đối tượng hưởng chính sách trợ giúp xã hội", D("due", "2026-08-31", "trong tháng 8/2026")),
          T("Chi trả trợ cấp qua tài khoản đối với 100% đối tượng có tài khoản ngân hàng", D("due", "2026-10-31", "trước 31/10/2026")),
          T("Vận động nguồn lực xã hội hóa xây dựng nhà tình thương cho hộ nghèo", D("due", "2026-12-31", "hoàn thành trong năm 2026"))],
         [P("Lý Thị Kim", "Trưởng phòng Văn hóa - Xã hội")], "Đ/c Lý Thị Kim - Trưởng phòng Văn hóa - Xã hội."),
    ]
    for i, (title, weak, tasks, owners, oh) in enumerate(spec, 1):
        d.p(f"<b>{i}. {title}</b>")
        d.p("<i>Tồn tại:</i> " + weak)
        d.p("<i>Nhiệm vụ:</i>")
        d.raw(d.tasks_html(tasks, "ol", "{t} - Thời gian thực hiện: {d}."))
        d.p("<i>Phụ trách:</i> " + oh)
        for t in tasks:
            t.dl = dict(t.dl, text="Thời gian thực hiện: " + t.dl["text"])
        d.add_group(str(i), "II", title, [weak], owners, [], [], None, tasks)
    d.section("III", "TỔ CHỨC THỰC HIỆN", "III. TỔ CHỨC THỰC HIỆN")
    d.p("Phòng Văn hóa - Xã hội là cơ quan thường trực, theo dõi, tổng hợp kết quả thực hiện báo cáo UBND phường.")
    d.closing_table(
        "<p><b><i>Nơi nhận:</i></b><br/>- Thường trực Đảng ủy phường;<br/>- Thường trực HĐND phường;<br/>- UBMTTQ Việt Nam phường;<br/>- Các phòng, ban, đơn vị thuộc phường;<br/>- Lưu: VT, VHXH.</p>",
        '<p align="center"><b>TM. ỦY BAN NHÂN DÂN<br/>CHỦ TỊCH</b><br/><br/><br/><br/><b>Phạm Quốc Thái</b></p>')
    return d
