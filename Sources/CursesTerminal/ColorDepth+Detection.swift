import TermCanvas

extension ColorDepth {
    /// The depth to draw with: monochrome when `NO_COLOR` is set (to any value, so the
    /// user's wish wins) or the terminal has no colours; otherwise by the colour count.
    static func detected(noColorRequested: Bool, hasColors: Bool, colorCount: Int) -> ColorDepth {
        guard !noColorRequested, hasColors else { return .monochrome }
        if colorCount >= 256 { return .palette256 }
        if colorCount >= 16 { return .sixteen }
        if colorCount >= 8 { return .eight }
        return .monochrome
    }
}
