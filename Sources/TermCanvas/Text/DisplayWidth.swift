/// Terminal display width of text, in columns.
///
/// Widths come from a table generated from the Unicode data with the same
/// rules glibc uses for `wcwidth` in UTF-8 locales (what ncurses relies on), so
/// measuring never depends on the process locale.
///
/// ```swift
/// DisplayWidth.of("街道 ok")      // 7
/// DisplayWidth.of("e\u{301}")     // 1: the accent combines
/// DisplayWidth.of("\u{1B}")       // 1: drawn as the control picture ␛
/// ```
public enum DisplayWidth {
    /// How a single Unicode scalar behaves on a terminal.
    public enum ScalarClass: Sendable, Equatable {
        /// Combines with, or is invisible next to, the previous character.
        case zeroWidth
        /// One column.
        case narrow
        /// Two columns (East Asian Wide or Fullwidth).
        case wide
        /// Not printable (controls, separators, unassigned): must be drawn as an escape.
        case notPrintable
    }

    // MARK: Scalars

    /// The class of one scalar, by binary search in the generated table.
    public static func scalarClass(_ scalar: Unicode.Scalar) -> ScalarClass {
        let value = UInt64(scalar.value)
        // Printable ASCII is by far the most common input.
        if value >= 0x20 && value < 0x7F { return .narrow }
        var low = 0
        var high = packedRanges.count - 1
        while low <= high {
            let middle = (low + high) / 2
            let entry = packedRanges[middle]
            let first = entry >> 43
            let last = (entry >> 21) & 0x1F_FFFF
            if value < first {
                high = middle - 1
            } else if value > last {
                low = middle + 1
            } else {
                switch entry & 0x3 {
                case 0: return .zeroWidth
                case 2: return .wide
                default: return .notPrintable
                }
            }
        }
        return .narrow
    }

    /// Columns of one printable scalar (0, 1 or 2), or `nil` when it is not printable.
    public static func of(_ scalar: Unicode.Scalar) -> Int? {
        switch scalarClass(scalar) {
        case .zeroWidth: return 0
        case .narrow: return 1
        case .wide: return 2
        case .notPrintable: return nil
        }
    }

    // MARK: Graphemes and strings

    /// Columns of one grapheme that contains no unprintable scalar (see ``TextSanitizer``).
    ///
    /// The width is that of the first scalar that is not zero-width; an emoji
    /// presentation selector (U+FE0F) makes the grapheme two columns wide.
    /// A grapheme made only of zero-width scalars is 0 columns.
    public static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        var base = 0
        for scalar in scalars {
            let scalarClass = scalarClass(scalar)
            if scalarClass == .zeroWidth { continue }
            if scalarClass == .wide { return 2 }
            // Narrow, or unprintable (drawn as an escape; callers sanitise first).
            base = 1
            break
        }
        if base == 1 && scalars.contains(emojiPresentationSelector) { return 2 }
        return base
    }

    /// Columns of `text` as the canvas draws it: unprintable scalars count as their escapes.
    public static func of(_ text: String) -> Int {
        var total = 0
        for character in TextSanitizer.sanitize(text) {
            total += of(character)
        }
        return total
    }

    /// U+FE0F VARIATION SELECTOR-16, which asks for emoji (two-column) presentation.
    static let emojiPresentationSelector: Unicode.Scalar = "\u{FE0F}"
}
