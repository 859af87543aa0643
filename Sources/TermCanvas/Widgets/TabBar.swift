/// A row of tabs with one selected; scrolls so the selected tab is always visible.
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

    /// The tabs drawn in a bar `width` columns wide (the last may be cut by the edge).
    public func placements(width: Int) -> [Placement] {
        guard width > 0, !titles.isEmpty else { return [] }
        let tabWidths = titles.map { DisplayWidth.of($0) + 2 }
        let separator = DisplayWidth.of(glyphs.vertical)
        let selected = min(max(0, selectedIndex), titles.count - 1)
        // Skip tabs on the left until the selected one ends inside the bar.
        var first = 0
        while first < selected {
            let end = tabWidths[first...selected].reduce(0, +) + separator * (selected - first)
            if end <= width { break }
            first += 1
        }
        var result: [Placement] = []
        var x = 0
        for index in first..<titles.count where x < width {
            result.append(Placement(index: index, x: x, width: tabWidths[index]))
            x += tabWidths[index] + separator
        }
        return result
    }

    /// The tab under column `x` of the screen when drawn in `rect`, for mouse clicks.
    public func tabIndex(atX x: Int, in rect: Rect) -> Int? {
        placements(width: rect.width).first { x >= rect.x + $0.x && x < rect.x + $0.x + $0.width }?.index
    }

    public func render(into canvas: inout Canvas, in rect: Rect) {
        guard !rect.isEmpty else { return }
        let line = Rect(x: rect.x, y: rect.y, width: rect.width, height: 1)
        let selected = min(max(0, selectedIndex), max(0, titles.count - 1))
        canvas.withClip(line) { canvas in
            canvas.fill(line, role: .tab)
            for placement in placements(width: line.width) {
                let role: StyleRole = placement.index == selected ? .tabActive : .tab
                let x = line.x + placement.x
                canvas.put(" " + titles[placement.index] + " ", at: x, y: line.y, role: role)
                if placement.index < titles.count - 1 {
                    canvas.put(glyphs.vertical, at: x + placement.width, y: line.y, role: .tab)
                }
            }
        }
    }
}
