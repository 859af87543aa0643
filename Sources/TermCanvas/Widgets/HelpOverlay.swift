/// The `?` screen: a box over the whole area listing key bindings by section, scrollable.
///
/// ```swift
/// var help = HelpOverlay(title: "帮助", sections: [
///     HelpSection(title: "全局", entries: [KeyHint(key: "q", description: "退出")]),
/// ])
/// help.scrollOffset = min(help.scrollOffset + 1, help.maxScrollOffset(in: screen))
/// help.render(into: &canvas, in: screen)
/// ```
/// More content above or below is marked with arrows on the border.
public struct HelpOverlay: Equatable, Sendable {
    public var title: String
    public var sections: [HelpSection]
    /// The first content line shown (clamped when drawing).
    public var scrollOffset: Int
    public var glyphs: GlyphSet

    public init(title: String, sections: [HelpSection], scrollOffset: Int = 0, glyphs: GlyphSet = .unicode) {
        self.title = title
        self.sections = sections
        self.scrollOffset = scrollOffset
        self.glyphs = glyphs
    }

    /// One line of content: a section title, a key binding, or a blank separator.
    enum Line: Equatable {
        case sectionTitle(String)
        case entry(KeyHint)
        case blank
    }

    /// All content lines, sections separated by a blank line.
    var contentLines: [Line] {
        var lines: [Line] = []
        for (index, section) in sections.enumerated() {
            if index > 0 { lines.append(.blank) }
            lines.append(.sectionTitle(section.title))
            lines.append(contentsOf: section.entries.map(Line.entry))
        }
        return lines
    }

    // MARK: Layout

    /// The number of content lines.
    public var contentHeight: Int { contentLines.count }

    /// The overlay's box in `rect`: the area less a one-cell margin when there is room.
    public func frame(in rect: Rect) -> Rect {
        rect.width >= 20 && rect.height >= 8 ? rect.inset(by: 1) : rect
    }

    /// Content lines visible at once in `rect`.
    public func visibleHeight(in rect: Rect) -> Int {
        max(0, frame(in: rect).height - 2)
    }

    /// The largest useful ``scrollOffset`` in `rect`.
    public func maxScrollOffset(in rect: Rect) -> Int {
        max(0, contentHeight - visibleHeight(in: rect))
    }

    // MARK: Rendering

    public func render(into canvas: inout Canvas, in rect: Rect) {
        let box = frame(in: rect)
        guard !box.isEmpty else { return }
        Box(title: title, glyphs: glyphs, fillRole: .dialog).render(into: &canvas, in: box)
        let inner = box.inset(horizontal: 2, vertical: 1)
        guard !inner.isEmpty else { return }
        let lines = contentLines
        let offset = min(max(0, scrollOffset), maxScrollOffset(in: rect))
        let keyWidth = min(
            sections.flatMap(\.entries).map { DisplayWidth.of($0.key) }.max() ?? 0,
            inner.width / 3
        )
        canvas.withClip(inner) { canvas in
            for row in 0..<inner.height where offset + row < lines.count {
                let y = inner.y + row
                switch lines[offset + row] {
                case .sectionTitle(let text):
                    canvas.put(TextFit.truncate(text, to: inner.width, ellipsis: glyphs.ellipsis), at: inner.x, y: y, role: .title)
                case .entry(let hint):
                    let key = TextFit.fit(hint.key, width: keyWidth, ellipsis: glyphs.ellipsis)
                    let descriptionX = inner.x + 2 + keyWidth + 2
                    canvas.put(key, at: inner.x + 2, y: y, role: .key)
                    canvas.put(TextFit.truncate(hint.description, to: inner.maxX - descriptionX, ellipsis: glyphs.ellipsis),
                               at: descriptionX, y: y, role: .dialog)
                case .blank:
                    break
                }
            }
        }
        // Arrows on the right of the top and bottom borders say there is more.
        if box.width >= 4 && box.height >= 2 {
            if offset > 0 { canvas.put(glyphs.arrowUp, at: box.maxX - 2, y: box.y, role: .border) }
            if offset + inner.height < lines.count { canvas.put(glyphs.arrowDown, at: box.maxX - 2, y: box.maxY - 1, role: .border) }
        }
    }
}
