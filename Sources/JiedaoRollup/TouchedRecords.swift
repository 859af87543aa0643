import JiedaoCore
import JiedaoStore

/// The records a run of journal entries changed: what the publisher writes again.
public struct TouchedRecords: Sendable, Equatable {
    var ids: [PublishedTable: Set<Int>] = [:]
    /// The settings changed (the street's name, district, zone or code).
    public var settings = false

    public init() {}

    public var isEmpty: Bool { !settings && ids.values.allSatisfy(\.isEmpty) }

    /// How many records are touched.
    public var count: Int { ids.values.reduce(0) { $0 + $1.count } }

    /// Adds the records `entry` changed. A create names its record in its inverse (a discard).
    public mutating func add(_ entry: JournalEntry) {
        for (edit, inverse) in entry.parts {
            if case .changeSettings = edit { settings = true }
            if let ref = edit.target { add(ref) }
            if let ref = inverse?.target { add(ref) }
            if case .moveAppeal(_, _, .merge(let into), _) = edit { add(RecordRef(.appeal, into.raw)) }
        }
    }

    /// Adds records created since the table held `counts` records of each kind.
    public mutating func addCreated(since counts: [EntityKind: Int], in registry: Registry) {
        for table in PublishedTable.allCases {
            let before = counts[table.kind] ?? 0
            let now = table.count(in: registry)
            if now > before { ids[table, default: []].formUnion(before..<now) }
        }
    }

    /// How many records of each kind the registry holds: compare after a catch-up with ``addCreated(since:in:)``.
    public static func counts(in registry: Registry) -> [EntityKind: Int] {
        Dictionary(uniqueKeysWithValues: PublishedTable.allCases.map { ($0.kind, $0.count(in: registry)) })
    }

    mutating func add(_ ref: RecordRef) {
        guard ref.id >= 0, let table = PublishedTable(kind: ref.kind) else { return }
        ids[table, default: []].insert(Int(ref.id))
    }
}
