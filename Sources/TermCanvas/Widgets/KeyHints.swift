/// The footer of key hints: `q 退出  / 搜索  ? 帮助`, as many whole hints as fit.
///
/// ```swift
/// KeyHints([("q", "退出"), ("/", "搜索"), ("?", "帮助")]).render(into: &canvas, in: footer)
/// ```
public struct KeyHints: Equatable, Sendable {
    public var hints: [KeyHint]
    /// Blank columns between hints.
    public var spacing: Int

    public init(_ hints: [KeyHint], spacing: Int = 2) {
        self.hints = hints
        self.spacing = spacing
    }

    /// Hints from `(key, description)` pairs.
    public init(_ pairs: [(String, String)], spacing: Int = 2) {
        self.init(pairs.map { KeyHint(key: $0.0, description: $0.1) }, spacing: spacing)
    }

    /// How many hints fit, whole, in `width` columns.
    public func visibleCount(width: Int) -> Int {
        var used = 0
        for (index, hint) in hints.enumerated() {
            let gap = index == 0 ? 0 : max(0, spacing)
            let hintWidth = DisplayWidth.of(hint.key) + 1 + DisplayWidth.of(hint.description)
            if used + gap + hintWidth > width { return index }
            used += gap + hintWidth
        }
        return hints.count
    }

    public func render(into canvas: inout Canvas, in rect: Rect) {
        guard !rect.isEmpty else { return }
        let line = Rect(x: rect.x, y: rect.y, width: rect.width, height: 1)
        canvas.withClip(line) { canvas in
            canvas.fill(line, role: .normal)
            var x = line.x
            for (index, hint) in hints.prefix(visibleCount(width: line.width)).enumerated() {
                if index > 0 { x += max(0, spacing) }
                x += canvas.put(hint.key, at: x, y: line.y, role: .key)
                x += 1
                x += canvas.put(hint.description, at: x, y: line.y, role: .muted)
            }
        }
    }
}
