/// Makes untrusted text safe to draw: no raw control character ever reaches the terminal.
///
/// - C0 controls and DEL become Unicode control pictures (`\u{1B}` → `␛`, tab → `␉`,
///   newline → `␊`, DEL → `␡`); text fields are single-line, so tabs and newlines too.
/// - C1 controls become `\x85`-style escapes.
/// - Other scalars the terminal cannot print (line/paragraph separators, unassigned
///   code points) become `\u{2028}`-style escapes.
/// - Bidirectional embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069)
///   too: raw, one of them in a description could reorder what the rest of its line shows.
///
/// ```swift
/// TextSanitizer.sanitize("a\u{1B}[2Jb")   // "a␛[2Jb"
/// TextSanitizer.sanitize("x\u{85}y")      // "x\\x85y"
/// ```
public enum TextSanitizer {
    /// The text with every unprintable scalar replaced by a visible escape.
    /// Returns the input unchanged (no copy) when nothing needs escaping.
    public static func sanitize(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsEscape) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if needsEscape(scalar) {
                result.append(contentsOf: escape(scalar).unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// Whether a scalar must not be sent to the terminal as is.
    public static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value >= 0x20 && scalar.value < 0x7F { return false }
        if isBidiControl(scalar) { return true }
        return DisplayWidth.scalarClass(scalar) == .notPrintable
    }

    /// The embedding, override and isolate controls of the bidirectional algorithm.
    public static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
        (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
    }

    /// The visible replacement for one unprintable scalar.
    public static func escape(_ scalar: Unicode.Scalar) -> String {
        let value = scalar.value
        switch value {
        case 0x00...0x1F:
            // U+2400 SYMBOL FOR NULL onwards mirrors the C0 range.
            return String(Character(Unicode.Scalar(0x2400 + value) ?? "?"))
        case 0x7F:
            return "\u{2421}"  // ␡
        case 0x80...0x9F:
            return "\\x" + hex(value, digits: 2)
        default:
            return "\\u{" + hex(value, digits: 4) + "}"
        }
    }

    private static func hex(_ value: UInt32, digits: Int) -> String {
        let text = String(value, radix: 16, uppercase: false)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}
