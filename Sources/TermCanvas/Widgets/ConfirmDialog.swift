/// A modal box centred in an area: a title, a wrapped message and a row of buttons.
///
/// ```swift
/// let dialog = ConfirmDialog(title: "删除", message: "确定删除这条诉求吗？", buttons: ["确定", "取消"], selectedButton: 1)
/// dialog.render(into: &canvas, in: screen)
/// // ┌ 删除 ──────────────┐
/// // │ 确定删除这条诉求吗？ │
/// // │                    │
/// // │ [ 确定 ]  [ 取消 ] │
/// // └────────────────────┘
/// ```
public struct ConfirmDialog: Equatable, Sendable {
    public var title: String
    public var message: String
    public var buttons: [String]
    /// The focused button, drawn in ``StyleRole/buttonFocused``.
    public var selectedButton: Int
    /// The widest the message area may be, in columns.
    public var maxMessageWidth: Int
    public var glyphs: GlyphSet

    public init(
        title: String,
        message: String,
        buttons: [String] = ["OK", "Cancel"],
        selectedButton: Int = 0,
        maxMessageWidth: Int = 56,
        glyphs: GlyphSet = .unicode
    ) {
        self.title = title
        self.message = message
        self.buttons = buttons
        self.selectedButton = selectedButton
        self.maxMessageWidth = maxMessageWidth
        self.glyphs = glyphs
    }

    // MARK: Layout

    /// The dialog's box when centred in `rect`.
    public func frame(in rect: Rect) -> Rect {
        let innerWidth = contentWidth(in: rect)
        let lines = TextFit.wrap(message, width: innerWidth)
        // Border, message, blank line, buttons, border.
        return rect.centered(width: innerWidth + 4, height: max(1, lines.count) + 4)
    }

    /// The button under a screen position, for mouse clicks.
    public func buttonIndex(atX x: Int, y: Int, in rect: Rect) -> Int? {
        let box = frame(in: rect)
        guard y == box.maxY - 2, box.height >= 3 else { return nil }
        return buttonPlacements(in: box).first { x >= $0.x && x < $0.x + $0.width }?.index
    }

    private func contentWidth(in rect: Rect) -> Int {
        let wanted = max(DisplayWidth.of(title) + 2, DisplayWidth.of(message), buttonsWidth)
        return max(0, min(wanted, maxMessageWidth, rect.width - 4))
    }

    private func label(_ button: String) -> String { "[ " + button + " ]" }

    private var buttonsWidth: Int {
        buttons.map { DisplayWidth.of(label($0)) }.reduce(0, +) + 2 * max(0, buttons.count - 1)
    }

    private func buttonPlacements(in box: Rect) -> [(index: Int, x: Int, width: Int)] {
        let inner = box.inset(horizontal: 2, vertical: 0)
        var x = inner.x + max(0, (inner.width - buttonsWidth) / 2)
        var result: [(index: Int, x: Int, width: Int)] = []
        for (index, button) in buttons.enumerated() {
            let width = DisplayWidth.of(label(button))
            result.append((index, x, width))
            x += width + 2
        }
        return result
    }

    // MARK: Rendering

    public func render(into canvas: inout Canvas, in rect: Rect) {
        let box = frame(in: rect)
        guard !box.isEmpty else { return }
        Box(title: title, glyphs: glyphs, fillRole: .dialog).render(into: &canvas, in: box)
        let inner = box.inset(horizontal: 2, vertical: 1)
        guard !inner.isEmpty else { return }
        canvas.withClip(inner) { canvas in
            // The last inner row holds the buttons; the message gets the rows above the blank line.
            let messageRows = max(0, inner.height - 2)
            for (offset, line) in TextFit.wrap(message, width: inner.width).prefix(messageRows).enumerated() {
                canvas.put(line, at: inner.x, y: inner.y + offset, role: .dialog)
            }
            let selected = min(max(0, selectedButton), max(0, buttons.count - 1))
            for placement in buttonPlacements(in: box) {
                let role: StyleRole = placement.index == selected ? .buttonFocused : .button
                canvas.put(label(buttons[placement.index]), at: placement.x, y: inner.maxY - 1, role: role)
            }
        }
    }
}
