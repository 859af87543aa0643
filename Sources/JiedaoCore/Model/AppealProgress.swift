/// The part of an appeal that only workflow moves change: state, handler, deadline,
/// counters and evaluation. All fixed-width, so an undo can carry it whole.
public struct AppealProgress: Hashable, Sendable, Codable {
    public var state = AppealState.received
    public var handlerKind = HandlerKind.none
    /// A department or community ID, per `handlerKind`.
    public var handler: Int32 = noReference
    /// Unix seconds; 0 until dispatched.
    public var deadline: Int64 = 0
    public var dispatchedAt: Int64 = 0
    public var resolvedAt: Int64 = 0
    public var closedAt: Int64 = 0
    /// 重办次数.
    public var redoCount: UInt8 = 0
    /// 催办次数.
    public var urgeCount: UInt8 = 0
    public var extensionCount: UInt8 = 0
    /// 督办.
    public var isSupervised = false
    /// Resolved after its deadline (fixed when resolved, for the on-time rate).
    public var resolvedLate = false
    public var speed = Rating.none
    public var effect = Rating.none
    public var attitude = Rating.none
    public var feedback = Rating.none
    /// The original this duplicate was merged into.
    public var mergedInto = AppealID(noReference)
    /// The newest event of the appeal's timeline (events link backwards).
    public var lastEvent = AppealEventID(noReference)

    public init() {}

    /// Open, with a deadline that has passed at `now`.
    public func isOverdue(at now: Int64) -> Bool { state.isOpen && deadline > 0 && now > deadline }

    /// The worst of the four answers, which decides close or redo.
    public var overallRating: Rating {
        [speed, effect, attitude, feedback].max { $0.rawValue < $1.rawValue } ?? .none
    }
}
