/// Truncating, padding and wrapping text by display width (never by `count`).
///
/// All functions sanitise their input first (see ``TextSanitizer``), so the
/// result measures exactly as the canvas will draw it.
///
/// ```swift
/// TextFit.truncate("街道办事处", to: 7)                 // "街道办…"
/// TextFit.truncate("街道办事处", to: 7, ellipsis: "~")  // "街道办~"
/// TextFit.fit("42", width: 5, alignment: .right)       // "   42"
/// TextFit.fit("社区", width: 6, alignment: .center)     // " 社区 "
/// ```
public enum TextFit {
    // MARK: Truncation

    /// `text` cut to at most `width` columns, ending in `ellipsis` when something was cut.
    ///
    /// A wide character that would not fit is dropped whole. When even the
    /// ellipsis does not fit, as many columns of it as fit are returned.
    public static func truncate(_ text: String, to width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        let clean = TextSanitizer.sanitize(text)
        let mark = TextSanitizer.sanitize(ellipsis)
        let markWidth = DisplayWidth.of(mark)
        // One pass that stops at the first character past `width`, so long texts cost little.
        var used = 0
        var cut = clean.startIndex  // end of the longest prefix that leaves room for the mark
        var index = clean.startIndex
        while index < clean.endIndex {
            used += DisplayWidth.of(clean[index])
            if used > width {
                if markWidth > width { return prefix(mark, width: width) }
                return String(clean[..<cut]) + mark
            }
            index = clean.index(after: index)
            if used <= width - markWidth { cut = index }
        }
        return clean
    }

    /// The longest prefix of `text` (already sanitised) that fits in `width` columns.
    static func prefix(_ text: String, width: Int) -> String {
        var used = 0
        var end = text.startIndex
        for index in text.indices {
            let characterWidth = DisplayWidth.of(text[index])
            if used + characterWidth > width { break }
            used += characterWidth
            end = text.index(after: index)
        }
        return String(text[..<end])
    }

    // MARK: Padding

    /// `text` padded with spaces to exactly `width` columns (text wider than `width` is returned as is).
    public static func pad(_ text: String, to width: Int, alignment: TextAlignment = .left) -> String {
        let clean = TextSanitizer.sanitize(text)
        let gap = width - DisplayWidth.of(clean)
        guard gap > 0 else { return clean }
        switch alignment {
        case .left:
            return clean + spaces(gap)
        case .right:
            return spaces(gap) + clean
        case .center:
            return spaces(gap / 2) + clean + spaces(gap - gap / 2)
        }
    }

    /// `text` truncated and padded to exactly `width` columns.
    ///
    /// When a wide character is cut and one column is left, that column is a space,
    /// so the result is always exactly `width` columns (0 for a non-positive width).
    public static func fit(_ text: String, width: Int, alignment: TextAlignment = .left, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        return pad(truncate(text, to: width, ellipsis: ellipsis), to: width, alignment: alignment)
    }

    /// A string of `count` spaces (empty for a non-positive count).
    public static func spaces(_ count: Int) -> String {
        String(repeating: " ", count: max(0, count))
    }

    // MARK: Wrapping

    /// `text` broken into lines of at most `width` columns.
    ///
    /// Lines break after the last space when there is one (Latin words stay whole),
    /// otherwise between any two characters (Chinese has no spaces). Existing line
    /// breaks are kept. A non-positive width gives no lines.
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lines.append(contentsOf: wrapParagraph(TextSanitizer.sanitize(String(paragraph)), width: width))
        }
        return lines
    }

    private static func wrapParagraph(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var line: [Character] = []
        var lineWidth = 0
        for character in text {
            let characterWidth = DisplayWidth.of(character)
            if lineWidth + characterWidth > width && !line.isEmpty {
                if character != " ", let space = line.lastIndex(of: " "), space > 0 {
                    // Move the unfinished word down to the next line.
                    let carried = Array(line[(space + 1)...])
                    lines.append(String(line[..<space]))
                    line = carried
                } else {
                    lines.append(String(line))
                    line = []
                }
                lineWidth = line.reduce(0) { $0 + DisplayWidth.of($1) }
                if character == " " && line.isEmpty { continue }
            }
            // A character wider than the whole line would never fit: skip it.
            if characterWidth > width { continue }
            line.append(character)
            lineWidth += characterWidth
        }
        lines.append(String(line))
        return lines.map { trimTrailingSpaces($0) }
    }

    private static func trimTrailingSpaces(_ text: String) -> String {
        var result = Substring(text)
        while result.last == " " { result = result.dropLast() }
        return String(result)
    }
}
