/// A terminal colour: the terminal's default, an xterm palette index, or 24-bit RGB.
///
/// Parsed from theme values: a name (`"red"`, `"bright-white"`, `"default"`),
/// an index `0...255`, or `"#rrggbb"`.
///
/// ```swift
/// TerminalColor(parsing: "bright-blue")   // .indexed(12)
/// TerminalColor(parsing: "#1e90ff")       // .rgb(30, 144, 255)
/// TerminalColor.rgb(255, 0, 0).nearestIndex256()   // 196
/// ```
public enum TerminalColor: Hashable, Sendable, CustomStringConvertible {
    /// The terminal's own default foreground or background.
    case terminalDefault
    /// An xterm palette index: 0–7 normal, 8–15 bright, 16–231 colour cube, 232–255 greys.
    case indexed(UInt8)
    /// A 24-bit colour.
    case rgb(UInt8, UInt8, UInt8)

    /// The eight base colour names; index `i` is palette colour `i`, `bright-` adds 8.
    public static let baseNames = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]

    // MARK: Parsing

    /// Parses a colour name, `"#rrggbb"`, or a decimal index; `nil` if it is none of them.
    public init?(parsing text: String) {
        let name = String(text.lowercased().map { $0 == "_" ? "-" : $0 })
        if name == "default" || name == "none" {
            self = .terminalDefault
        } else if name.hasPrefix("#") {
            guard let rgb = TerminalColor.parseHex(String(name.dropFirst())) else { return nil }
            self = rgb
        } else if let index = Int(name) {
            guard let color = TerminalColor(index: index) else { return nil }
            self = color
        } else if let base = TerminalColor.baseNames.firstIndex(of: name) {
            self = .indexed(UInt8(base))
        } else if name == "gray" || name == "grey" {
            self = .indexed(8)
        } else if name.hasPrefix("bright"),
                  let base = TerminalColor.baseNames.firstIndex(of: String(name.dropFirst(6).drop(while: { $0 == "-" }))) {
            self = .indexed(UInt8(base + 8))
        } else {
            return nil
        }
    }

    /// A palette colour from an index in `0...255`; `nil` outside that range.
    public init?(index: Int) {
        guard (0...255).contains(index) else { return nil }
        self = .indexed(UInt8(index))
    }

    private static func parseHex(_ digits: String) -> TerminalColor? {
        guard digits.count == 6, let value = UInt32(digits, radix: 16) else { return nil }
        return .rgb(UInt8((value >> 16) & 0xFF), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF))
    }

    // MARK: Description

    /// The colour as a theme file would write it.
    public var description: String {
        switch self {
        case .terminalDefault:
            return "default"
        case .indexed(let index) where index < 8:
            return TerminalColor.baseNames[Int(index)]
        case .indexed(let index) where index < 16:
            return "bright-" + TerminalColor.baseNames[Int(index) - 8]
        case .indexed(let index):
            return String(index)
        case .rgb(let red, let green, let blue):
            return "#" + [red, green, blue].map { value in
                let digits = String(value, radix: 16)
                return digits.count == 1 ? "0" + digits : digits
            }.joined()
        }
    }
}
