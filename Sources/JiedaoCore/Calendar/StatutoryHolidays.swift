/// The public holidays the law fixes, for a year whose State Council notice is not in the
/// data: the days off stand on their statutory dates, without the notice's bridges and
/// make-up workdays, so that 元旦 or 春节 is never counted as a working day.
///
/// The rules of the Measures on National Holidays (全国年节及纪念日放假办法) in force each year:
/// - 2025 on: 元旦 1 Jan; 春节 除夕 to 初三 (4 days); 清明 1 day; 劳动节 1–2 May; 端午 1 day; 中秋 1 day; 国庆 1–3 Oct.
/// - 2014–2024: the same, but 春节 初一 to 初三 and 劳动节 1 May only.
/// - 2008–2013: 春节 除夕 to 初二; otherwise as 2014.
/// - 2004–2007: 春节 初一 to 初三, 劳动节 1–3 May, no 清明, 端午 or 中秋.
///
/// ```swift
/// StatutoryHolidays.daysOff(in: 2027).map(\.day.iso).prefix(5)
/// // ["2027-01-01", "2027-02-05", "2027-02-06", "2027-02-07", "2027-02-08"]
/// ```
public enum StatutoryHolidays {
    /// The years the lunar table covers.
    public static let years: ClosedRange<Int> = 2004...2100

    /// The statutory days off of `year`, as holiday entries of the source `statutory`; empty outside ``years``.
    public static func daysOff(in year: Int) -> [HolidayEntry] {
        guard let lunar = lunarFestivals.first(where: { Int($0.year) == year }) else { return [] }
        var result: [HolidayEntry] = []
        func add(_ month: Int, _ day: Int, count: Int = 1, _ name: String) {
            guard let first = Day(year: year, month: month, day: day) else { return }
            for offset in 0..<count {
                result.append(HolidayEntry(day: first.adding(days: offset), kind: .off, name: name, source: "statutory", line: 0))
            }
        }
        add(1, 1, "元旦")
        if let spring = Day(year: year, month: Int(lunar.spring.0), day: Int(lunar.spring.1)) {
            // 除夕 is the day before 正月初一.
            let first = year >= 2008 && !(2014...2024).contains(year) ? spring.adding(days: -1) : spring
            let count = year >= 2025 ? 4 : 3
            for offset in 0..<count {
                result.append(HolidayEntry(day: first.adding(days: offset), kind: .off, name: "春节", source: "statutory", line: 0))
            }
        }
        if year >= 2008 {
            add(4, Int(lunar.qingming), "清明节")
            add(5, 1, count: year >= 2025 ? 2 : 1, "劳动节")
            add(Int(lunar.duanwu.0), Int(lunar.duanwu.1), "端午节")
            add(Int(lunar.midAutumn.0), Int(lunar.midAutumn.1), "中秋节")
        } else {
            add(5, 1, count: 3, "劳动节")
        }
        add(10, 1, count: 3, "国庆节")
        return result
    }
}
