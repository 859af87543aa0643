/// Hands out curses colour-pair numbers, one per foreground/background combination, as they are first needed.
///
/// Pair 0 is the terminal's default colours and is never allocated. When the
/// terminal cannot use its default colours (`use_default_colors` failed), `-1`
/// stands for white on black instead. When pairs run out, further combinations
/// fall back to pair 0.
struct ColorPairCache: Sendable {
    /// A pair number and, when it was just allocated, the colours to register with `init_pair`.
    struct Assignment: Equatable, Sendable {
        var pair: Int16
        var newColors: (foreground: Int16, background: Int16)?

        static func == (lhs: Assignment, rhs: Assignment) -> Bool {
            lhs.pair == rhs.pair && lhs.newColors?.foreground == rhs.newColors?.foreground
                && lhs.newColors?.background == rhs.newColors?.background
        }
    }

    private struct Colors: Hashable, Sendable {
        var foreground: Int16
        var background: Int16
    }

    /// The number of pairs the terminal has (`COLOR_PAIRS`), capped at what a pair number can hold.
    let pairCount: Int
    /// Whether `-1` may be passed to `init_pair`.
    let supportsDefaultColors: Bool
    private var pairs: [Colors: Int16] = [:]

    init(pairCount: Int, supportsDefaultColors: Bool) {
        self.pairCount = min(max(pairCount, 0), Int(Int16.max) + 1)
        self.supportsDefaultColors = supportsDefaultColors
    }

    /// How many pairs have been allocated so far.
    var allocatedCount: Int { pairs.count }

    /// The pair for these colours (`-1` meaning the terminal's default).
    mutating func assignment(foreground: Int16, background: Int16) -> Assignment {
        let colors = Colors(
            foreground: foreground < 0 && !supportsDefaultColors ? 7 : foreground,
            background: background < 0 && !supportsDefaultColors ? 0 : background
        )
        if colors.foreground < 0 && colors.background < 0 { return Assignment(pair: 0) }
        if let pair = pairs[colors] { return Assignment(pair: pair) }
        let next = pairs.count + 1
        guard next < pairCount else { return Assignment(pair: 0) }
        let pair = Int16(next)
        pairs[colors] = pair
        return Assignment(pair: pair, newColors: (colors.foreground, colors.background))
    }

    /// Forgets every pair (after the terminal was restarted).
    mutating func removeAll() {
        pairs.removeAll()
    }
}
