// MARK: - Nearest palette colours

/// How many colours a terminal can show.
public enum ColorDepth: Sendable, Equatable, Comparable {
    /// No colours at all: only bold, underline and reverse.
    case monochrome
    /// The eight base colours.
    case eight
    /// Base and bright colours.
    case sixteen
    /// The xterm 256-colour palette.
    case palette256
    /// 24-bit colour.
    case trueColor
}

extension TerminalColor {
    /// The xterm palette as RGB: the 16 standard colours, the 6×6×6 cube, the 24 greys.
    public static let xtermPalette: [(UInt8, UInt8, UInt8)] = {
        var palette: [(UInt8, UInt8, UInt8)] = [
            (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0),
            (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
            (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0),
            (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
        ]
        let levels: [UInt8] = [0, 95, 135, 175, 215, 255]
        for red in levels {
            for green in levels {
                for blue in levels { palette.append((red, green, blue)) }
            }
        }
        for step in 0..<24 {
            let grey = UInt8(8 + 10 * step)
            palette.append((grey, grey, grey))
        }
        return palette
    }()

    /// The colour's RGB value, or `nil` for the terminal default.
    public var rgbValue: (UInt8, UInt8, UInt8)? {
        switch self {
        case .terminalDefault: return nil
        case .indexed(let index): return TerminalColor.xtermPalette[Int(index)]
        case .rgb(let red, let green, let blue): return (red, green, blue)
        }
    }

    /// The nearest index in 16...255 (the fixed part of the xterm palette); indices pass through.
    public func nearestIndex256() -> UInt8? {
        switch self {
        case .terminalDefault: return nil
        case .indexed(let index): return index
        case .rgb(let red, let green, let blue): return TerminalColor.nearest((red, green, blue), among: 16..<256)
        }
    }

    /// The nearest of the 16 base and bright colours.
    public func nearestIndex16() -> UInt8? {
        switch self {
        case .terminalDefault: return nil
        case .indexed(let index) where index < 16: return index
        default: return rgbValue.map { TerminalColor.nearest($0, among: 0..<16) }
        }
    }

    /// The nearest of the 8 base colours.
    public func nearestIndex8() -> UInt8? {
        switch self {
        case .terminalDefault: return nil
        case .indexed(let index) where index < 16: return index % 8
        default: return rgbValue.map { TerminalColor.nearest($0, among: 0..<8) }
        }
    }

    /// This colour as the closest one a terminal of `depth` can show.
    public func reduced(to depth: ColorDepth) -> TerminalColor {
        switch depth {
        case .trueColor: return self
        case .palette256: return nearestIndex256().map { .indexed($0) } ?? .terminalDefault
        case .sixteen: return nearestIndex16().map { .indexed($0) } ?? .terminalDefault
        case .eight: return nearestIndex8().map { .indexed($0) } ?? .terminalDefault
        case .monochrome: return .terminalDefault
        }
    }

    /// The palette index in `candidates` closest to `color`, by a perceptual
    /// ("redmean") weighted distance; ties go to the lower index.
    static func nearest(_ color: (UInt8, UInt8, UInt8), among candidates: Range<Int>) -> UInt8 {
        var best = candidates.lowerBound
        var bestDistance = Int.max
        for index in candidates {
            let candidate = xtermPalette[index]
            let distance = weightedDistance(color, candidate)
            if distance < bestDistance {
                best = index
                bestDistance = distance
            }
        }
        return UInt8(best)
    }

    private static func weightedDistance(_ a: (UInt8, UInt8, UInt8), _ b: (UInt8, UInt8, UInt8)) -> Int {
        let meanRed = (Int(a.0) + Int(b.0)) / 2
        let dr = Int(a.0) - Int(b.0)
        let dg = Int(a.1) - Int(b.1)
        let db = Int(a.2) - Int(b.2)
        return (512 + meanRed) * dr * dr / 256 + 4 * dg * dg + (767 - meanRed) * db * db / 256
    }
}

extension TerminalColor {
    /// Whether a base colour (0–15) is dark enough that black text would not show on it.
    var isDarkBase: Bool {
        guard case .indexed(let index) = self, index < 16 else { return false }
        return [0, 1, 4, 5, 8].contains(index)
    }
}
