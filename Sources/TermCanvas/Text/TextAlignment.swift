/// Horizontal placement of text inside a wider space.
public enum TextAlignment: Sendable, Equatable {
    case left
    case right
    case center
}
