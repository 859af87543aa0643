/// A horizontal run of cells in one role, ready to be written to a terminal in one go.
///
/// `text` holds the graphemes of the run (continuation cells contribute nothing);
/// `width` is the number of columns it covers, starting at (`x`, `y`).
public struct CanvasRun: Equatable, Sendable {
    public var x: Int
    public var y: Int
    public var role: StyleRole
    public var text: String
    public var width: Int

    public init(x: Int, y: Int, role: StyleRole, text: String, width: Int) {
        self.x = x
        self.y = y
        self.role = role
        self.text = text
        self.width = width
    }
}
