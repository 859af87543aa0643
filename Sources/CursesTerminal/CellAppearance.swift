import TermCanvas

/// What a style looks like on a terminal of a given colour depth: palette indices
/// (`-1` for the terminal's default colour) and attributes.
struct CellAppearance: Hashable, Sendable {
    var foreground: Int16
    var background: Int16
    var attributes: TextAttributes

    /// `style` reduced to `depth`; a monochrome terminal gets attributes only.
    init(style: Style, depth: ColorDepth) {
        let reduced = style.reduced(to: depth)
        foreground = depth == .monochrome ? -1 : CellAppearance.paletteIndex(reduced.foreground)
        background = depth == .monochrome ? -1 : CellAppearance.paletteIndex(reduced.background)
        var attributes: TextAttributes = []
        if style.bold { attributes.insert(.bold) }
        if style.underline { attributes.insert(.underline) }
        if style.reverse { attributes.insert(.reverse) }
        self.attributes = attributes
    }

    init(foreground: Int16, background: Int16, attributes: TextAttributes) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }

    /// The curses colour number for `color`; 24-bit colours (curses has no
    /// direct way to draw them) take the nearest palette entry.
    private static func paletteIndex(_ color: TerminalColor) -> Int16 {
        color.nearestIndex256().map { Int16($0) } ?? -1
    }
}
