/// How a role looks on the terminal: colours and attributes.
///
/// ```swift
/// let header = Style(foreground: .indexed(15), background: .indexed(24), bold: true)
/// ```
public struct Style: Hashable, Sendable {
    public var foreground: TerminalColor
    public var background: TerminalColor
    public var bold: Bool
    public var underline: Bool
    public var reverse: Bool

    public init(
        foreground: TerminalColor = .terminalDefault,
        background: TerminalColor = .terminalDefault,
        bold: Bool = false,
        underline: Bool = false,
        reverse: Bool = false
    ) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.underline = underline
        self.reverse = reverse
    }

    /// The terminal's default look.
    public static let plain = Style()

    /// The same style with colours reduced to what a terminal of `depth` can show.
    ///
    /// With 8 or 16 colours (TERM=xterm or linux, as PuTTY and Xshell send) dark greys fall to
    /// black: text that would land on its own background, or black text on the terminal's
    /// default (black) background, takes the nearest grey that shows instead.
    public func reduced(to depth: ColorDepth) -> Style {
        var style = self
        style.foreground = foreground.reduced(to: depth)
        style.background = background.reduced(to: depth)
        guard depth == .eight || depth == .sixteen, foreground != .terminalDefault else { return style }
        let black = TerminalColor.indexed(0)
        let grey: TerminalColor = depth == .sixteen ? .indexed(8) : .indexed(7)
        if style.foreground == style.background || (style.foreground == black && style.background == .terminalDefault) {
            let darkBackground = style.background == .terminalDefault || style.background.isDarkBase
            style.foreground = darkBackground ? (style.background == grey ? .indexed(15) : grey) : black
        }
        return style
    }
}
