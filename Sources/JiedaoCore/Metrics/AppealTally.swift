/// Running counts of appeals from which the rates of docs/metrics.md are computed.
public struct AppealTally: Hashable, Sendable, Codable {
    /// Not merged or withdrawn: the denominator of the closure rate.
    public var counted = 0
    public var open = 0
    /// 办结: resolved or closed.
    public var handled = 0
    /// Handled by the deadline.
    public var handledOnTime = 0
    /// With an evaluation.
    public var evaluated = 0
    /// Whose evaluation was 满意 or 基本满意 throughout.
    public var satisfied = 0
    /// Reopened at least once.
    public var reopened = 0
    /// Dispatched to a handler (the denominator of the first-contact rate).
    public var dispatched = 0
    /// Whose resident the handler reached within a day of dispatch.
    public var contactedInTime = 0

    public init() {}

    /// One appeal's share of the counts: each 0 or 1, by the rules of docs/metrics.md.
    public static func of(_ appeal: Appeal) -> AppealTally {
        var one = AppealTally()
        let progress = appeal.progress
        guard progress.state.isCounted else { return one }
        one.counted = 1
        if progress.state.isOpen { one.open = 1 }
        if progress.state.isHandled {
            one.handled = 1
            if !progress.resolvedLate { one.handledOnTime = 1 }
        }
        let rating = progress.overallRating
        if rating != .none {
            one.evaluated = 1
            if rating != .dissatisfied { one.satisfied = 1 }
        }
        if progress.redoCount > 0 { one.reopened = 1 }
        if progress.dispatchedAt > 0 {
            one.dispatched = 1
            if progress.firstContactAt > 0, progress.firstContactAt <= progress.dispatchedAt + AppealProgress.firstContactLimit {
                one.contactedInTime = 1
            }
        }
        return one
    }

    mutating func add(_ appeal: Appeal, sign: Int) {
        let one = Self.of(appeal)
        counted += sign * one.counted
        open += sign * one.open
        handled += sign * one.handled
        handledOnTime += sign * one.handledOnTime
        evaluated += sign * one.evaluated
        satisfied += sign * one.satisfied
        reopened += sign * one.reopened
        dispatched += sign * one.dispatched
        contactedInTime += sign * one.contactedInTime
    }

    /// 办结率: handled / counted (0 when there are none).
    public var closureRate: Double { ratio(handled, counted) }
    /// 按时办结率: handled on time / handled.
    public var onTimeRate: Double { ratio(handledOnTime, handled) }
    /// 满意率: satisfied / evaluated.
    public var satisfactionRate: Double { ratio(satisfied, evaluated) }
    /// 24小时联系率: contacted within a day of dispatch / dispatched.
    public var firstContactRate: Double { ratio(contactedInTime, dispatched) }
    /// 重办率: reopened / counted.
    public var reopenRate: Double { ratio(reopened, counted) }

    private func ratio(_ part: Int, _ whole: Int) -> Double { whole == 0 ? 0 : Double(part) / Double(whole) }
}
