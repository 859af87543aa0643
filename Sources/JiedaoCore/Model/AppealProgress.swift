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
    /// When the handler first reached the resident (0: not yet).
    public var firstContactAt: Int64 = 0
    /// The deadline an extension request asks for, waiting for a decision (0: none waiting).
    public var requestedDeadline: Int64 = 0
    /// When the current suspension began (0: not suspended).
    public var suspendedAt: Int64 = 0
    /// Seconds spent suspended, over every suspension so far.
    public var suspendedSeconds: Int64 = 0
    /// Working days the suspensions moved the deadline on by (left out of handling days).
    public var suspendedWorkingDays: UInt16 = 0
    /// The state a suspended appeal returns to on 恢复.
    public var stateBeforeSuspension = AppealState.received
    /// Callbacks that did not reach the resident since it was last resolved.
    public var unreachedCallbacks: UInt8 = 0
    /// 群众催办: the resident called again before the deadline.
    public var residentUrgeCount: UInt8 = 0

    public init() {}

    /// Open, with a deadline that has passed at `now`.
    public func isOverdue(at now: Int64) -> Bool { state.runsClock && deadline > 0 && now > deadline }

    /// Dispatched more than a day ago and the resident not yet contacted.
    public func isFirstContactLate(at now: Int64) -> Bool {
        guard let due = firstContactDue else { return false }
        return now > due
    }

    /// When the first contact falls due: a day after dispatch, while the handler has it and
    /// nobody has reached the resident.
    public var firstContactDue: Int64? {
        guard state.isBeingHandled || state == .suspended, dispatchedAt > 0, firstContactAt == 0 else { return nil }
        return dispatchedAt + Self.firstContactLimit
    }

    /// First contact is due within 24 hours of dispatch.
    public static let firstContactLimit: Int64 = 86_400

    /// Handling time in seconds, from receipt to the result, suspensions left out (nil: not resolved).
    public func handlingSeconds(receivedAt: Int64) -> Int64? {
        guard resolvedAt > 0 else { return nil }
        return max(0, resolvedAt - receivedAt - suspendedSeconds)
    }

    /// The worst of the four answers, which decides close or redo.
    public var overallRating: Rating {
        [speed, effect, attitude, feedback].max { $0.rawValue < $1.rawValue } ?? .none
    }
}
