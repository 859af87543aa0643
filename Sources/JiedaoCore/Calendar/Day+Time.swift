import Foundation

// A Day is a local date: converting to and from instants needs the offset from UTC of
// the data set's time zone. China has had no daylight saving time since 1991, so
// Asia/Shanghai is a fixed +08:00 for every date the data can hold.

extension Day {
    /// The offset of Asia/Shanghai from UTC in seconds (+08:00), the default for a data set.
    public static let shanghaiUTCOffset = 8 * 3600

    /// The local date of an instant.
    ///
    /// ```swift
    /// // 2025-12-31T16:30:00Z is 00:30 on 1 January 2026 in Shenzhen.
    /// Day(unixTime: 1_767_198_600, utcOffset: Day.shanghaiUTCOffset)   // 2026-01-01
    /// ```
    /// - Parameters:
    ///   - unixTime: seconds since 1970-01-01T00:00:00Z.
    ///   - utcOffset: seconds east of UTC of the local time zone (28 800 for China).
    public init(unixTime: Int64, utcOffset: Int = Day.shanghaiUTCOffset) {
        let (local, overflow) = unixTime.addingReportingOverflow(Int64(utcOffset))
        let seconds = overflow ? (utcOffset > 0 ? Int64.max : Int64.min) : local
        let days = seconds / 86_400 - ((seconds % 86_400 < 0) ? 1 : 0)
        self.init(daysSince1970: Int32(clamping: days))
    }

    /// The instant this day begins (00:00:00 local), in Unix seconds.
    ///
    /// ```swift
    /// try Day("2026-01-01").startTime(utcOffset: 28_800)   // 1_767_196_800
    /// ```
    public func startTime(utcOffset: Int = Day.shanghaiUTCOffset) -> Int64 {
        Int64(daysSince1970) * 86_400 - Int64(utcOffset)
    }

    /// The last second of this day (23:59:59 local), in Unix seconds.
    public func endTime(utcOffset: Int = Day.shanghaiUTCOffset) -> Int64 {
        startTime(utcOffset: utcOffset) + 86_399
    }

    /// The offset from UTC, in seconds, of the time zone named `identifier` (an IANA name
    /// such as `Asia/Shanghai`) at an instant; `nil` for an unknown name.
    ///
    /// ```swift
    /// Day.utcOffset(ofTimeZone: "Asia/Shanghai", at: 1_767_196_800)   // 28_800
    /// ```
    public static func utcOffset(ofTimeZone identifier: String, at unixTime: Int64) -> Int? {
        guard let zone = TimeZone(identifier: identifier) else { return nil }
        return zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(unixTime)))
    }
}
