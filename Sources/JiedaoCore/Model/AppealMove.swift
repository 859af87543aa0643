/// The residents' evaluation: four answers (回访评价).
public struct Evaluation: Hashable, Sendable, Codable {
    public var speed: Rating
    public var effect: Rating
    public var attitude: Rating
    public var feedback: Rating

    public init(speed: Rating, effect: Rating, attitude: Rating, feedback: Rating) {
        self.speed = speed
        self.effect = effect
        self.attitude = attitude
        self.feedback = feedback
    }

    /// The same answer to all four questions.
    public init(all rating: Rating) { self.init(speed: rating, effect: rating, attitude: rating, feedback: rating) }
}

/// One step of the closed loop; each becomes an event in the appeal's timeline.
///
/// Deadlines are computed by the caller (working-day calendar and settings) and
/// carried in the move, so that replaying the journal anywhere gives the same result.
public enum AppealMove: Hashable, Sendable, Codable {
    /// 分拨 to a department or community, setting the deadline.
    case dispatch(HandlerKind, handler: Int32, deadline: Int64)
    /// 签收: the handler accepts it (also after a redo).
    case accept
    /// 退单: not the handler's responsibility; back to dispatch.
    case giveBack
    /// 延期: a new deadline, asked for before the old one passed.
    case extend(deadline: Int64)
    /// 办结: the handler reports a result.
    case resolve
    /// 回访评价; 不满意 reopens with `redoDeadline`, a second time also escalates to 督办.
    case evaluate(Evaluation, redoDeadline: Int64)
    /// 催办: an overdue appeal is urged; the second urge escalates to 督办.
    case urge
    /// 督办: escalation by a supervisor.
    case supervise
    /// 合并 into an original that keeps this appeal's submitter, channel and evaluation.
    case merge(into: AppealID)
    /// 撤销.
    case withdraw
    /// 首次联系: the handler has reached the resident (due within 24 hours of dispatch).
    case contact
    /// 群众催办: the resident called again before the deadline; counted apart from 超期催办.
    case residentUrge
    /// 申请延期: asks for `deadline`; the deadline moves only when approved.
    case requestExtension(deadline: Int64)
    /// 批准延期 (supervisors and admins): the requested deadline becomes the deadline.
    case approveExtension
    /// 不批准延期 (supervisors and admins): the request is dropped, the deadline stays.
    case refuseExtension
    /// 挂起: waiting on the resident or a third party; the clock stops.
    case suspend
    /// 恢复: back to the state before the suspension, the deadline moved on to `deadline` by
    /// `workingDays` (the working days spent suspended, at most the data set's limit), which
    /// the handling time leaves out.
    case resume(deadline: Int64, workingDays: Int)
    /// 回访 that did not end in an evaluation.
    case callback(CallbackOutcome)
    /// 无法联系结案: closed without an evaluation after the set number of unreached callbacks.
    case closeUnreachable

    /// What the note of `move` must say when notes are required (nil: the note is optional).
    public static func noteRequirement(_ move: AppealMove) -> Bilingual? {
        switch move {
        case .giveBack: Bilingual(zh: "退单须写明原因", en: "A return needs its reason")
        case .resolve: Bilingual(zh: "办结须填写办理结果", en: "Resolving needs the handling result")
        case .extend, .requestExtension: Bilingual(zh: "延期须写明原因", en: "An extension needs its reason")
        case .suspend: Bilingual(zh: "挂起须写明原因", en: "A suspension needs its reason")
        case .refuseExtension: Bilingual(zh: "不批准须写明原因", en: "A refusal needs its reason")
        default: nil
        }
    }

    /// What the step is called: its event's name, except that approving names itself.
    public var label: Bilingual {
        self == .approveExtension ? Bilingual(zh: "批准延期", en: "Extension approved") : eventKind.label
    }

    /// A supervisor's step: 督办, or deciding an extension request.
    public var isOversight: Bool { self == .supervise || isDecision }

    /// Deciding an extension request: supervisors' and admins' alone.
    public var isDecision: Bool { self == .approveExtension || self == .refuseExtension }

    /// The event kind the move leaves in the timeline.
    public var eventKind: AppealEventKind {
        switch self {
        case .dispatch: .dispatched
        case .accept: .accepted
        case .giveBack: .returned
        case .extend: .extended
        case .resolve: .resolved
        case .evaluate: .evaluated
        case .urge: .urged
        case .supervise: .supervised
        case .merge: .merged
        case .withdraw: .withdrawn
        case .contact: .contacted
        case .residentUrge: .residentUrged
        case .requestExtension: .extensionRequested
        case .approveExtension: .extended
        case .refuseExtension: .extensionRefused
        case .suspend: .suspended
        case .resume: .resumed
        case .callback(.unreached): .callbackUnreached
        case .callback(.declined): .callbackDeclined
        case .closeUnreachable: .closedUnreachable
        }
    }
}

/// How a callback (回访) ended when it did not end in an evaluation.
public enum CallbackOutcome: UInt8, Hashable, Sendable, Codable, CaseIterable {
    /// 未接通: nobody answered, or the number is wrong.
    case unreached = 1
    /// 拒绝评价: the resident was reached and would not evaluate; the appeal closes unrated.
    case declined = 2
}
