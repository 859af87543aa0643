import JiedaoCore
import TermCanvas

/// A message too long for the status line opens in a box just above it, wrapped, so no
/// message is ever cut (a conflict's who and when, a refused budget, a dispatch's outcome).
/// It closes with the next key, as the status line's message does.
enum MessageBox {
    /// The room the status line leaves a message beside its own part (data set, user, saved).
    static func room(for state: AppState, statusWidth: Int) -> Int {
        max(0, statusWidth - DisplayWidth.of(statusRight(state)) - 1)
    }

    /// Whether `state`'s message is too long for the status line.
    static func isOpen(for state: AppState, statusWidth: Int) -> Bool {
        guard let message = state.message, state.mode == .browse else { return false }
        return DisplayWidth.of(message.text.text(state.language)) > room(for: state, statusWidth: statusWidth)
    }

    static func render(_ state: AppState, into canvas: inout Canvas, above status: Rect, glyphs: GlyphSet) {
        guard isOpen(for: state, statusWidth: status.width), let message = state.message, status.y > 3 else { return }
        let lines = TextFit.wrap(message.text.text(state.language), width: max(1, status.width - 4))
        // Up to the space between the tab bar and the status line; the last line says what is left.
        let height = min(lines.count + 2, status.y - 2)
        let frame = Rect(x: 0, y: status.y - height, width: status.width, height: height)
        let title = message.isError ? state.tr("出错", "Error") : state.tr("消息", "Message")
        let box = Box(title: title, glyphs: glyphs, fillRole: .dialog)
        box.render(into: &canvas, in: frame)
        let inner = box.inner(frame)
        for (index, line) in lines.prefix(inner.height).enumerated() {
            canvas.put(" " + line, at: inner.x, y: inner.y + index, maxWidth: inner.width, role: message.isError ? .error : .normal)
        }
    }
}
