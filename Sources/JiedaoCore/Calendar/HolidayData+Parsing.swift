// Reading the holiday text format documented on `HolidayData`.

extension HolidayData {
    /// The longest range a line may give: a holiday block is at most 9 days, so a longer
    /// range is almost surely a mistyped month.
    public static let longestRange = 31

    /// Reads holiday data; the first bad line stops the reading.
    ///
    /// ```swift
    /// let data = try HolidayData(parsing: "year 2027\n2027-01-01 off 元旦\n", source: "2027.txt")
    /// data.entries.count   // 1
    /// data.years[2027]     // ""
    /// ```
    /// - Parameters:
    ///   - text: the whole text (the caller reads the file).
    ///   - source: a name for messages, e.g. the file name.
    /// - Throws: `HolidayDataError` naming `source` and the line.
    public init(parsing text: String, source: String) throws(HolidayDataError) {
        self.init(source: source)
        var kindAt: [Day: (kind: HolidayKind, line: Int)] = [:]
        // `isNewline` also splits "\r\n", which Swift keeps as one Character.
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        for (index, rawLine) in lines.enumerated() {
            let lineNumber = index + 1
            func fail(_ code: HolidayDataError.Code) -> HolidayDataError {
                HolidayDataError(code, source: source, line: lineNumber)
            }
            let content = rawLine.prefix { $0 != "#" }
            let words = content.split(maxSplits: 2, omittingEmptySubsequences: true, whereSeparator: \.isWhitespace)
            guard let first = words.first else { continue }
            let rest = words.count > 2 ? words[2].trimmedForCalendar() : ""

            if first == "year" {
                guard words.count >= 2, let year = HolidayData.year(words[1]) else {
                    throw fail(.badYear(words.count >= 2 ? String(words[1]) : ""))
                }
                let note = words.count > 2 ? rest : ""
                if years[year]?.isEmpty ?? true { years[year] = note }
                continue
            }

            let (start, end) = try HolidayData.range(first, fail: fail)
            guard words.count >= 2 else { throw fail(.missingKind) }
            guard let kind = HolidayKind(rawValue: String(words[1])) else {
                throw fail(.unknownKind(String(words[1])))
            }
            var day = start
            while day <= end {
                if let earlier = kindAt[day] {
                    guard earlier.kind == kind else { throw fail(.conflict(day, earlierLine: earlier.line)) }
                } else {
                    kindAt[day] = (kind, lineNumber)
                }
                entries.append(HolidayEntry(day: day, kind: kind, name: rest, source: source, line: lineNumber))
                day = day.adding(days: 1)
            }
        }
    }

    private static func year(_ word: Substring) -> Int? {
        guard word.count == 4, word.allSatisfy({ $0.isASCII && $0.isNumber }),
              let year = Int(word), year >= 1 else { return nil }
        return year
    }

    private static func range(
        _ word: Substring, fail: (HolidayDataError.Code) -> HolidayDataError
    ) throws(HolidayDataError) -> (Day, Day) {
        func day(_ text: Substring) throws(HolidayDataError) -> Day {
            do { return try Day(text) } catch { throw fail(.badDate(error)) }
        }
        guard let dots = word.firstRange(of: "..") else {
            let single = try day(word)
            return (single, single)
        }
        let start = try day(word[..<dots.lowerBound])
        let end = try day(word[dots.upperBound...])
        guard start <= end else { throw fail(.reversedRange(start: start, end: end)) }
        let length = start.days(to: end) + 1
        guard length <= longestRange else { throw fail(.rangeTooLong(days: length)) }
        return (start, end)
    }
}
