/// How ``CursesTerminal`` sets up the terminal.
///
/// ```swift
/// let terminal = try CursesTerminal.start(options: TerminalOptions(mouse: false))
/// ```
public struct TerminalOptions: Sendable, Equatable {
    /// Report clicks and the wheel as ``TermCanvas/MouseEvent``s.
    public var mouse: Bool
    /// The user asked for ASCII-only drawing; carried for the app, which picks `GlyphSet.ascii`.
    public var ascii: Bool
    /// Milliseconds to wait after Esc for the rest of a key sequence. `nil` keeps the
    /// `ESCDELAY` environment variable when set, and uses 25 ms otherwise.
    public var escapeDelay: Int32?

    public init(mouse: Bool = true, ascii: Bool = false, escapeDelay: Int32? = nil) {
        self.mouse = mouse
        self.ascii = ascii
        self.escapeDelay = escapeDelay
    }
}
