import JiedaoCore
import JiedaoExchange

/// A table the publisher writes, and how one record of the street becomes its row.
///
/// Names and phones are masked as the dashboard shows them: the district needs figures, not
/// residents' phones. Free text that may name residents (an appeal's words, its address) is not
/// published at all.
enum PublishedTable: Int, CaseIterable, Sendable {
    case communities, compounds, volunteers, services, appeals, projects, departments

    /// The record kind the table holds.
    var kind: EntityKind {
        switch self {
        case .communities: .community
        case .compounds: .compound
        case .volunteers: .volunteer
        case .services: .serviceRecord
        case .appeals: .appeal
        case .projects: .project
        case .departments: .department
        }
    }

    init?(kind: EntityKind) {
        guard let table = Self.allCases.first(where: { $0.kind == kind }) else { return nil }
        self = table
    }

    var name: String { String(describing: self) }

    /// Columns in the order ``row(_:in:street:)`` gives values.
    var columns: [String] {
        switch self {
        case .communities: ["street", "id", "name", "annual_budget"]
        case .compounds: ["street", "id", "community", "name", "party_org", "covered", "households", "owners_committee"]
        case .volunteers: ["street", "id", "community", "name", "phone", "kind", "in_service_member", "team"]
        case .services: ["street", "id", "volunteer", "day", "hours", "confirmed"]
        case .appeals:
            ["street", "id", "community", "compound", "ticket", "channel", "category", "urgency", "state", "handler_kind", "handler",
             "received_at", "dispatched_at", "resolved_at", "received_day", "resolved_day", "deadline", "submitter", "phone",
             "counted", "open", "clock_running", "handled", "on_time", "evaluated", "satisfied", "reopened", "dispatched", "contacted_in_time"]
        case .projects: ["street", "id", "community", "title", "kind", "state", "year", "budget", "commits_budget"]
        case .departments: ["street", "id", "name", "phone", "categories"]
        }
    }

    static let eventColumns = ["street", "appeal", "ordinal", "kind", "state_after", "at"]

    /// How many records of the table the registry has, deleted ones included (IDs are below it).
    func count(in registry: Registry) -> Int {
        switch self {
        case .communities: registry.communities.count
        case .compounds: registry.compounds.count
        case .volunteers: registry.volunteers.count
        case .services: registry.services.count
        case .appeals: registry.appeals.count
        case .projects: registry.projects.count
        case .departments: registry.departments.count
        }
    }

    /// The row of record `id`, or nil when it is deleted or out of range.
    func row(_ id: Int, in registry: Registry, street: String) -> [String?]? {
        guard id >= 0, id < count(in: registry) else { return nil }
        let key: [String?] = [street, String(id)]
        func text(_ ref: TextRef) -> String { registry.text(ref) }
        func reference(_ raw: Int32) -> String? { raw >= 0 ? String(raw) : nil }
        switch self {
        case .communities:
            let c = registry.communities.rows[id]
            guard !c.isDeleted else { return nil }
            return key + [text(c.name), String(c.annualBudget)]
        case .compounds:
            let c = registry.compounds.rows[id]
            guard !c.isDeleted else { return nil }
            return key + [String(c.community.raw), text(c.name), String(c.partyOrg.rawValue), bool(c.isCovered),
                          String(c.households), bool(c.hasOwnersCommittee)]
        case .volunteers:
            let v = registry.volunteers.rows[id]
            guard !v.isDeleted else { return nil }
            return key + [String(v.community.raw), PersonalData.maskedName(text(v.name)), PhoneNumber.masked(text(v.phone)),
                          String(v.volunteerKind.rawValue), bool(v.volunteerKind == .inServiceMember), reference(v.team.raw)]
        case .services:
            let s = registry.services.rows[id]
            guard !s.isDeleted else { return nil }
            return key + [String(s.volunteer.raw), Day(daysSince1970: s.day).iso, String(format10(s.tenthsOfHour)), bool(s.isConfirmed)]
        case .appeals:
            let a = registry.appeals.rows[id]
            guard !a.isDeleted else { return nil }
            let p = a.progress
            let one = AppealTally.of(a)
            return key + [
                String(a.community.raw), reference(a.compound.raw), text(a.ticket), String(a.channel.rawValue),
                String(a.categoryCode), String(a.urgency.rawValue), String(p.state.rawValue),
                String(p.handlerKind.rawValue), reference(p.handler),
                timestamp(a.receivedAt) ?? timestamp(1), timestamp(p.dispatchedAt), timestamp(p.resolvedAt),
                localDay(a.receivedAt, registry) ?? "1970-01-01", p.resolvedAt == 0 ? nil : localDay(p.resolvedAt, registry), String(p.deadline),
                PersonalData.maskedName(text(a.submitter)), PhoneNumber.masked(text(a.phone)),
                bool(one.counted == 1), bool(one.open == 1), bool(p.state.runsClock), bool(one.handled == 1),
                bool(one.handledOnTime == 1), bool(one.evaluated == 1), bool(one.satisfied == 1), bool(one.reopened == 1),
                bool(one.dispatched == 1), bool(one.contactedInTime == 1),
            ]
        case .projects:
            let p = registry.projects.rows[id]
            guard !p.isDeleted else { return nil }
            return key + [String(p.community.raw), text(p.title), String(p.projectKind.rawValue), String(p.progress.state.rawValue),
                          String(p.year), String(p.budget), bool(p.progress.state.commitsBudget)]
        case .departments:
            let d = registry.departments.rows[id]
            guard !d.isDeleted else { return nil }
            return key + [text(d.name), PhoneNumber.masked(text(d.phone)), String(d.categories)]
        }
    }

    /// The rows of an appeal's timeline, oldest first.
    static func eventRows(of id: Int, in registry: Registry, street: String) -> [[String?]] {
        guard id >= 0, id < registry.appeals.count, !registry.appeals.rows[id].isDeleted else { return [] }
        return registry.timeline(of: AppealID(Int32(id))).enumerated().map { ordinal, event in
            [street, String(id), String(ordinal), String(event.kind.rawValue), String(event.stateAfter.rawValue), timestamp(event.at) ?? timestamp(1)]
        }
    }

    private func bool(_ value: Bool) -> String { value ? "t" : "f" }

    private func format10(_ tenths: Int32) -> String { "\(tenths / 10).\(abs(tenths % 10))" }

    /// Unix seconds as a timestamptz literal in UTC; nil for 0 (never).
    static func timestamp(_ unix: Int64) -> String? {
        guard unix != 0 else { return nil }
        let day = Day(unixTime: unix, utcOffset: 0)
        let seconds = unix - day.startTime(utcOffset: 0)
        func two(_ n: Int64) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(day.iso) \(two(seconds / 3600)):\(two(seconds / 60 % 60)):\(two(seconds % 60))+00"
    }

    private func timestamp(_ unix: Int64) -> String? { Self.timestamp(unix) }

    /// The calendar day of `unix` in the street's time zone.
    private func localDay(_ unix: Int64, _ registry: Registry) -> String? {
        Day(unixTime: unix, utcOffset: registry.settings.utcOffset(at: unix)).iso
    }
}
