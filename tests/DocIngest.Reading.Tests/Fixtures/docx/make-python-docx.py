# Builds python-docx.docx: numbering through the "List Number" style (numPr in styles.xml only),
# a table with merged cells, a heading and a header paragraph.
import sys
import docx

document = docx.Document()
document.sections[0].header.paragraphs[0].text = "UBND TỈNH - Tiêu đề trang"
document.add_heading("KẾ HOẠCH Chuyển đổi số", level=1)
document.add_paragraph("Mở đầu kế hoạch.")
for text in ["Xây dựng cơ sở dữ liệu.", "Đào tạo cán bộ.", "Báo cáo kết quả."]:
    document.add_paragraph(text, style="List Number")
p = document.add_paragraph("Đoạn có ")
p.add_run("chữ đậm").bold = True
p.add_run(" và ")
p.add_run("chữ nghiêng").italic = True
table = document.add_table(rows=3, cols=3)
table.cell(0, 0).text = "Nhiệm vụ"
table.cell(0, 1).text = "Đơn vị"
table.cell(0, 1).merge(table.cell(0, 2))
table.cell(1, 0).text = "Triển khai"
table.cell(1, 0).merge(table.cell(2, 0))
table.cell(1, 1).text = "Sở A"
table.cell(1, 2).text = "Quý I"
table.cell(2, 1).text = "Sở B"
table.cell(2, 2).text = "Quý II"
document.save(sys.argv[1])
