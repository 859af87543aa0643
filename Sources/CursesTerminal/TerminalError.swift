/// Why ``CursesTerminal/start(options:)`` could not take over the terminal.
public enum TerminalError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Standard input or output is not a terminal (for example, it is redirected to a file).
    case notATerminal
    /// curses does not know the terminal type named by `TERM` (`nil` when `TERM` is unset).
    case unknownTerminalType(String?)
    /// The terminal type cannot place the cursor (such as `dumb`), so a full-screen view is impossible.
    case unsupportedTerminalType(String?)
    /// Another ``CursesTerminal`` is still running; stop it first.
    case alreadyRunning

    public var description: String {
        switch self {
        case .notATerminal:
            return "standard input and output must be a terminal"
        case .unknownTerminalType(let name?):
            return "unknown terminal type \"\(name)\" (check TERM)"
        case .unknownTerminalType(nil):
            return "TERM is not set"
        case .unsupportedTerminalType(let name):
            return "terminal type \"\(name ?? "")\" cannot show a full-screen view"
        case .alreadyRunning:
            return "the terminal is already in use"
        }
    }
}
