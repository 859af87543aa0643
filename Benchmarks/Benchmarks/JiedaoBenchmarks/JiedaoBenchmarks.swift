import Benchmark
import Foundation
import JiedaoApp
import JiedaoCore
import JiedaoStore
import TermCanvas

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(metrics: [.wallClock, .peakMemoryResident, .mallocCountTotal],
                                           timeUnits: .milliseconds, maxDuration: .seconds(10), maxIterations: 50)
    let scale = Fixture.scale.rawValue

    // MARK: Snapshot save and load, against Foundation JSON of the same data

    Benchmark("snapshot encode (\(scale))") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(SnapshotEncoder.encode(Fixture.registry, author: "bench", createdAt: Fixture.now, lastSequence: 0))
        }
    }
    Benchmark("snapshot decode (\(scale))") { benchmark in
        let bytes = Fixture.snapshot
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations { blackHole(try SnapshotDecoder.decode(bytes)) }
    }
    // The JSON baseline needs about 37 bytes of memory per byte of snapshot (509 MB for the street's
    // 14 MB): some 18 GB at city scale beside the data itself, and minutes per run. It runs at street
    // and district scale; docs/performance.md carries the district ratio.
    if Fixture.scale != .city {
        Benchmark("baseline JSONEncoder (\(scale))") { benchmark in
            let tables = Fixture.codableTables
            benchmark.startMeasurement()
            for _ in benchmark.scaledIterations { blackHole(try JSONEncoder().encode(tables)) }
        }
        Benchmark("baseline JSONDecoder (\(scale))") { benchmark in
            let json = Fixture.json
            benchmark.startMeasurement()
            for _ in benchmark.scaledIterations { blackHole(try JSONDecoder().decode([[[FieldValue]]].self, from: json)) }
        }
    }

    // MARK: Figures

    Benchmark("summary from cold: decode + summary (\(scale))") { benchmark in
        let bytes = Fixture.snapshot
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations { blackHole(try SnapshotDecoder.decode(bytes).registry.summary(at: Fixture.now)) }
    }
    Benchmark("summary from loaded data (\(scale))") { benchmark in
        // As the dashboard and the command line do: the clock is moved to now first.
        var registry = Fixture.registry
        registry.advanceClock(to: Fixture.now)
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations { blackHole(registry.summary(at: Fixture.now)) }
    }

    // MARK: Dashboard: open to first frame, and every keystroke class to a rendered canvas

    Benchmark("open to first frame (\(scale))") { benchmark in
        let registry = Fixture.registry
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            var state = AppState(registry: registry, login: "bench", language: .zh, now: Fixture.now, dataName: "bench")
            _ = update(&state, .resize(width: 120, height: 40))
            blackHole(render(state))
        }
    }
    keystroke("key: move down", setup: ["5"], keys: ["j"])
    keystroke("key: switch pane", setup: [], keys: ["\t"])
    keystroke("key: sort appeals by deadline", setup: ["5", "l", "l", "l", "l", "l"], keys: ["s"])
    keystroke("key: search-as-you-type, per character", setup: ["5", "/"], keys: ["路"])
    // The worst case: a character no appeal shows, so every row is looked at and none kept.
    keystroke("key: search-as-you-type, a miss", setup: ["5", "/"], keys: ["鑫"])
    keystroke("key: search-as-you-type, pinyin initials", setup: ["5", "/"], keys: ["q"])
    // The same searches to their end: the work the keys above send off the UI thread.
    searchCompletion("search completes, first character that matches", "路")
    searchCompletion("search completes, a miss", "鑫")
    searchCompletion("search completes, pinyin initials", "q")
    searchCompletion("search completes, a late match", Fixture.lateCharacter)
    // Edits go through the dashboard's one interpreter, over the in-memory store, as the tests'.
    Benchmark("key: apply an edit (\(scale))") { benchmark in
        var dashboard = Fixture.dashboard()
        dashboard.send(.key(.character("3")))
        dashboard.ownData()
        benchmark.startMeasurement()
        for n in benchmark.scaledIterations {
            let ref = RecordRef(.compound, 0)
            let edit = Edit.update(ref, version: dashboard.state.registry.version(of: ref) ?? 0, [FieldChange("households", .int(Int64(n % 1_000)))])
            dashboard.perform([.submit(edit, .form)])
            blackHole(render(dashboard.state))
        }
        dashboard.keepOutsideMeasurement(benchmark)
    }
    Benchmark("receive another process's edit (\(scale))") { benchmark in
        var dashboard = Fixture.dashboard()
        dashboard.send(.key(.character("5")))
        let admin = dashboard.state.registry.users.liveIDs.first
        dashboard.ownData()
        benchmark.startMeasurement()
        for n in benchmark.scaledIterations {
            let ref = RecordRef(.compound, 1)
            let edit = Edit.update(ref, version: dashboard.state.registry.version(of: ref) ?? 0, [FieldChange("households", .int(Int64(n % 1_000)))])
            dashboard.withStore { $0.receive(edit, by: admin, login: "other", at: Fixture.now) }
            dashboard.followStore()
            blackHole(render(dashboard.state))
        }
        dashboard.keepOutsideMeasurement(benchmark)
    }
    Benchmark("receive another process's edit to an appeal, sorted by deadline (\(scale))") { benchmark in
        var dashboard = Fixture.dashboard()
        for key: Character in ["5", "l", "l", "l", "l", "l", "s"] { dashboard.send(.key(.character(key))) }
        let admin = dashboard.state.registry.users.liveIDs.first
        dashboard.ownData()
        benchmark.startMeasurement()
        for n in benchmark.scaledIterations {
            let id = AppealID(n % 1_000)
            let edit = Edit.update(RecordRef(.appeal, id.raw), version: dashboard.state.registry.appeals[id].version,
                                   [FieldChange("category", .int(Int64(n % 12)))])
            dashboard.withStore { $0.receive(edit, by: admin, login: "other", at: Fixture.now) }
            dashboard.followStore()
            blackHole(render(dashboard.state))
        }
        dashboard.keepOutsideMeasurement(benchmark)
    }
}

/// A narrowing of all the appeals by `character`, from the key to the narrowed rows: the
/// key's own work on the UI thread, then the search it sends off it, run to its end.
private func searchCompletion(_ name: String, _ character: Character) {
    Benchmark("\(name) (\(Fixture.scale.rawValue))") { benchmark in
        var state = Fixture.state()
        for key: Character in ["5", "/"] { _ = update(&state, .key(.character(key))) }
        let base = state
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            var copy = base
            for effect in update(&copy, .key(.character(character))) {
                if case .search(let job) = effect { blackHole(job.run(isCancelled: { false })) }
            }
        }
    }
}

/// One keystroke, measured from key to rendered canvas, after `setup` keys.
private func keystroke(_ name: String, setup: [Character], keys: [Character]) {
    Benchmark("\(name) (\(Fixture.scale.rawValue))") { benchmark in
        var state = Fixture.state()
        for key in setup { _ = update(&state, .key(key == "\t" ? .tab : .character(key))) }
        let base = state
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            var copy = base
            for key in keys { _ = update(&copy, .key(key == "\t" ? .tab : .character(key))) }
            blackHole(render(copy))
        }
    }
}

extension Dashboard where Store == MemoryStore {
    /// Stops the clock before the dashboard goes: freeing the tables it owns (tens of
    /// milliseconds at city scale) is the end of a benchmark, not part of an edit.
    func keepOutsideMeasurement(_ benchmark: Benchmark) {
        benchmark.stopMeasurement()
        blackHole(self)
    }

    /// Gives the dashboard its own copy of the tables an edit writes to. A state made from the shared
    /// fixture copies them on its first edit (copy-on-write), which a running dashboard, owning its
    /// data from the start, never does; outside the measurement, so the figures are of edits alone.
    mutating func ownData() {
        let registry = state.registry
        let fixtureEdits: [Edit] = [
            .update(RecordRef(.compound, 2), version: registry.compounds.rows[2].version, [FieldChange("households", .int(1))]),
            .update(RecordRef(.appeal, 2), version: registry.appeals.rows[2].version, [FieldChange("category", .int(1))]),
        ]
        let admin = registry.users.liveIDs.first
        withStore { store in for edit in fixtureEdits { store.receive(edit, by: admin, login: "bench", at: Fixture.now) } }
        followStore()
    }
}
