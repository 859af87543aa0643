/// 微实事状态: 征集 → 评议 → 确定 → 实施 → 验收, or 否决.
public enum ProjectState: UInt8, Choice {
    case proposed = 0, deliberated, approved, implementing, accepted, rejected

    public var label: Bilingual {
        switch self {
        case .proposed: Bilingual(zh: "征集", en: "Proposed")
        case .deliberated: Bilingual(zh: "评议", en: "Deliberated")
        case .approved: Bilingual(zh: "确定", en: "Approved")
        case .implementing: Bilingual(zh: "实施", en: "Implementing")
        case .accepted: Bilingual(zh: "验收", en: "Accepted")
        case .rejected: Bilingual(zh: "否决", en: "Rejected")
        }
    }

    /// Approved or later: the budget is committed.
    public var commitsBudget: Bool { self == .approved || self == .implementing || self == .accepted }
}

/// The part of a project that only its moves change.
public struct ProjectProgress: Hashable, Sendable, Codable {
    public var state = ProjectState.proposed
    public var votesFor: Int32 = 0
    public var votesAgainst: Int32 = 0
    /// The residents' evaluation at acceptance, 0–100.
    public var score: UInt8 = 0
    /// Unix seconds of the last move.
    public var movedAt: Int64 = 0

    public init() {}
}

/// One step of a micro-project.
public enum ProjectMove: Hashable, Sendable, Codable {
    /// 评议 at the residents' deliberation council.
    case deliberate(votesFor: Int32, votesAgainst: Int32)
    /// 确定: commits the budget; refused past the cap or the community's remaining budget.
    case approve
    /// 实施.
    case implement
    /// 验收 with the residents' score (0–100).
    case accept(score: UInt8)
    /// 否决.
    case reject

    /// The name of the move, for messages.
    public var label: Bilingual {
        switch self {
        case .deliberate: Bilingual(zh: "评议", en: "deliberate")
        case .approve: Bilingual(zh: "确定", en: "approve")
        case .implement: Bilingual(zh: "实施", en: "implement")
        case .accept: Bilingual(zh: "验收", en: "accept")
        case .reject: Bilingual(zh: "否决", en: "reject")
        }
    }
}

extension ProjectMove {
    /// Whether the step can be taken from `state`: 征集 → 评议 → 确定 → 实施 → 验收, and 否决 before 确定.
    public func isAllowed(from state: ProjectState) -> Bool {
        switch self {
        case .deliberate: state == .proposed
        case .approve: state == .deliberated
        case .implement: state == .approved
        case .accept: state == .implementing
        case .reject: state == .proposed || state == .deliberated
        }
    }
}
