/// What happened in one step of an appeal's timeline.
public enum AppealEventKind: UInt8, Choice {
    case received = 0, dispatched, accepted, returned, extended, resolved, evaluated, urged, supervised, merged, withdrawn
    case contacted, residentUrged, extensionRequested, extensionRefused, suspended, resumed
    case callbackUnreached, callbackDeclined, closedUnreachable

    public var label: Bilingual {
        switch self {
        case .received: Bilingual(zh: "受理", en: "Received")
        case .dispatched: Bilingual(zh: "分拨", en: "Dispatched")
        case .accepted: Bilingual(zh: "签收", en: "Accepted")
        case .returned: Bilingual(zh: "退单", en: "Returned")
        case .extended: Bilingual(zh: "延期", en: "Extended")
        case .resolved: Bilingual(zh: "办结", en: "Resolved")
        case .evaluated: Bilingual(zh: "回访评价", en: "Evaluated")
        case .urged: Bilingual(zh: "催办", en: "Urged")
        case .supervised: Bilingual(zh: "督办", en: "Supervised")
        case .merged: Bilingual(zh: "合并", en: "Merged")
        case .withdrawn: Bilingual(zh: "撤销", en: "Withdrawn")
        case .contacted: Bilingual(zh: "首次联系", en: "First contact")
        case .residentUrged: Bilingual(zh: "群众催办", en: "Resident urged")
        case .extensionRequested: Bilingual(zh: "申请延期", en: "Extension requested")
        case .extensionRefused: Bilingual(zh: "延期未批准", en: "Extension refused")
        case .suspended: Bilingual(zh: "挂起", en: "Suspended")
        case .resumed: Bilingual(zh: "恢复办理", en: "Resumed")
        case .callbackUnreached: Bilingual(zh: "回访未接通", en: "Callback: not reached")
        case .callbackDeclined: Bilingual(zh: "回访拒评", en: "Callback: declined")
        case .closedUnreachable: Bilingual(zh: "无法联系结案", en: "Closed: unreachable")
        }
    }
}

/// One entry of an appeal's timeline: who did what, when, with a note.
///
/// Events of all appeals share one dense array; each links to the appeal's
/// previous event, so a timeline is walked from ``AppealProgress/lastEvent``.
public struct AppealEvent: Hashable, Sendable {
    public var appeal: AppealID
    public var kind: AppealEventKind
    /// The state the appeal was in after the event.
    public var stateAfter: AppealState
    public var actor: UserID
    /// Unix seconds.
    public var at: Int64
    public var note: TextRef
    /// The previous event of the same appeal, or none.
    public var previous: AppealEventID

    public init(appeal: AppealID, kind: AppealEventKind, stateAfter: AppealState, actor: UserID, at: Int64, note: TextRef, previous: AppealEventID) {
        self.appeal = appeal
        self.kind = kind
        self.stateAfter = stateAfter
        self.actor = actor
        self.at = at
        self.note = note
        self.previous = previous
    }
}
