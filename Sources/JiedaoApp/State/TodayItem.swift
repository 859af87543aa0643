import JiedaoCore

/// One row of the 今日待办 (Today) pane: a kind of work with its count, and the list behind it,
/// which Enter opens as a preset on its pane.
public enum TodayItem: Int32, CaseIterable, Sendable {
    /// Received or returned appeals no department or community holds yet.
    case toDispatch
    /// Dispatched, not yet accepted by the handler.
    case notAccepted
    /// Open appeals due before the end of tomorrow, not yet overdue.
    case dueSoon
    /// Open appeals past their deadline: to urge.
    case overdue
    /// Dispatched more than a day ago, and nobody has reached the resident yet.
    case lateFirstContact
    /// Resolved, awaiting the resident's callback and evaluation.
    case awaitingCallback
    /// Extension requests waiting for a supervisor's or an admin's decision.
    case extensionRequests
    /// Micro-projects waiting for the council or a decision (征集, 评议).
    case projectsAwaitingDecision
    /// In-service party members with no confirmed service this quarter.
    case membersBehind
    /// Owners' committees whose term ends within 90 days.
    case termsEnding
    /// Every open appeal: the "all open" list.
    case allOpen

    public var title: Bilingual {
        switch self {
        case .toDispatch: Bilingual(zh: "待分拨的诉求（新受理、退单）", en: "Appeals to dispatch (new, returned)")
        case .notAccepted: Bilingual(zh: "已分拨未签收", en: "Dispatched, not accepted")
        case .dueSoon: Bilingual(zh: "今明两天到期", en: "Due today or tomorrow")
        case .overdue: Bilingual(zh: "已超期（待催办）", en: "Overdue (to urge)")
        case .lateFirstContact: Bilingual(zh: "超过24小时未首次联系", en: "No first contact within 24 hours")
        case .awaitingCallback: Bilingual(zh: "已办结待回访评价", en: "Resolved, awaiting callback")
        case .extensionRequests: Bilingual(zh: "待审批的延期申请", en: "Extension requests to decide")
        case .projectsAwaitingDecision: Bilingual(zh: "待议定的微实事（征集、评议）", en: "Projects awaiting a decision")
        case .membersBehind: Bilingual(zh: "本季未服务的在职党员", en: "Members behind this quarter")
        case .termsEnding: Bilingual(zh: "90天内届满的业委会", en: "Owners' committees ending within 90 days")
        case .allOpen: Bilingual(zh: "全部未办结诉求", en: "All open appeals")
        }
    }

    /// How the preset reads as a chip over the list it opens.
    public var chip: Bilingual {
        switch self {
        case .toDispatch: Bilingual(zh: "待分拨", en: "to dispatch")
        case .notAccepted: Bilingual(zh: "未签收", en: "not accepted")
        case .dueSoon: Bilingual(zh: "今明到期", en: "due soon")
        case .overdue: Bilingual(zh: "超期", en: "overdue")
        case .lateFirstContact: Bilingual(zh: "未联系", en: "not contacted")
        case .awaitingCallback: Bilingual(zh: "待回访", en: "awaiting callback")
        case .extensionRequests: Bilingual(zh: "延期待批", en: "extension asked")
        case .projectsAwaitingDecision: Bilingual(zh: "待议定", en: "awaiting decision")
        case .membersBehind: Bilingual(zh: "本季未服务", en: "behind")
        case .termsEnding: Bilingual(zh: "即将届满", en: "term ending")
        case .allOpen: Bilingual(zh: "未办结", en: "open")
        }
    }

    /// The pane the list belongs to.
    public var pane: Pane {
        switch self {
        case .toDispatch, .notAccepted, .dueSoon, .overdue, .lateFirstContact, .awaitingCallback, .extensionRequests, .allOpen: .appeals
        case .projectsAwaitingDecision: .projects
        case .membersBehind: .volunteers
        case .termsEnding: .compounds
        }
    }

    /// Whether a count above zero is late work (shown as overdue).
    public var isLate: Bool { self == .overdue || self == .lateFirstContact }

    /// End of tomorrow in the data set's time zone: the due-soon limit.
    static func endOfTomorrow(_ context: RowContext) -> Int64 {
        let offset = Int64(context.registry.settings.utcOffset(at: context.now))
        return (Int64(context.today.daysSince1970) + 2) * 86_400 - offset
    }

    /// Whether record `id` of ``pane`` is on this list (the live records of the pane only).
    func includes(_ id: Int32, _ context: RowContext) -> Bool {
        let registry = context.registry
        switch self {
        case .toDispatch, .notAccepted, .dueSoon, .overdue, .lateFirstContact, .awaitingCallback, .extensionRequests, .allOpen:
            guard let progress = registry.appeals.live(AppealID(id))?.progress else { return false }
            switch self {
            case .toDispatch: return progress.state == .received || progress.state == .returned
            case .notAccepted: return progress.state == .dispatched
            case .overdue: return progress.isOverdue(at: context.now)
            case .lateFirstContact: return progress.isFirstContactLate(at: context.now)
            case .extensionRequests: return progress.requestedDeadline > 0
            case .allOpen: return progress.state.isOpen
            case .dueSoon:
                return progress.state.runsClock && progress.deadline > 0 && progress.deadline >= context.now && progress.deadline < Self.endOfTomorrow(context)
            default: return progress.state == .resolved
            }
        case .projectsAwaitingDecision:
            guard let project = registry.projects.live(ProjectID(id)) else { return false }
            return project.progress.state == .proposed || project.progress.state == .deliberated
        case .membersBehind:
            guard let volunteer = registry.volunteers.live(VolunteerID(id)) else { return false }
            return volunteer.volunteerKind == .inServiceMember && !registry.hasServed(VolunteerID(id), inQuarterOf: context.today)
        case .termsEnding:
            guard let compound = registry.compounds.live(CompoundID(id)) else { return false }
            return Self.termEnds(compound, within: 90, of: context.today)
        }
    }

    static func termEnds(_ compound: Compound, within days: Int32, of today: Day) -> Bool {
        compound.hasOwnersCommittee && compound.ownersTermEnd >= today.daysSince1970 && compound.ownersTermEnd <= today.daysSince1970 + days
    }
}
