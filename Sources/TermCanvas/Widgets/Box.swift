/// A border around a rectangle, with an optional title in the top edge.
///
/// ```swift
/// let box = Box(title: "社区", glyphs: .unicode)
/// box.render(into: &canvas, in: area)
/// drawContent(in: box.inner(area))
/// // ┌ 社区 ──┐
/// // │       │
/// // └───────┘
/// ```
public struct Box: Equatable, Sendable {
    public var title: String?
    public var glyphs: GlyphSet
    public var role: StyleRole
    public var titleRole: StyleRole
    /// When set, the inside is cleared in this role first (for dialogs drawn over other content).
    public var fillRole: StyleRole?

    public init(
        title: String? = nil,
        glyphs: GlyphSet = .unicode,
        role: StyleRole = .border,
        titleRole: StyleRole = .title,
        fillRole: StyleRole? = nil
    ) {
        self.title = title
        self.glyphs = glyphs
        self.role = role
        self.titleRole = titleRole
        self.fillRole = fillRole
    }

    /// The area inside the border.
    public func inner(_ rect: Rect) -> Rect {
        rect.inset(by: 1)
    }

    /// Draws the border (and title) inside `rect`. A one-row or one-column
    /// rectangle gets a plain line; an empty one nothing.
    public func render(into canvas: inout Canvas, in rect: Rect) {
        guard !rect.isEmpty else { return }
        canvas.withClip(rect) { canvas in
            if let fillRole { canvas.fill(rect, role: fillRole) }
            if rect.height == 1 {
                canvas.put(line(rect.width), at: rect.x, y: rect.y, role: role)
                return
            }
            if rect.width == 1 {
                for row in rect.y..<rect.maxY { canvas.put(glyphs.vertical, at: rect.x, y: row, role: role) }
                return
            }
            let middle = line(rect.width - 2)
            canvas.put(glyphs.topLeft + middle + glyphs.topRight, at: rect.x, y: rect.y, role: role)
            canvas.put(glyphs.bottomLeft + middle + glyphs.bottomRight, at: rect.x, y: rect.maxY - 1, role: role)
            for row in (rect.y + 1)..<(rect.maxY - 1) {
                canvas.put(glyphs.vertical, at: rect.x, y: row, role: role)
                canvas.put(glyphs.vertical, at: rect.maxX - 1, y: row, role: role)
            }
            drawTitle(into: &canvas, in: rect)
        }
    }

    // MARK: Private

    private func drawTitle(into canvas: inout Canvas, in rect: Rect) {
        // The title sits between the corners with a space on each side.
        let room = rect.width - 4
        guard let title, !title.isEmpty, room >= 1 else { return }
        let text = " " + TextFit.truncate(title, to: room, ellipsis: glyphs.ellipsis) + " "
        canvas.put(text, at: rect.x + 1, y: rect.y, maxWidth: rect.width - 2, role: titleRole)
    }

    private func line(_ count: Int) -> String {
        String(repeating: glyphs.horizontal, count: max(0, count))
    }
}
