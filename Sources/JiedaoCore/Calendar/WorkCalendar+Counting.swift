// Counting working days in O(log s), s = number of special dates.
//
// count(upTo: d) is the number of working days up to and including day d, from an
// arbitrary origin: the closed-form count of Mondays to Fridays, plus the offset of the
// special dates up to d. It rises by exactly one on each working day, so "n working days
// after a" is the first day whose count reaches count(a) + n; between two special dates
// the offset is constant and the plain-week formula can be inverted directly.

extension WorkCalendar {
    /// The day `n` working days after `day`: `day` itself never counts, so for n = 1 it is
    /// the next working day, whether or not `day` is one. n = 0 gives `day`; a negative `n`
    /// counts back (n = −1: the last working day before `day`).
    ///
    /// ```swift
    /// let calendar = WorkCalendar.shipped
    /// calendar.addWorkingDays(1, to: try Day("2024-02-09"))   // 2024-02-18 (Sunday, 春节调休)
    /// calendar.addWorkingDays(5, to: try Day("2024-10-03"))   // 2024-10-12 (Saturday, 国庆节调休)
    /// ```
    public func addWorkingDays(_ n: Int, to day: Day) -> Day {
        // Beyond ±50 million working days the result is clamped to the Day range anyway.
        let n = min(max(n, -50_000_000), 50_000_000)
        let d = Int(day.daysSince1970)
        if n == 0 { return day }
        let target = n > 0 ? count(upTo: d) + n : count(upTo: d - 1) + n + 1
        return Day(daysSince1970: Int32(clamping: firstDay(reaching: target)))
    }

    /// The number of working days after `from` up to and including `to`; negative when `to`
    /// is before `from`. `addWorkingDays(workingDays(from: a, to: b), to: a) == b` whenever
    /// `b` is a working day after `a`.
    ///
    /// For a deadline on day `due`, `workingDays(from: today, to: due)` is what is left
    /// (剩2个工作日; 0 = due today), and `workingDays(from: due, to: today)` is how late
    /// it is (超期3个工作日).
    ///
    /// ```swift
    /// WorkCalendar.shipped.workingDays(from: try Day("2025-09-30"), to: try Day("2025-10-09"))  // 1
    /// ```
    public func workingDays(from: Day, to: Day) -> Int {
        count(upTo: Int(to.daysSince1970)) - count(upTo: Int(from.daysSince1970))
    }

    // MARK: - Internals

    /// Working days up to and including day `d`, from a fixed origin.
    func count(upTo d: Int) -> Int {
        let stepsUpToD = upperBound(d)
        let offset = stepsUpToD == 0 ? 0 : Int(stepOffset[stepsUpToD - 1])
        return WorkCalendar.weekdayCount(upTo: d) + offset
    }

    /// The first day `x` with `count(upTo: x) >= target`; always a working day.
    func firstDay(reaching target: Int) -> Int {
        // The first step whose count reaches target bounds the answer from above.
        var low = 0, high = stepCount.count
        while low < high {
            let mid = (low + high) / 2
            if stepCount[mid] < target { low = mid + 1 } else { high = mid }
        }
        let offset = low == 0 ? 0 : Int(stepOffset[low - 1])
        let candidate = WorkCalendar.firstWeekday(reaching: target - offset)
        if low < steps.count, candidate >= Int(steps[low]) { return Int(steps[low]) }
        return candidate
    }

    /// The number of steps on or before day `d`.
    private func upperBound(_ d: Int) -> Int {
        var low = 0, high = steps.count
        while low < high {
            let mid = (low + high) / 2
            if Int(steps[mid]) <= d { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// Mondays to Fridays up to and including day `d`, counted from Monday 1969-12-29 (day −3).
    static func weekdayCount(upTo d: Int) -> Int {
        let m = d + 3                       // days since that Monday
        let weeks = Day.floorDiv(m, 7)
        return 5 * weeks + min(m - 7 * weeks + 1, 5)
    }

    /// The first day whose `weekdayCount` reaches `target`: the inverse of `weekdayCount`.
    static func firstWeekday(reaching target: Int) -> Int {
        let weeks = Day.floorDiv(target - 1, 5)
        return 7 * weeks + (target - 1 - 5 * weeks) - 3
    }
}
