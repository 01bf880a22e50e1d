#!/usr/bin/env python3
"""Self-test of check_gold.py's period rules against the contract's table (stdlib unittest).
Run: python3 corpus/tools/test_check_gold.py"""
import datetime as dt
import os
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import check_gold as c  # noqa: E402


class ExpectedDateTests(unittest.TestCase):
    def check(self, text, want, issued='2026-05-12'):
        got = c.expected_date(text, 2026, issued)
        self.assertEqual(got, dt.date.fromisoformat(want) if want else None, text)

    def test_contract_examples(self):
        self.check('tháng 7/2026', '2026-07-31')
        self.check('Quý II/2026', '2026-06-30')
        self.check('quý 2 năm 2026', '2026-06-30')
        self.check('6 tháng đầu năm 2026', '2026-06-30')
        self.check('trong năm 2026', '2026-12-31')
        self.check('trước ngày 15/8/2026', '2026-08-15')
        self.check('trước 15-8-2026', '2026-08-15')
        self.check('ngày 15 tháng 8 năm 2026', '2026-08-15')
        self.check('Thời hạn: 15/8/2026', '2026-08-15')

    def test_last_day_of_february_and_quarters(self):
        self.check('đã hoàn thành trong tháng 2/2026', '2026-02-28')
        self.check('Quý I/2027', '2027-03-31')
        self.check('trong quý ba năm 2026', '2026-09-30')
        self.check('Quý 4/2026', '2026-12-31')
        self.check('6 tháng cuối năm', '2026-12-31')
        self.check('Sáu tháng cuối năm 2026', '2026-12-31')
        self.check('tháng 10 và tháng 11/2026', '2026-11-30')

    def test_missing_year_takes_plan_year(self):
        self.check('Trước ngày 30/6', '2026-06-30')
        self.check('Trong quý IV', '2026-12-31')
        self.check('Trong tháng 12', '2026-12-31')

    def test_dotted_date(self):
        self.check('hoàn thành trước ngày 20.10.2026', '2026-10-20')

    def test_relative_to_signing_counts_days(self):
        self.check('trong 30 ngày kể từ ngày ký', '2026-06-11')
        self.check('trong 45 ngày kể từ ngày ký ban hành Kế hoạch', '2026-06-26')

    def test_relative_to_other_event_has_no_date(self):
        self.check('trong 30 ngày kể từ ngày ký quyết định tổ chức lại đơn vị', None)
        self.check('sau khi có kết luận', None)

    def test_recurring_has_no_date(self):
        self.check('thực hiện thường xuyên', None)
        self.check('định kỳ hằng quý', None)


class NormTests(unittest.TestCase):
    def test_old_tone_and_dashes(self):
        self.assertEqual(c.norm('Tỉnh uỷ – hoà;'), c.norm('tỉnh ủy - hòa'))


if __name__ == '__main__':
    unittest.main()
