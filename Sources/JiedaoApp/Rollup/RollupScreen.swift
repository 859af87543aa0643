import JiedaoCore
import TermCanvas

/// `jiedao watch --rollup`: the district supervisor's screen, a row per street with its figures,
/// Enter for a street's communities. The figures come from the rollup database; this is only
/// what is shown and where the cursor is, so every screen is testable without a terminal.
public struct RollupScreen: Sendable {
    /// The figures last read; nil until the first query answers.
    public var rollup: Rollup?
    public var language: Language
    public var isASCII: Bool
    /// The district the screen is limited to, if any.
    public var district: String?
    public var width = 80
    public var height = 24
    /// When the figures were read, as the street's clock shows it (HH:MM:SS).
    public var updatedAt = ""
    /// What went wrong with the database, shown until the next good read.
    public var problem: Bilingual?
    /// The street whose communities are shown; nil for the list of streets.
    public private(set) var street: String?
    public private(set) var cursor = 0
    public private(set) var sort = TableSort(column: 0)
    public private(set) var isRunning = true
    /// Asked for a new read (the `r` key); the runtime clears it.
    public var wantsRefresh = false
    private var streetCursor = 0

    public init(language: Language, isASCII: Bool, district: String?) {
        self.language = language
        self.isASCII = isASCII
        self.district = district
    }

    func tr(_ zh: String, _ en: String) -> String { language == .zh ? zh : en }

    /// The streets in the order shown.
    public var streets: [StreetRollup] {
        let all = Array((rollup?.streets ?? [:]).values)
        return RollupColumns.sorted(all, by: sort) { $0.summary.street + $0.code }
    }

    /// The shown street's communities in the order shown.
    public var communities: [(name: String, figures: Summary.CommunityFigures)] {
        guard let street, let figures = rollup?.streets[street]?.summary.byCommunity else { return [] }
        let rows = figures.map { (name: $0.key, figures: $0.value) }
        return RollupColumns.sorted(rows, by: sort, name: \.name, figures: \.figures)
    }

    /// How many rows the current list has.
    public var rowCount: Int { street == nil ? streets.count : communities.count }

    /// The street under the cursor (or shown), whose 30-day series is drawn.
    public var focusedStreet: StreetRollup? {
        if let street { return rollup?.streets[street] }
        let list = streets
        return list.indices.contains(cursor) ? list[cursor] : nil
    }

    public mutating func resize(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    /// New figures: the cursor stays on the same street where it can.
    public mutating func show(_ figures: Rollup, at time: String) {
        let focused = street == nil ? focusedStreet?.code : nil
        rollup = figures
        updatedAt = time
        problem = nil
        if let street, figures.streets[street] == nil { self.street = nil; cursor = streetCursor }
        if let focused, let index = streets.firstIndex(where: { $0.code == focused }) { cursor = index }
        cursor = max(0, min(cursor, rowCount - 1))
    }

    public mutating func press(_ key: Key) {
        let page = max(1, height - 8)
        switch key {
        case .character("j"), .down: move(1)
        case .character("k"), .up: move(-1)
        case .pageDown, .control("d"): move(page)
        case .pageUp, .control("u"): move(-page)
        case .character("g"), .home: cursor = 0
        case .character("G"), .end: cursor = max(0, rowCount - 1)
        case .character("s"):
            // The next column; names read A to Z, figures the largest first.
            let next = (sort.column + 1) % RollupColumns.count
            sort = TableSort(column: next, direction: next == 0 ? .ascending : .descending)
        case .character("S"): sort.direction = sort.direction.reversed
        case .enter, .character("l"), .right:
            guard street == nil, let chosen = focusedStreet else { return }
            streetCursor = cursor
            street = chosen.code
            cursor = 0
        case .escape, .backspace, .character("h"), .left:
            guard let left = street else { return }
            street = nil
            cursor = streets.firstIndex { $0.code == left } ?? streetCursor
        case .character("r"): wantsRefresh = true
        case .character("q"), .control("c"): isRunning = false
        default: break
        }
    }

    private mutating func move(_ delta: Int) {
        cursor = max(0, min(cursor + delta, rowCount - 1))
    }
}
