/// Appeal figures for the appeals received in a period, grouped by one dimension.
public struct KPIGroup: Hashable, Sendable {
    public var name: String
    public var tally: AppealTally
    /// Sum of working days from receipt to resolution, over handled appeals (for the average).
    public var handlingDays: Int
    /// Open appeals past their deadline at the report's moment.
    public var overdue: Int

    public init(name: String, tally: AppealTally, handlingDays: Int, overdue: Int) {
        self.name = name
        self.tally = tally
        self.handlingDays = handlingDays
        self.overdue = overdue
    }

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
/// Summed from the registry's KPI ledger, which edits keep current (a ledger is built for
/// the call when the registry has none for `calendar`); overdue counts come from the
/// overdue tracker.
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
        let ledger = registry.kpis.flatMap { $0.calendar == calendar ? $0 : nil }
            ?? KPILedger(appeals: registry.appeals.rows, calendar: calendar, utcOffset: registry.settings.utcOffset(at: now))
        var overdueByKey: [Int64: Int] = [:]
        for id in registry.overdueAppeals(at: now) {
            let appeal = registry.appeals[id]
            let received = Day(daysSince1970: ledger.day(of: appeal.receivedAt))
            guard received >= first, received <= last else { continue }
            overdueByKey[KPILedger.key(appeal, dimension), default: 0] += 1
        }
        var sum = KPICell()
        for (key, cell) in ledger.groups(dimension, from: first, to: last) {
            sum.add(cell)
            groups.append(KPIGroup(name: Self.name(key, dimension, registry, language), tally: cell.tally,
                                   handlingDays: Int(cell.handlingDays), overdue: overdueByKey[key, default: 0]))
        }
        total = KPIGroup(name: language == .zh ? "合计" : "Total", tally: sum.tally, handlingDays: Int(sum.handlingDays),
                         overdue: overdueByKey.values.reduce(0, +))
        groups.sort { $0.tally.counted > $1.tally.counted || ($0.tally.counted == $1.tally.counted && $0.name < $1.name) }
    }

    private static func name(_ key: Int64, _ dimension: KPIDimension, _ registry: Registry, _ language: Language) -> String {
        switch dimension {
        case .community: return registry.name(of: RecordRef(.community, Int32(key)))
        case .compound: return key < 0 ? (language == .zh ? "（无小区）" : "(no compound)") : registry.name(of: RecordRef(.compound, Int32(key)))
        case .category: return registry.categoryName(CategoryID(Int32(truncatingIfNeeded: key)), language)
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
