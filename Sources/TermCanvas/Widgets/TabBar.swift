/// A row of tabs with one selected. When they do not all fit, the bar shows the selected tab
/// and as many neighbours as fit whole, with `‹` / `›` at an end where tabs are hidden.
///
/// ```swift
/// TabBar(titles: ["概览", "诉求", "志愿者"], selectedIndex: 1).render(into: &canvas, in: topRow)
/// //  概览 │ 诉求 │ 志愿者
/// ```
public struct TabBar: Equatable, Sendable {
    public var titles: [String]
    public var selectedIndex: Int
    public var glyphs: GlyphSet

    public init(titles: [String], selectedIndex: Int = 0, glyphs: GlyphSet = .unicode) {
        self.titles = titles
        self.selectedIndex = selectedIndex
        self.glyphs = glyphs
    }

    /// Where one tab is drawn: its index, first column (relative to the bar) and width.
    public struct Placement: Equatable, Sendable {
        public var index: Int
        public var x: Int
        public var width: Int

        public init(index: Int, x: Int, width: Int) {
            self.index = index
            self.x = x
            self.width = width
        }
    }

    /// What a bar `width` columns wide shows: the tabs drawn, and whether some are hidden
    /// before the first or after the last.
    public struct Arrangement: Equatable, Sendable {
        public var placements: [Placement]
        public var hidesBefore: Bool
        public var hidesAfter: Bool
    }

    /// The tabs drawn in a bar `width` columns wide.
    public func placements(width: Int) -> [Placement] { arrangement(width: width).placements }

    public func arrangement(width: Int) -> Arrangement {
        guard width > 0, !titles.isEmpty else { return Arrangement(placements: [], hidesBefore: false, hidesAfter: false) }
        let tabWidths = titles.map { DisplayWidth.of($0) + 2 }
        let separator = DisplayWidth.of(glyphs.vertical)
        let all = tabWidths.reduce(0, +) + separator * (titles.count - 1)
        if all <= width { return Arrangement(placements: place(0..<titles.count, from: 0, tabWidths, separator), hidesBefore: false, hidesAfter: false) }
        // Overflowing: a marker column at each end, and whole tabs between them.
        let inner = max(1, width - 2)
        let selected = min(max(0, selectedIndex), titles.count - 1)
        func span(_ range: ClosedRange<Int>) -> Int { tabWidths[range].reduce(0, +) + separator * (range.count - 1) }
        var first = selected, last = selected
        // Grow around the selected tab, the right side first, while whole tabs fit.
        var grew = true
        while grew {
            grew = false
            if last + 1 < titles.count, span(first...(last + 1)) <= inner { last += 1; grew = true }
            if first > 0, span((first - 1)...last) <= inner { first -= 1; grew = true }
        }
        return Arrangement(placements: place(first..<(last + 1), from: first > 0 ? 1 : 0, tabWidths, separator),
                           hidesBefore: first > 0, hidesAfter: last < titles.count - 1)
    }

    private func place(_ range: Range<Int>, from start: Int, _ widths: [Int], _ separator: Int) -> [Placement] {
        var x = start
        return range.map { index in
            defer { x += widths[index] + separator }
            return Placement(index: index, x: x, width: widths[index])
        }
    }

    /// The tab under column `x` of the screen when drawn in `rect`, for mouse clicks.
    public func tabIndex(atX x: Int, in rect: Rect) -> Int? {
        placements(width: rect.width).first { x >= rect.x + $0.x && x < rect.x + $0.x + $0.width }?.index
    }

    public func render(into canvas: inout Canvas, in rect: Rect) {
        guard !rect.isEmpty else { return }
        let line = Rect(x: rect.x, y: rect.y, width: rect.width, height: 1)
        let selected = min(max(0, selectedIndex), max(0, titles.count - 1))
        let arrangement = arrangement(width: line.width)
        canvas.withClip(line) { canvas in
            canvas.fill(line, role: .tab)
            for (n, placement) in arrangement.placements.enumerated() {
                let role: StyleRole = placement.index == selected ? .tabActive : .tab
                let x = line.x + placement.x
                canvas.put(" " + titles[placement.index] + " ", at: x, y: line.y, maxWidth: line.maxX - x, role: role)
                if n < arrangement.placements.count - 1 {
                    canvas.put(glyphs.vertical, at: x + placement.width, y: line.y, role: .tab)
                }
            }
            if arrangement.hidesBefore { canvas.put(glyphs.moreLeft, at: line.x, y: line.y, role: .tab) }
            if arrangement.hidesAfter { canvas.put(glyphs.moreRight, at: line.maxX - 1, y: line.y, role: .tab) }
        }
    }
}
