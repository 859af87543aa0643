import Foundation
import JiedaoApp
import JiedaoCore
import JiedaoStore

/// The data every benchmark runs on, made once: `JIEDAO_SCALE=street|district|city` (default street).
/// City scale is a million appeals; building it takes a while, measuring does not include that.
enum Fixture {
    static let scale = DemoScale(rawValue: ProcessInfo.processInfo.environment["JIEDAO_SCALE"] ?? "street") ?? .street
    /// A fixed day, so runs compare.
    static let now: Int64 = 1_795_744_800

    static let registry: Registry = {
        do {
            return try DemoGenerator(scale: scale, seed: 1, now: now, adminLogin: "bench").build()
        } catch {
            fatalError("the demo generator refused its own edit: \(error)")
        }
    }()

    static let snapshot: [UInt8] = SnapshotEncoder.encode(registry, author: "bench", createdAt: now, lastSequence: 0)

    /// The same registry as plain Codable values, for the JSONEncoder/JSONDecoder baseline.
    static let codableTables: [[[FieldValue]]] = EntityKind.allCases.map { kind in
        (0..<registry.count(of: kind)).compactMap { Schema.values(of: RecordRef(kind, Int32($0)), in: registry) }
    }

    static let json: Data = (try? JSONEncoder().encode(codableTables)) ?? Data()

    /// A dashboard state on the data, sized like a terminal.
    static func state() -> AppState {
        var state = AppState(registry: registry, login: "bench", language: .zh, now: now, dataName: "bench")
        _ = update(&state, .resize(width: 120, height: 40))
        return state
    }

    /// The dashboard's interpreter on that state, over the in-memory store.
    static func dashboard() -> Dashboard<MemoryStore> {
        Dashboard(state: state(), store: MemoryStore(clock: now), theme: .builtinDefault)
    }

    /// Records count for throughput figures.
    static var records: Int {
        EntityKind.allCases.reduce(0) { $0 + registry.count(of: $1) } + registry.events.count
    }

    /// The worst match for a search: the character of the appeals' summaries and addresses whose
    /// first appeal is the latest, so every row before it is looked at before the first hit.
    static let lateCharacter: Character = {
        // Characters of names match every appeal of that community, compound or category: not late.
        var named = Set<Character>()
        for kind in [EntityKind.community, .compound, .category, .department] {
            for id in 0..<Int32(registry.count(of: kind)) { named.formUnion(registry.name(of: RecordRef(kind, id))) }
        }
        var first: [Character: Int] = [:]
        for (position, id) in registry.appeals.liveIDs.enumerated() {
            let appeal = registry.appeals[id]
            for character in registry.text(appeal.summary) + registry.text(appeal.address) where first[character] == nil && !named.contains(character) && !character.isASCII {
                first[character] = position
            }
        }
        return first.max { $0.value < $1.value }?.key ?? "路"
    }()
}
