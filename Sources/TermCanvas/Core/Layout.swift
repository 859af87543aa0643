/// Splits a ``Rect`` into rows or columns.
///
/// Constraints are satisfied in order: fixed sizes, percentages and minimums are
/// given what is left, first come first served; the rest is shared by `.fill`
/// and `.min` parts. Sizes are never negative, however small the area.
///
/// ```swift
/// let screen = Rect(width: 80, height: 24)
/// let parts = Layout.split(screen, .vertical, [.fixed(1), .fill, .percent(30)])
/// // parts[0]: tab bar (1 row), parts[1]: 16 rows, parts[2]: 7 rows
/// ```
public enum Layout {
    /// The direction parts are stacked in.
    public enum Direction: Sendable, Equatable {
        /// Parts are rows, top to bottom.
        case vertical
        /// Parts are columns, left to right.
        case horizontal
    }

    /// The size wanted by one part.
    public enum Constraint: Sendable, Equatable {
        /// Exactly this many cells (if available).
        case fixed(Int)
        /// This percentage (0–100) of the whole length, rounded down.
        case percent(Int)
        /// An equal share of what the other parts leave.
        case fill
        /// At least this many cells (if available), plus a share like `.fill`.
        case min(Int)
    }

    /// The parts of `rect`, one per constraint, separated by `spacing` cells.
    public static func split(_ rect: Rect, _ direction: Direction, _ constraints: [Constraint], spacing: Int = 0) -> [Rect] {
        let length = direction == .vertical ? rect.height : rect.width
        let sizes = sizes(for: constraints, length: length, spacing: spacing)
        var offset = 0
        var result: [Rect] = []
        for (index, size) in sizes.enumerated() {
            if index > 0 { offset = min(length, offset + max(0, spacing)) }
            switch direction {
            case .vertical:
                result.append(Rect(x: rect.x, y: rect.y + offset, width: rect.width, height: size))
            case .horizontal:
                result.append(Rect(x: rect.x + offset, y: rect.y, width: size, height: rect.height))
            }
            offset += size
        }
        return result
    }

    /// The lengths given to each constraint out of `length` cells; they sum to at most `length`.
    public static func sizes(for constraints: [Constraint], length: Int, spacing: Int = 0) -> [Int] {
        let gaps = max(0, constraints.count - 1) * max(0, spacing)
        var remaining = max(0, max(0, length) - gaps)
        let total = remaining
        var sizes = constraints.map { constraint -> Int in
            let wanted: Int
            switch constraint {
            case .fixed(let size), .min(let size): wanted = max(0, size)
            case .percent(let percent): wanted = total * Swift.min(100, max(0, percent)) / 100
            case .fill: wanted = 0
            }
            let given = Swift.min(wanted, remaining)
            remaining -= given
            return given
        }
        let flexible = constraints.indices.filter {
            switch constraints[$0] {
            case .fill, .min: return true
            case .fixed, .percent: return false
            }
        }
        guard !flexible.isEmpty else { return sizes }
        let share = remaining / flexible.count
        let extra = remaining % flexible.count
        for (position, index) in flexible.enumerated() {
            sizes[index] += share + (position < extra ? 1 : 0)
        }
        return sizes
    }
}
