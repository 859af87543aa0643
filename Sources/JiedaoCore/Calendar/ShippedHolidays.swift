/// The public holidays and make-up workdays shipped with Jiedao, in the format read by
/// `HolidayData(parsing:source:)`. Extra files in the data directory use the same format
/// and override these lines date by date.
///
/// ```swift
/// let data = try HolidayData(parsing: shippedHolidayText, source: "shipped")
/// ```
public let shippedHolidayText: String = """
# Public holidays (放假) and official make-up workdays (调休上班) in mainland China.
#
# Source: the State Council General Office's annual notice on holiday arrangements,
# 国务院办公厅关于YYYY年部分节假日安排的通知, as published on www.gov.cn, by Xinhua and in
# the People's Daily. Every date below is copied from the notice of its year:
#   2024  国办发明电〔2023〕7号   dated 2023-10-25
#   2025  国办发明电〔2024〕12号  dated 2024-11-12 (first year under the Measures on
#         National Holidays as revised in November 2024: 除夕 and 5月2日 added)
#   2026  国办发明电〔2025〕7号   dated 2025-11-04
# A year is added only from its official notice, normally published in November of the
# year before. Until then the year is unknown and counts its statutory holidays only
# (StatutoryHolidays.swift: on their dates, without bridges or make-up workdays).
#
# Format, one item a line:
#   year 2026 [note]                 the arrangement of 2026 is complete
#   2026-02-15..2026-02-23 off 春节   days off: a date or an inclusive range, then a name
#   2026-02-14 work 春节调休          a weekend day that is worked
#   # ...                            a comment, also at the end of a line
# Dates not listed follow the week: Monday to Friday worked, Saturday and Sunday off.
# Days off are listed as the notice states them, weekend days of a block included.

year 2024 国办发明电〔2023〕7号
2024-01-01 off 元旦                       # 与周末连休
2024-02-04 work 春节调休                  # 星期日
2024-02-10..2024-02-17 off 春节           # 共8天；鼓励除夕（2月9日）休息，但不是假日
2024-02-18 work 春节调休                  # 星期日
2024-04-04..2024-04-06 off 清明节
2024-04-07 work 清明节调休                # 星期日
2024-04-28 work 劳动节调休                # 星期日
2024-05-01..2024-05-05 off 劳动节
2024-05-11 work 劳动节调休                # 星期六
2024-06-10 off 端午节                     # 与周末连休
2024-09-14 work 中秋节调休                # 星期六
2024-09-15..2024-09-17 off 中秋节
2024-09-29 work 国庆节调休                # 星期日
2024-10-01..2024-10-07 off 国庆节
2024-10-12 work 国庆节调休                # 星期六

year 2025 国办发明电〔2024〕12号
2025-01-01 off 元旦                       # 周三，不调休
2025-01-26 work 春节调休                  # 周日
2025-01-28..2025-02-04 off 春节           # 农历除夕至正月初七，共8天
2025-02-08 work 春节调休                  # 周六
2025-04-04..2025-04-06 off 清明节
2025-04-27 work 劳动节调休                # 周日
2025-05-01..2025-05-05 off 劳动节
2025-05-31..2025-06-02 off 端午节
2025-09-28 work 国庆节、中秋节调休        # 周日
2025-10-01..2025-10-08 off 国庆节、中秋节  # 共8天
2025-10-11 work 国庆节、中秋节调休        # 周六

year 2026 国办发明电〔2025〕7号
2026-01-01..2026-01-03 off 元旦
2026-01-04 work 元旦调休                  # 周日
2026-02-14 work 春节调休                  # 周六
2026-02-15..2026-02-23 off 春节           # 农历腊月二十八至正月初七，共9天
2026-02-28 work 春节调休                  # 周六
2026-04-04..2026-04-06 off 清明节
2026-05-01..2026-05-05 off 劳动节
2026-05-09 work 劳动节调休                # 周六
2026-06-19..2026-06-21 off 端午节
2026-09-20 work 国庆节调休                # 周日
2026-09-25..2026-09-27 off 中秋节
2026-10-01..2026-10-07 off 国庆节
2026-10-10 work 国庆节调休                # 周六
"""
