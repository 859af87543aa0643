/// Appeal figures for the appeals received in a period, grouped by one dimension.
public struct KPIGroup: Hashable, Sendable {
    public var name: String
    public var tally: AppealTally
    /// Sum of working days from receipt to resolution, over handled appeals (for the average).
    public var handlingDays: Int
    /// Open appeals past their deadline at the report's moment.
    public var overdue: Int

    /// Average handling time in working days (0 when none was handled).
    public var averageHandlingDays: Double { tally.handled == 0 ? 0 : Double(handlingDays) / Double(tally.handled) }
}

/// What to group appeals by.
public enum KPIDimension: String, CaseIterable, Sendable {
    case community, compound, category, channel, department

    public var label: Bilingual {
        switch self {
        case .community: Bilingual(zh: "社区", en: "Community")
        case .compound: Bilingual(zh: "小区", en: "Compound")
        case .category: Bilingual(zh: "类别", en: "Category")
        case .channel: Bilingual(zh: "渠道", en: "Channel")
        case .department: Bilingual(zh: "承办部门", en: "Department")
        }
    }
}

/// KPIs of the appeals received between two days (inclusive), per group of a dimension.
///
/// Computed in one pass over the appeals; the running metrics serve the all-time figures.
public struct KPIWindow: Sendable {
    public let first: Day
    public let last: Day
    public let dimension: KPIDimension
    public private(set) var groups: [KPIGroup] = []
    public private(set) var total: KPIGroup

    public init(_ registry: Registry, from first: Day, to last: Day, by dimension: KPIDimension, at now: Int64, calendar: WorkCalendar, language: Language) {
        self.first = first
        self.last = last
        self.dimension = dimension
        total = KPIGroup(name: language == .zh ? "合计" : "Total", tally: AppealTally(), handlingDays: 0, overdue: 0)
        var byKey: [Int64: KPIGroup] = [:]
        let offset = registry.settings.utcOffset(at: now)
        for appeal in registry.appeals.rows where !appeal.isDeleted {
            let received = Day(unixTime: appeal.receivedAt, utcOffset: offset)
            guard received >= first, received <= last else { continue }
            let key = Self.key(appeal, dimension)
            var group = byKey[key] ?? KPIGroup(name: Self.name(key, dimension, registry, language), tally: AppealTally(), handlingDays: 0, overdue: 0)
            var days = 0
            if appeal.progress.state.isHandled, appeal.progress.resolvedAt > 0 {
                days = calendar.workingDays(from: received, to: Day(unixTime: appeal.progress.resolvedAt, utcOffset: offset))
            }
            let overdue = appeal.progress.isOverdue(at: now) ? 1 : 0
            group.tally.add(appeal, sign: 1)
            group.handlingDays += days
            group.overdue += overdue
            total.tally.add(appeal, sign: 1)
            total.handlingDays += days
            total.overdue += overdue
            byKey[key] = group
        }
        groups = byKey.values.sorted { $0.tally.counted > $1.tally.counted || ($0.tally.counted == $1.tally.counted && $0.name < $1.name) }
    }

    private static func key(_ appeal: Appeal, _ dimension: KPIDimension) -> Int64 {
        switch dimension {
        case .community: Int64(appeal.community.raw)
        case .compound: Int64(appeal.compound.raw)
        case .category: Int64(appeal.category.rawValue)
        case .channel: Int64(appeal.channel.rawValue)
        case .department: Int64(appeal.progress.handlerKind.rawValue) << 32 | Int64(UInt32(bitPattern: appeal.progress.handler))
        }
    }

    private static func name(_ key: Int64, _ dimension: KPIDimension, _ registry: Registry, _ language: Language) -> String {
        switch dimension {
        case .community: return registry.name(of: RecordRef(.community, Int32(key)))
        case .compound: return key < 0 ? (language == .zh ? "（无小区）" : "(no compound)") : registry.name(of: RecordRef(.compound, Int32(key)))
        case .category: return Category(rawValue: UInt8(truncatingIfNeeded: key))?.label(language) ?? "?"
        case .channel: return Channel(rawValue: UInt8(truncatingIfNeeded: key))?.label(language) ?? "?"
        case .department:
            let kind = HandlerKind(rawValue: UInt8(truncatingIfNeeded: key >> 32)) ?? .none
            let id = Int32(bitPattern: UInt32(truncatingIfNeeded: key))
            switch kind {
            case .none: return language == .zh ? "（未分拨）" : "(not dispatched)"
            case .department: return registry.name(of: RecordRef(.department, id))
            case .community: return registry.name(of: RecordRef(.community, id))
            }
        }
    }
}
