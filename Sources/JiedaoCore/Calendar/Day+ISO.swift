// ISO 8601 calendar dates, extended format only (`2026-02-14`): the one form users type
// and the holiday data uses.

extension Day {
    /// Reads `YYYY-MM-DD`; surrounding spaces are ignored, anything else is an error.
    ///
    /// ```swift
    /// let day = try Day("2025-01-28")   // 春节 2025 first day off
    /// try Day("2025-1-28")              // throws DayParseError(.notISOFormat)
    /// ```
    public init(_ text: some StringProtocol) throws(DayParseError) {
        let trimmed = text.trimmedForCalendar()
        // Length first, so that a long text is rejected without copying it.
        guard trimmed.utf8.count == 10 else { throw DayParseError(.notISOFormat, input: trimmed) }
        let bytes = Array(trimmed.utf8)
        guard bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
              let year = Day.digits(bytes[0..<4]),
              let month = Day.digits(bytes[5..<7]),
              let day = Day.digits(bytes[8..<10])
        else { throw DayParseError(.notISOFormat, input: trimmed) }
        guard year >= 1 else { throw DayParseError(.yearOutOfRange, input: trimmed) }
        guard (1...12).contains(month) else { throw DayParseError(.noSuchMonth(month), input: trimmed) }
        let length = Day.daysIn(month: month, year: year)
        guard let value = Day(year: year, month: month, day: day) else {
            throw DayParseError(.noSuchDay(year: year, month: month, daysInMonth: length), input: trimmed)
        }
        self = value
    }

    /// `YYYY-MM-DD`, e.g. `2026-02-14`.
    public var iso: String {
        let (y, m, d) = components
        return Day.padded(y, 4) + "-" + Day.padded(m, 2) + "-" + Day.padded(d, 2)
    }

    private static func digits(_ bytes: ArraySlice<UInt8>) -> Int? {
        var value = 0
        for byte in bytes {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }

    private static func padded(_ value: Int, _ width: Int) -> String {
        // Only days built from raw numbers fall outside years 1...9999; keep them readable.
        if value < 0 { return "-" + padded(-value, width) }
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }
}

extension Day: CustomStringConvertible {
    public var description: String { iso }
}

extension StringProtocol {
    /// Without leading and trailing white space (including the ideographic space U+3000).
    func trimmedForCalendar() -> String {
        guard let first = firstIndex(where: { !$0.isWhitespace }),
              let last = lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return String(self[first...last])
    }
}
