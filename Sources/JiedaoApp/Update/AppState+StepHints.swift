import JiedaoCore

extension AppState {
    /// Whether `command` is a step the selected record's state allows, asked of the same rules
    /// `apply` enforces; commands that are no step of a record always are.
    public func selectionAllows(_ command: Command) -> Bool {
        switch command {
        case .dispatch, .accept, .giveBack, .extend, .resolve, .evaluate, .urge, .supervise, .withdraw, .contact, .suspend:
            guard pane == .appeals, let raw = current.selectedID, let appeal = registry.appeals.live(AppealID(raw)) else { return false }
            return representativeMoves(command, appeal).contains { move in
                registry.refusal(of: move, for: AppealID(raw), at: now) == nil
                    && (user == nil || registry.permission(for: .moveAppeal(AppealID(raw), version: appeal.version, move, note: ""), by: user) == nil)
            }
        case .deliberate, .approve, .implement, .acceptProject, .rejectProject:
            guard pane == .projects, let raw = current.selectedID, let project = registry.projects.live(ProjectID(raw)) else { return false }
            let move: ProjectMove = switch command {
            case .deliberate: .deliberate(votesFor: 0, votesAgainst: 0)
            case .approve: .approve
            case .implement: .implement
            case .acceptProject: .accept(score: 0)
            default: .reject
            }
            return move.isAllowed(from: project.progress.state)
        default:
            return true
        }
    }

    /// The steps `command` may stand for, with parameters that pass whenever the state allows
    /// the step (the real ones are chosen after the key).
    private func representativeMoves(_ command: Command, _ appeal: Appeal) -> [AppealMove] {
        let later = max(now, appeal.progress.deadline, appeal.receivedAt) + 86_400
        switch command {
        case .extend: return extensionMoves(appeal, deadline: later)
        case .urge: return [.urge, .residentUrge]
        case .evaluate: return [.evaluate(Evaluation(all: .satisfied), redoDeadline: later), .callback(.unreached)]
        case .suspend: return [.suspend, .resume(deadline: later, workingDays: 0)]
        default: return representativeMove(command, appeal, later: later).map { [$0] } ?? []
        }
    }

    /// The extension step this user would take: a decision on a waiting request for
    /// supervisors and admins, else a request (or, where no approval is needed, the extension).
    func extensionMoves(_ appeal: Appeal, deadline: Int64) -> [AppealMove] {
        if appeal.progress.requestedDeadline > 0, role == .supervisor || role == .admin { return [.approveExtension, .refuseExtension] }
        if role == .supervisor { return [] }
        return [registry.settings.extensionsNeedApproval == true ? .requestExtension(deadline: deadline) : .extend(deadline: deadline)]
    }

    private func representativeMove(_ command: Command, _ appeal: Appeal, later: Int64) -> AppealMove? {
        switch command {
        case .dispatch:
            registry.communities.isLive(appeal.community.raw)
                ? .dispatch(.community, handler: appeal.community.raw, deadline: later)
                : registry.departments.liveIDs.first.map { .dispatch(.department, handler: $0.raw, deadline: later) }
        case .accept: .accept
        case .giveBack: .giveBack
        case .extend: .extend(deadline: later)
        case .resolve: .resolve
        case .evaluate: .evaluate(Evaluation(all: .satisfied), redoDeadline: later)
        case .urge: .urge
        case .supervise: .supervise
        case .withdraw: .withdraw
        case .contact: .contact
        default: nil
        }
    }
}
