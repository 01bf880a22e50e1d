using DocIngest.Core.Plans;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DocIngest.CorpusGenerator;

/// <summary>Header, title, preamble and closing block.</summary>
internal sealed partial class PlanDocumentBuilder
{
    /// <summary>Writes the header block; returns the gold document number.</summary>
    private string? WriteHeader()
    {
        var symbol = _profile.IsParty ? "-" + _profile.Symbol : "/" + _profile.Symbol;
        var (printedNumber, gold) = _choices.NumberForm switch
        {
            "number-blank" => (_profile.IsParty ? $"Số      {symbol}" : $"Số: ……{symbol}", (string?)null),
            "number-no-colon" when _profile.IsParty => ($"Số {_number}{symbol}", _number + symbol),
            "number-space-hyphen" when _profile.IsParty => ($"Số {_number} {symbol}", _number + symbol),
            _ => ($"Số: {_number}{symbol}", _number + symbol),
        };
        if (gold is null)
        {
            Tag("number-blank");
        }
        else if (!printedNumber.StartsWith("Số:", StringComparison.Ordinal))
        {
            Tag(printedNumber.Contains(" -", StringComparison.Ordinal) ? "number-space-hyphen" : "number-no-colon");
        }

        var left = _profile.HeaderLines.Select(l => Tone(l)).ToList();
        left.Add(_profile.IsParty ? "*" : "-------");
        var right = _profile.IsParty
            ? new List<string> { "ĐẢNG CỘNG SẢN VIỆT NAM", "" }
            : ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------"];
        var dateLines = DateLines();

        if (_choices.HeaderLayout == "header-table")
        {
            var table = TableBuilder.Create([4000, 5300], borders: false);
            table.Append(TableBuilder.Row(
                TableBuilder.Cell(4000, left.Select(l => WordWriter.Centered(WordWriter.Text(l, bold: true)))),
                TableBuilder.Cell(5300, right.Select(l => WordWriter.Centered(WordWriter.Text(l, bold: true))))));
            table.Append(TableBuilder.Row(
                TableBuilder.Cell(4000, WordWriter.Centered(WordWriter.Text(printedNumber))),
                TableBuilder.Cell(5300, dateLines.Select(l => WordWriter.Centered(WordWriter.Text(l, italic: true))))));
            _w.Add(table);
        }
        else
        {
            foreach (var line in left.Append(printedNumber))
            {
                _w.Add(WordWriter.Centered(WordWriter.Text(line, bold: line != printedNumber)));
            }

            foreach (var line in right.Where(l => l.Length > 0))
            {
                _w.Add(WordWriter.Centered(WordWriter.Text(line, bold: true)));
            }

            foreach (var line in dateLines)
            {
                _w.Add(WordWriter.Centered(WordWriter.Text(line, italic: true)));
            }
        }

        _w.Add(WordWriter.Para());
        return gold;
    }

    private List<string> DateLines()
    {
        var place = _profile.Place;
        if (_issuedOn is not { } date)
        {
            return [$"{place}, ngày      tháng      năm {_year}"];
        }

        var padded = _choices.DateForm == "date-padded";
        var day = padded ? date.Day.ToString("00", Vietnamese) : date.Day.ToString(Vietnamese);
        var month = padded ? date.Month.ToString("00", Vietnamese) : date.Month.ToString(Vietnamese);
        return _choices.DateForm == "date-broken"
            ? [$"{place}, ngày", $"{date.Day:00} tháng {date.Month} năm {date.Year}"]
            : [$"{place}, ngày {day} tháng {month} năm {date.Year}"];
    }

    /// <summary>Writes "KẾ HOẠCH" and the subject lines; returns the gold title (lines joined) and its sentence form.</summary>
    private (string Printed, string Sentence) WriteTitle()
    {
        var topic = PickOf(PhraseBank.GroupTopics);
        // An undated plan takes its year from the title, so its title must end with the plan's year.
        string[] lines = (_issuedOn is null ? _rng.Next(2, 4) : _rng.Next(4)) switch
        {
            0 => ["khắc phục hạn chế, khuyết điểm sau kiểm điểm, đánh giá,", $"xếp loại {_profile.LeadershipBody} năm {_year - 1}"],
            1 => ["khắc phục một số hạn chế, khuyết điểm của", $"{_profile.LeadershipBody}", $"được chỉ ra qua kiểm điểm năm {_year - 1}"],
            2 => ["thực hiện khắc phục tồn tại, hạn chế", $"theo Kết luận kiểm tra về {topic} năm {_year}"],
            _ => [$"khắc phục hạn chế, khuyết điểm trong {topic}", $"của {_profile.LeadershipBody} năm {_year}"],
        };
        var upper = _rng.Next(3) == 0;
        var printed = lines.Select(l => upper ? Upper(l) : l).Select((l, i) => i == 0 && !upper && _rng.Next(2) == 0 ? DeadlineFactory.Capitalise(l) : l).ToList();
        _w.Add(WordWriter.Centered(WordWriter.Text("KẾ HOẠCH", bold: true)));
        foreach (var line in printed)
        {
            _w.Add(WordWriter.Centered(WordWriter.Text(line, bold: true)));
        }

        _w.Add(WordWriter.Centered(WordWriter.Text("-----", bold: true)));
        return (string.Join(' ', printed), string.Join(' ', lines));
    }

    private void WritePreamble(string title)
    {
        var count = _rng.Next(1, 5);
        var kinds = _profile.IsParty
            ? new[] { ("Kế hoạch", "KH"), ("Hướng dẫn", "HD"), ("Kết luận", "KL"), ("Chỉ thị", "CT"), ("Nghị quyết", "NQ"), ("Thông báo", "TB") }
            : [("Kế hoạch", "KH"), ("Quyết định", "QĐ"), ("Chỉ thị", "CT"), ("Kết luận", "KL"), ("Thông báo", "TB"), ("Nghị định", "NĐ")];
        var paragraph = WordWriter.Para(WordWriter.Text("Thực hiện "));
        var linkDone = !Has("hyperlink");
        for (var i = 0; i < count; i++)
        {
            var (kind, code) = kinds[_rng.Next(kinds.Length)];
            var n = _rng.Next(1, 999);
            var number = _profile.IsParty
                ? $"{n}-{code}/{Pick("TU", "HU", "TW", "BTCTW")}"
                : code == "NĐ" ? $"{n}/{_year - 1}/NĐ-CP" : $"{n}/{code}-{Pick("UBND", "TTg", "TTCP", "BNV")}";
            if (_references.Any(r => r.Number == number))
            {
                continue;
            }

            var dated = _rng.Next(5) != 0;
            var date = RandomPastDate(i == count - 1 && _issuedOn is null);
            var dateText = _rng.Next(4) switch
            {
                0 => $"{date.Day}/{date.Month}/{date.Year}",
                1 => $"{date.Day:00}-{date.Month:00}-{date.Year}",
                2 => $"{date.Day:00}.{date.Month:00}.{date.Year}",
                _ => $"{date.Day} tháng {date.Month} năm {date.Year}",
            };
            var citation = $"{kind} số {number}";
            if (!linkDone)
            {
                paragraph.Append(_w.Link(citation, "https://vanban.example.vn/" + n));
                linkDone = true;
            }
            else
            {
                paragraph.Append(WordWriter.Text(citation));
            }

            var separator = i == count - 1 ? "; " : "; " + Pick("", "căn cứ ") ;
            paragraph.Append(WordWriter.Text((dated ? $", ngày {dateText}" : "") + $" của {Pick(_profile.ParentBody, "cấp trên")} về {PickOf(PhraseBank.GroupTopics)}{separator}"));
            _references.Add(new DocumentReference(number, kind, dated ? date : null));
            if (dated)
            {
                Tag("citations-with-dates");
            }
        }

        paragraph.Append(WordWriter.Text($"{_profile.Issuer} xây dựng Kế hoạch {title}, cụ thể như sau:"));
        if (_pendingSdt && _choices.TaskTable)
        {
            _pendingSdt = false;
            _w.Add(WordWriter.ContentControl(paragraph, "CanCu"));
            return;
        }

        _w.Add(paragraph);
    }

    /// <summary>A date before the plan; the last citation of an undated plan falls in the plan's year.</summary>
    private DateOnly RandomPastDate(bool inPlanYear)
    {
        var year = inPlanYear ? _year : _year - _rng.Next(0, 2);
        var lastMonth = year == _year ? Math.Max(1, _writtenOn.Month - 1) : 12;
        var month = _rng.Next(1, lastMonth + 1);
        var lastDay = year == _year && month == _writtenOn.Month ? _writtenOn.Day : DateTime.DaysInMonth(year, month);
        return new DateOnly(year, month, _rng.Next(1, lastDay + 1));
    }

    private (Party? Signer, IReadOnlyList<string> Recipients) WriteClosing()
    {
        var recipients = _profile.Recipients.Select(r => Tone(r)).ToList();
        var recipientParagraphs = new List<Paragraph> { WordWriter.Para(WordWriter.Text("Nơi nhận:", bold: true, italic: true)) };
        for (var i = 0; i < recipients.Count; i++)
        {
            recipientParagraphs.Add(WordWriter.Para(WordWriter.Text($"- {recipients[i]}{(i == recipients.Count - 1 ? "." : ",")}")));
        }

        var titleLines = _profile.SignerTitles[_rng.Next(_profile.SignerTitles.Count)];
        var name = Person();
        var signature = titleLines.Select(l => WordWriter.Centered(WordWriter.Text(l, bold: true)))
            .Append(WordWriter.Para()).Append(WordWriter.Para()).Append(WordWriter.Para())
            .Append(WordWriter.Centered(WordWriter.Text(name, bold: true))).ToList();
        if (_choices.ClosingTable)
        {
            var table = TableBuilder.Create([4500, 4800], borders: false);
            table.Append(TableBuilder.Row(TableBuilder.Cell(4500, recipientParagraphs), TableBuilder.Cell(4800, signature)));
            _w.Add(table);
        }
        else
        {
            foreach (var paragraph in signature.Concat(recipientParagraphs))
            {
                _w.Add(paragraph);
            }
        }

        var first = titleLines[0];
        if (first.StartsWith("K/T", StringComparison.Ordinal) || first.StartsWith("KT.", StringComparison.Ordinal))
        {
            Tag("signer-km");
        }
        else if (first.StartsWith("T/M", StringComparison.Ordinal) || first.StartsWith("TM.", StringComparison.Ordinal))
        {
            Tag("signer-tm");
        }

        if (!_profile.IsParty)
        {
            Tag("signer-state");
        }

        var gold = recipients.Select(StripPurpose).ToList();
        return (new Party(name, string.Join(' ', titleLines)), gold);
    }

    private static string StripPurpose(string recipient)
    {
        var bracket = recipient.IndexOf(" (", StringComparison.Ordinal);
        return bracket < 0 ? recipient : recipient[..bracket];
    }
}
