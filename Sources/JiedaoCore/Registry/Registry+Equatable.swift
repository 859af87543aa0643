/// Two registries are equal when they hold the same records (text handles included), the same
/// text, timeline events and settings, at the same clock. Indexes, metrics, trackers and the
/// KPI ledger follow from those and are not compared.
extension Registry: Equatable {
    public static func == (lhs: Registry, rhs: Registry) -> Bool {
        lhs.settings == rhs.settings
            && lhs.overdue.clock == rhs.overdue.clock
            && lhs.communities == rhs.communities
            && lhs.compounds == rhs.compounds
            && lhs.volunteers == rhs.volunteers
            && lhs.services == rhs.services
            && lhs.appeals == rhs.appeals
            && lhs.projects == rhs.projects
            && lhs.departments == rhs.departments
            && lhs.teams == rhs.teams
            && lhs.users == rhs.users
            && lhs.categories == rhs.categories
            && lhs.events.elementsEqual(rhs.events)
            && lhs.texts == rhs.texts
    }
}

extension RecordTable: Equatable where R: Equatable {
    public static func == (lhs: RecordTable, rhs: RecordTable) -> Bool { lhs.rows == rhs.rows }
}

/// Equal when the arenas hold the same bytes, so every handle reads the same text in both.
extension TextStore: Equatable {
    public static func == (lhs: TextStore, rhs: TextStore) -> Bool {
        lhs.count == rhs.count && lhs.parts.joined().elementsEqual(rhs.parts.joined())
    }
}
