/// The characters widgets draw with: box lines, ellipsis, arrows, blocks, sparkline levels.
///
/// ``unicode`` is the normal set; ``ascii`` is for terminals or fonts without
/// line-drawing characters (the app's `--ascii` mode). Every glyph is one column wide.
///
/// ```swift
/// let glyphs: GlyphSet = options.ascii ? .ascii : .unicode
/// Box(title: "居民", glyphs: glyphs).render(into: &canvas, in: area)
/// ```
public struct GlyphSet: Equatable, Sendable {
    // MARK: Box drawing
    public var horizontal: String
    public var vertical: String
    public var topLeft: String
    public var topRight: String
    public var bottomLeft: String
    public var bottomRight: String
    /// `├`: a vertical line with a branch to the right.
    public var teeRight: String
    /// `┤`: a vertical line with a branch to the left.
    public var teeLeft: String

    // MARK: Marks
    /// Marks truncated text: `…` or `~`.
    public var ellipsis: String
    /// Ascending sort, "more above": `▲` or `^`.
    public var arrowUp: String
    /// Descending sort, "more below": `▼` or `v`.
    public var arrowDown: String
    /// Filled part of bars.
    public var fullBlock: String
    /// Empty part of progress bars.
    public var lightShade: String
    /// Sparkline levels, lowest first (any count ≥ 1).
    public var sparkline: [String]
    /// "More to the left / right" at the ends of a tab bar that overflows: `‹ ›` or `< >`.
    public var moreLeft: String
    public var moreRight: String

    public init(
        horizontal: String, vertical: String,
        topLeft: String, topRight: String, bottomLeft: String, bottomRight: String,
        teeRight: String, teeLeft: String,
        ellipsis: String, arrowUp: String, arrowDown: String,
        fullBlock: String, lightShade: String, sparkline: [String],
        moreLeft: String = "‹", moreRight: String = "›"
    ) {
        self.horizontal = horizontal
        self.vertical = vertical
        self.topLeft = topLeft
        self.topRight = topRight
        self.bottomLeft = bottomLeft
        self.bottomRight = bottomRight
        self.teeRight = teeRight
        self.teeLeft = teeLeft
        self.ellipsis = ellipsis
        self.arrowUp = arrowUp
        self.arrowDown = arrowDown
        self.fullBlock = fullBlock
        self.lightShade = lightShade
        self.sparkline = sparkline
        self.moreLeft = moreLeft
        self.moreRight = moreRight
    }

    /// Unicode box drawing and block elements.
    public static let unicode = GlyphSet(
        horizontal: "─", vertical: "│",
        topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘",
        teeRight: "├", teeLeft: "┤",
        ellipsis: "…", arrowUp: "▲", arrowDown: "▼",
        fullBlock: "█", lightShade: "░",
        sparkline: ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
    )

    /// Plain ASCII for any terminal.
    public static let ascii = GlyphSet(
        horizontal: "-", vertical: "|",
        topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+",
        teeRight: "+", teeLeft: "+",
        ellipsis: "~", arrowUp: "^", arrowDown: "v",
        fullBlock: "#", lightShade: ".",
        sparkline: ["_", ".", "-", "=", "^", "#"],
        moreLeft: "<", moreRight: ">"
    )
}
