import TermCanvas

extension TextField {
    /// The one-line field's own reducer, shared by `/`, `:`, form fields and notes: typing,
    /// deleting and moving the caret. False when the key is not for the field.
    public mutating func applyEditingKey(_ key: Key) -> Bool {
        switch key {
        case .character(let c): insert(String(c))
        case .backspace: deleteBackward()
        case .delete: deleteForward()
        case .left: moveLeft()
        case .right: moveRight()
        case .home, .control("a"): moveToStart()
        case .end, .control("e"): moveToEnd()
        case .control("u"): self = TextField("", isFocused: isFocused)
        default: return false
        }
        return true
    }
}
