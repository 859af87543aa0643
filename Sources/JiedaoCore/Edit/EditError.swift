/// Why an edit was refused: a code that tests and callers match on, and a message
/// in both languages for the user.
public struct EditError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The reason, with the figures a message needs.
    public enum Code: Hashable, Sendable {
        case notFound(RecordRef)
        case deleted(RecordRef)
        case unknownField(String)
        case wrongType(field: String)
        case missing(field: String)
        case emptyName(field: String)
        case negative(field: String)
        case badPhone(field: String)
        case badChoice(field: String)
        case badReference(field: String, RecordRef)
        case datesOutOfOrder(earlier: String, later: String)
        case hasDependents(RecordRef, dependents: EntityKind, count: Int)
        case versionConflict(RecordRef, expected: UInt32, actual: UInt32)
        case moveNotAllowed(move: String, state: String)
        case notOverdue
        case overCap(kind: ProjectKind, budget: Int64, cap: Int64)
        case overBudget(budget: Int64, remaining: Int64, total: Int64)
        case notPermitted(Role?)
        case invalid(String)
    }

    public let code: Code
    public let message: Bilingual

    public init(_ code: Code, _ message: Bilingual) {
        self.code = code
        self.message = message
    }

    public var description: String { message.en }
}
