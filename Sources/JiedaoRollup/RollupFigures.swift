import JiedaoCore

/// The rows of the rollup queries gathered by level (community, street, total), and turned
/// into ``Summary`` values with the same keys `jiedao summary` uses.
struct Figures {
    enum Level: Hashable {
        case community(String, Int32)
        case street(String)
        case total
    }

    private var values: [Level: [String: String]] = [:]
    /// Each street's communities, by ID, with their names.
    private var names: [String: [(id: Int32, name: String)]] = [:]

    mutating func add(_ rows: PostgresRows) {
        for row in 0..<rows.count {
            let street = rows.value(row, "street")
            let level: Level
            switch rows.value(row, "level") {
            case "0":
                guard let street, let id = rows.value(row, "community").flatMap({ Int32($0) }) else { continue }
                level = .community(street, id)
                if let name = rows.value(row, "name") { names[street, default: []].append((id, name)) }
            case "1":
                guard let street else { continue }
                level = .street(street)
            default:
                level = .total
            }
            for (index, column) in rows.columns.enumerated() where !["level", "street", "community", "name"].contains(column) {
                if let value = rows.values[row][index] { values[level, default: [:]][column] = value }
            }
        }
    }

    func summary(of level: Level, name: String) -> Summary {
        let v = values[level] ?? [:]
        func int(_ key: String) -> Int { v[key].flatMap { Int($0) } ?? 0 }
        func money(_ key: String) -> Int64 { v[key].flatMap { Int64($0) } ?? 0 }
        func rate(_ key: String) -> Double { v[key].flatMap { Double($0) } ?? 0 }
        var byCommunity: [String: Summary.CommunityFigures] = [:]
        if case .street(let street) = level {
            for (id, communityName) in (names[street] ?? []).sorted(by: { $0.id < $1.id }) {
                let c = values[.community(street, id)] ?? [:]
                func cint(_ key: String) -> Int { c[key].flatMap { Int($0) } ?? 0 }
                func crate(_ key: String) -> Double { c[key].flatMap { Double($0) } ?? 0 }
                // The rule of `jiedao summary`: a repeated name gets its ID, so no figures are lost.
                var key = communityName
                if byCommunity[key] != nil { key += " #\(id)" }
                byCommunity[key] = Summary.CommunityFigures(
                    appeals: cint("appeals"), appealsOpen: cint("appeals_open"), appealsOverdue: cint("appeals_overdue"),
                    closureRate: crate("closure_rate"), onTimeRate: crate("on_time_rate"), satisfactionRate: crate("satisfaction_rate"),
                    partyCoverage: crate("party_coverage"), volunteersBehind: cint("volunteers_behind"))
            }
        }
        var summary = Summary(
            street: name, communities: int("communities"), compounds: int("compounds"), volunteers: int("volunteers"),
            appeals: int("appeals"), projects: int("projects"), partyCoverage: rate("party_coverage"),
            appealsOpen: int("appeals_open"), appealsOverdue: int("appeals_overdue"), closureRate: rate("closure_rate"),
            onTimeRate: rate("on_time_rate"), satisfactionRate: rate("satisfaction_rate"), reopenRate: rate("reopen_rate"),
            volunteersBehind: int("volunteers_behind"), budgetCommitted: money("budget_committed"),
            budgetTotal: money("budget_total"), byCommunity: byCommunity)
        summary.firstContactRate = rate("first_contact_rate")
        return summary
    }
}
