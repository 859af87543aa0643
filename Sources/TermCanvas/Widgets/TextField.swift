/// A single-line text input with a cursor, editing by whole characters.
///
/// The cursor is an index in `Character`s (so `街` is one step, not three bytes),
/// and drawing scrolls horizontally by display columns so the cursor stays visible.
///
/// ```swift
/// var field = TextField("街道")
/// field.insert("办")          // "街道办", cursor 3
/// field.moveLeft()
/// field.deleteBackward()      // "街办", cursor 1
/// field.render(into: &canvas, in: Rect(x: 10, y: 2, width: 12, height: 1))
/// ```
public struct TextField: Equatable, Sendable {
    /// The text being edited.
    public var value: String
    /// The cursor position in `0...value.count`, counted in `Character`s.
    public var cursor: Int {
        get { min(max(0, storedCursor), value.count) }
        set { storedCursor = min(max(0, newValue), value.count) }
    }
    /// Shown in ``StyleRole/dim`` while the value is empty.
    public var placeholder: String
    /// A focused field is drawn in ``StyleRole/inputFocused`` with a visible cursor.
    public var isFocused: Bool

    private var storedCursor: Int

    /// A field holding `value` with the cursor at `cursor` (default: the end).
    public init(_ value: String = "", cursor: Int? = nil, placeholder: String = "", isFocused: Bool = true) {
        self.value = value
        self.placeholder = placeholder
        self.isFocused = isFocused
        self.storedCursor = min(max(0, cursor ?? value.count), value.count)
    }

    // MARK: Editing

    /// Inserts `text` at the cursor and moves the cursor after it.
    public mutating func insert(_ text: String) {
        let split = index(at: cursor)
        let before = String(value[..<split]) + text
        value = before + value[split...]
        // Grapheme clustering may merge across the seam (a combining mark), so count again.
        cursor = before.count
    }

    /// Deletes the character before the cursor (Backspace).
    public mutating func deleteBackward() {
        let position = cursor
        guard position > 0 else { return }
        value.remove(at: index(at: position - 1))
        cursor = position - 1
    }

    /// Deletes the character under the cursor (Delete).
    public mutating func deleteForward() {
        let position = cursor
        guard position < value.count else { return }
        value.remove(at: index(at: position))
        cursor = position
    }

    public mutating func moveLeft() { cursor -= 1 }
    public mutating func moveRight() { cursor += 1 }
    /// Moves to the start (Home).
    public mutating func moveToStart() { cursor = 0 }
    /// Moves to the end (End).
    public mutating func moveToEnd() { cursor = value.count }

    private func index(at offset: Int) -> String.Index {
        value.index(value.startIndex, offsetBy: min(max(0, offset), value.count))
    }

    // MARK: Horizontal scrolling

    /// The first character shown, and the column of the cursor relative to the field,
    /// when the field is `width` columns wide.
    public func scrollPosition(width: Int) -> (firstCharacter: Int, cursorColumn: Int) {
        let widths = value.map { DisplayWidth.of(TextSanitizer.sanitize(String($0))) }
        let position = cursor
        let cursorWidth = position < widths.count ? widths[position] : 1
        var first = 0
        var before = widths[..<position].reduce(0, +)
        // Drop characters from the left until the cursor cell fits.
        while first < position && before + cursorWidth > width {
            before -= widths[first]
            first += 1
        }
        return (first, before)
    }

    /// Where the terminal cursor belongs when the field is drawn in `rect`; `nil` if it is not visible.
    public func cursorPosition(in rect: Rect) -> (x: Int, y: Int)? {
        guard !rect.isEmpty else { return nil }
        let column = scrollPosition(width: rect.width).cursorColumn
        guard column < rect.width else { return nil }
        return (rect.x + column, rect.y)
    }

    // MARK: Rendering

    /// Draws the field on the first row of `rect`.
    public func render(into canvas: inout Canvas, in rect: Rect) {
        guard !rect.isEmpty else { return }
        let line = Rect(x: rect.x, y: rect.y, width: rect.width, height: 1)
        let role: StyleRole = isFocused ? .inputFocused : .input
        canvas.withClip(line) { canvas in
            canvas.fill(line, role: role)
            if value.isEmpty {
                canvas.put(placeholder, at: line.x, y: line.y, maxWidth: line.width, role: .dim)
            } else {
                let first = scrollPosition(width: line.width).firstCharacter
                canvas.put(String(value.dropFirst(first)), at: line.x, y: line.y, maxWidth: line.width, role: role)
            }
            guard isFocused else { return }
            let column = scrollPosition(width: line.width).cursorColumn
            let position = cursor
            let cursorWidth = position < value.count
                ? DisplayWidth.of(TextSanitizer.sanitize(String(value[index(at: position)])))
                : 1
            canvas.setRole(.cursor, in: Rect(x: line.x + column, y: line.y, width: max(1, cursorWidth), height: 1))
        }
    }
}
