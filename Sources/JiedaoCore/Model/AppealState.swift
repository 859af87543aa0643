/// 诉求状态: where an appeal is in the closed loop.
public enum AppealState: UInt8, Choice {
    case received = 0, dispatched, returned, inProgress, extended, resolved, closed, reopened, merged, withdrawn
    /// 挂起: waiting on the resident or a third party; the deadline's clock stops.
    case suspended

    public var label: Bilingual {
        switch self {
        case .received: Bilingual(zh: "受理", en: "Received")
        case .dispatched: Bilingual(zh: "分拨", en: "Dispatched")
        case .returned: Bilingual(zh: "退单", en: "Returned")
        case .inProgress: Bilingual(zh: "办理中", en: "In progress")
        case .extended: Bilingual(zh: "延期", en: "Extended")
        case .resolved: Bilingual(zh: "办结", en: "Resolved")
        case .closed: Bilingual(zh: "结案", en: "Closed")
        case .reopened: Bilingual(zh: "重办", en: "Reopened")
        case .merged: Bilingual(zh: "合并", en: "Merged")
        case .withdrawn: Bilingual(zh: "撤销", en: "Withdrawn")
        case .suspended: Bilingual(zh: "挂起", en: "Suspended")
        }
    }

    /// Still waiting for the handler: counts as open and can become overdue.
    public var isOpen: Bool {
        switch self {
        case .received, .dispatched, .returned, .inProgress, .extended, .reopened, .suspended: true
        case .resolved, .closed, .merged, .withdrawn: false
        }
    }

    /// Open and not suspended: the deadline's clock runs, so the appeal can become overdue.
    public var runsClock: Bool { isOpen && self != .suspended }

    /// With a handler working on it: the steps of handling (contact, suspend, extend) apply.
    public var isBeingHandled: Bool {
        switch self {
        case .dispatched, .inProgress, .extended, .reopened: true
        default: false
        }
    }

    /// The handler has reported a result (办结), whether or not the resident has evaluated it.
    public var isHandled: Bool { self == .resolved || self == .closed }

    /// Merged and withdrawn appeals leave every rate's denominator.
    public var isCounted: Bool { self != .merged && self != .withdrawn }
}
