import CNcursesw

/// The text attributes a style can turn on, independent of curses' bit layout.
struct TextAttributes: OptionSet, Hashable, Sendable {
    let rawValue: UInt8

    static let bold = TextAttributes(rawValue: 1 << 0)
    static let underline = TextAttributes(rawValue: 1 << 1)
    static let reverse = TextAttributes(rawValue: 1 << 2)

    /// The same attributes as curses `attr_t` bits (`A_BOLD`, `A_UNDERLINE`, `A_REVERSE`).
    var cursesBits: UInt32 {
        var bits: UInt32 = 0
        if contains(.bold) { bits |= UInt32(jiedao_attr_bold()) }
        if contains(.underline) { bits |= UInt32(jiedao_attr_underline()) }
        if contains(.reverse) { bits |= UInt32(jiedao_attr_reverse()) }
        return bits
    }
}
