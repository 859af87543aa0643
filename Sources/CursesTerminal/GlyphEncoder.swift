/// Turns one canvas grapheme into the `wchar_t` values to hand to curses.
///
/// Two guarantees, whatever the canvas holds:
/// - no C0 or C1 control character (nor DEL) is ever written; each becomes `?`;
/// - the result takes exactly the columns the canvas gave the cell, measured the
///   way curses will measure it (`wcwidth` under the process locale), so a width
///   table that disagrees with the C library cannot shift the rest of a row.
enum GlyphEncoder {
    /// Measures one scalar in terminal columns; `-1` when it is not printable.
    typealias ScalarWidth = (Unicode.Scalar) -> Int

    /// The characters to write for `grapheme` in a cell `cellWidth` columns wide (1 or 2).
    static func encode(_ grapheme: String, cellWidth: Int, width: ScalarWidth) -> [Int32] {
        let columns = max(1, cellWidth)
        var scalars = Array(grapheme.unicodeScalars.map(replacingControl))
        guard var base = scalars.first else { return padding(columns) }
        var baseWidth = width(base)
        if baseWidth == 0 {
            // A lone combining mark would join the previous cell; give it a space to sit on.
            base = " "
            scalars.insert(base, at: 0)
            baseWidth = 1
        }
        guard baseWidth > 0, baseWidth <= columns else {
            return [Int32(UInt8(ascii: "?"))] + padding(columns - 1)
        }
        // Keep the marks that combine with the base; a second spacing character (as in
        // an emoji ZWJ sequence the C library does not know) would take columns of its own.
        var kept = [base]
        for scalar in scalars.dropFirst() {
            guard width(scalar) == 0 else { break }
            kept.append(scalar)
        }
        // A joiner left without the character it joined would only confuse the terminal.
        while kept.count > 1, kept.last == "\u{200D}" { kept.removeLast() }
        return kept.map { Int32(bitPattern: $0.value) } + padding(columns - baseWidth)
    }

    /// Whether curses must never see `scalar`: C0, DEL or C1.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    /// Every scalar of `text` as a `wchar_t` value, controls replaced by `?`.
    static func wideCharacters(_ text: String) -> [Int32] {
        text.unicodeScalars.map { Int32(bitPattern: replacingControl($0).value) }
    }

    private static func replacingControl(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        isControl(scalar) ? "?" : scalar
    }

    private static func padding(_ count: Int) -> [Int32] {
        Array(repeating: Int32(UInt8(ascii: " ")), count: max(0, count))
    }
}
