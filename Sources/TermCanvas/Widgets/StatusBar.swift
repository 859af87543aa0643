/// A one-row bar with text on the left and on the right.
///
/// The right part (a clock, a user name) is kept whole when possible; the left
/// part is truncated with an ellipsis to leave a gap of one column.
///
/// ```swift
/// StatusBar(left: "已保存 · 3 条待办", right: "王芳 09:30").render(into: &canvas, in: bottomRow)
/// ```
public struct StatusBar: Equatable, Sendable {
    public var left: String
    public var right: String
    public var role: StyleRole
    public var glyphs: GlyphSet

    public init(left: String, right: String = "", role: StyleRole = .status, glyphs: GlyphSet = .unicode) {
        self.left = left
        self.right = right
        self.role = role
        self.glyphs = glyphs
    }

    public func render(into canvas: inout Canvas, in rect: Rect) {
        guard !rect.isEmpty else { return }
        let line = Rect(x: rect.x, y: rect.y, width: rect.width, height: 1)
        canvas.withClip(line) { canvas in
            canvas.fill(line, role: role)
            let rightText = TextFit.truncate(right, to: line.width, ellipsis: glyphs.ellipsis)
            let rightWidth = DisplayWidth.of(rightText)
            let leftRoom = line.width - rightWidth - (rightWidth > 0 ? 1 : 0)
            canvas.put(TextFit.truncate(left, to: leftRoom, ellipsis: glyphs.ellipsis), at: line.x, y: line.y, role: role)
            canvas.put(rightText, at: line.maxX - rightWidth, y: line.y, role: role)
        }
    }
}
