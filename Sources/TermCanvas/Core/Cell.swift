/// One terminal cell of a ``Canvas``.
///
/// A wide character (most Chinese text) occupies two cells: the left cell holds
/// the grapheme, the right cell is a *continuation* with an empty grapheme.
public struct Cell: Hashable, Sendable {
    /// One extended grapheme cluster, or `""` for a continuation cell.
    public var grapheme: String
    /// The semantic colour role; a ``Theme`` turns it into colours.
    public var role: StyleRole
    /// True for the right half of a wide character.
    public var isContinuation: Bool

    /// Creates a cell.
    public init(grapheme: String, role: StyleRole = .normal, isContinuation: Bool = false) {
        self.grapheme = grapheme
        self.role = role
        self.isContinuation = isContinuation
    }

    /// A space in the given role.
    public static func blank(_ role: StyleRole = .normal) -> Cell {
        Cell(grapheme: " ", role: role)
    }

    /// The right half of a wide character drawn in `role`.
    public static func continuation(_ role: StyleRole) -> Cell {
        Cell(grapheme: "", role: role, isContinuation: true)
    }
}
