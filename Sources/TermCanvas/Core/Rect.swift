/// A rectangle of terminal cells: origin column `x`, origin row `y`, and a size.
///
/// Width and height are never negative; initialisers clamp them to zero, so
/// arithmetic on tiny areas can never produce an inverted range.
///
/// ```swift
/// let screen = Rect(x: 0, y: 0, width: 80, height: 24)
/// let body = screen.inset(by: 1)          // 78 × 22 at (1, 1)
/// let dialog = screen.centered(width: 40, height: 7)
/// ```
public struct Rect: Hashable, Sendable, CustomStringConvertible {
    public var x: Int
    public var y: Int
    public private(set) var width: Int
    public private(set) var height: Int

    /// Creates a rectangle; negative sizes become zero.
    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    /// A rectangle at the origin with the given size.
    public init(width: Int, height: Int) {
        self.init(x: 0, y: 0, width: width, height: height)
    }

    /// The empty rectangle at the origin.
    public static let zero = Rect(x: 0, y: 0, width: 0, height: 0)

    // MARK: Edges

    /// One past the last column.
    public var maxX: Int { x + width }
    /// One past the last row.
    public var maxY: Int { y + height }
    /// True when the rectangle holds no cell.
    public var isEmpty: Bool { width == 0 || height == 0 }
    /// Number of cells.
    public var area: Int { width * height }

    /// Whether the cell at (`column`, `row`) lies inside.
    public func contains(x column: Int, y row: Int) -> Bool {
        column >= x && column < maxX && row >= y && row < maxY
    }

    // MARK: Derived rectangles

    /// The overlap of two rectangles (empty, never negative, when they do not meet).
    public func intersection(_ other: Rect) -> Rect {
        let left = max(x, other.x)
        let top = max(y, other.y)
        let right = min(maxX, other.maxX)
        let bottom = min(maxY, other.maxY)
        return Rect(x: left, y: top, width: right - left, height: bottom - top)
    }

    /// The rectangle shrunk by `margin` cells on every side.
    public func inset(by margin: Int) -> Rect {
        inset(horizontal: margin, vertical: margin)
    }

    /// The rectangle shrunk by separate horizontal and vertical margins.
    public func inset(horizontal: Int, vertical: Int) -> Rect {
        // Clamp the margins so the origin never moves past the far edge.
        let dx = min(max(0, horizontal), width / 2)
        let dy = min(max(0, vertical), height / 2)
        return Rect(x: x + dx, y: y + dy, width: width - 2 * max(0, horizontal), height: height - 2 * max(0, vertical))
    }

    /// A rectangle of at most the given size, centred in this one.
    public func centered(width w: Int, height h: Int) -> Rect {
        let cw = min(max(0, w), width)
        let ch = min(max(0, h), height)
        return Rect(x: x + (width - cw) / 2, y: y + (height - ch) / 2, width: cw, height: ch)
    }

    /// The single row `offset` rows below the top (empty when outside).
    public func row(_ offset: Int) -> Rect {
        guard offset >= 0, offset < height else { return Rect(x: x, y: y, width: 0, height: 0) }
        return Rect(x: x, y: y + offset, width: width, height: 1)
    }

    public var description: String { "Rect(x: \(x), y: \(y), width: \(width), height: \(height))" }
}
