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
}
