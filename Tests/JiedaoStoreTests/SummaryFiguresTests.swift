import Foundation
import JiedaoCore
@testable import JiedaoStore
import XCTest

/// The snapshot's figures section: the summary it gives equals the one a full open gives, and it
/// is used only when it is the whole data set.
final class SummaryFiguresTests: XCTestCase {
    private let now = StoreFixtures.now
    private let day: Int64 = 86_400

    private func fullSummary(_ directory: DataDirectory, at time: Int64) throws -> Summary {
        var registry = try directory.open().registry
        registry.advanceClock(to: time)
        return registry.summary(at: time)
    }

    func testTheQuickSummaryEqualsTheFullOneAsDeadlinesPass() throws {
        let directory = DataDirectory(path: try StoreFixtures.temporaryDirectory() + "/data")
        let demo = try DemoGenerator(scale: .street, seed: 5, now: now, adminLogin: "admin").build()
        try directory.create(demo, author: "admin", at: now)
        // 2026-11-27: later the same quarter, overdue counts grow as deadlines pass.
        var overdue: [Int] = []
        for time in [now, now + 2 * day, now + 9 * day, now + 30 * day] {
            let quick = try XCTUnwrap(directory.quickSummary(at: time), "no quick summary at +\((time - now) / day) days")
            XCTAssertEqual(quick, try fullSummary(directory, at: time), "at +\((time - now) / day) days")
            overdue.append(quick.appealsOverdue)
        }
        XCTAssertEqual(overdue, overdue.sorted())
        XCTAssertLessThan(overdue[0], overdue[3], "deadlines passed in those days")
        XCTAssertNil(directory.quickSummary(at: now + 40 * day), "the next quarter's members behind are not in the figures")
    }

    /// Every field of `record` as a create's changes, with `overrides` in place of some.
    private func fields<R: Record>(of record: R, _ texts: TextStore, overriding overrides: [String: FieldValue]) -> [FieldChange] {
        R.Field.allCases.map { field in
            let key = R.spec(field).key
            return FieldChange(key, overrides[key] ?? record.value(field, texts))
        }
    }

    /// The figure changes of the journal's last record.
    private static func lastFigureChanges(_ directory: DataDirectory) -> FigureChanges? {
        guard let bytes = try? directory.read(directory.journalPath), let scan = try? JournalReader.scan(bytes, path: directory.journalPath) else { return nil }
        return scan.entries.last?.figures
    }

    func testEveryKindOfEditInTheJournalIsFoldedIntoTheQuickSummary() throws {
        continueAfterFailure = false
        let directory = DataDirectory(path: try StoreFixtures.temporaryDirectory() + "/data")
        try directory.create(try DemoGenerator(scale: .street, seed: 7, now: now, adminLogin: "admin").build(), author: "admin", at: now)
        var (session, registry) = try directory.open()
        registry.advanceClock(to: now)
        var seed = UInt64(0x5EED)
        func next(_ bound: Int) -> Int {
            // A fixed sequence (xorshift), so a failure can be replayed.
            seed ^= seed << 13; seed ^= seed >> 7; seed ^= seed << 17
            return Int(seed % UInt64(max(bound, 1)))
        }
        var time = now
        var undo: [Edit] = []
        var applied = 0
        var deadlinesMoved = 0
        var budgetsMoved = 0
        func append(_ edit: Edit) {
            time += 60
            if let result = try? session.append(edit, to: &registry, by: UserID(0), login: "admin", at: time) {
                applied += 1
                let changes = SummaryFiguresTests.lastFigureChanges(directory)
                deadlinesMoved += (changes?.deadlinesRemoved.count ?? 0) + (changes?.deadlinesAdded.count ?? 0)
                budgetsMoved += changes?.committed.count ?? 0
                undo.append(result.inverse)
            }
        }
        let moves: [(AppealID, Appeal) -> AppealMove] = [
            { _, _ in .accept }, { _, _ in .resolve }, { _, _ in .urge }, { _, _ in .withdraw }, { _, _ in .contact },
            { _, a in .extend(deadline: a.progress.deadline + 5 * 86_400) }, { _, _ in .suspend }, { _, _ in .giveBack },
            { _, a in .evaluate(Evaluation(speed: .dissatisfied, effect: .dissatisfied, attitude: .satisfied, feedback: .satisfied), redoDeadline: a.progress.deadline + 3 * 86_400) }, { _, _ in .evaluate(Evaluation(speed: .satisfied, effect: .satisfied, attitude: .satisfied, feedback: .satisfied), redoDeadline: 0) },
            { _, _ in .closeUnreachable }, { _, _ in .supervise },
        ]
        for step in 0..<160 {
            switch next(10) {
            case 0...4:
                // An appeal's next step (many are refused for its state; those write nothing).
                // Mostly open appeals, whose deadlines run.
                let open = registry.appeals.rows.indices.filter { registry.appeals.rows[$0].progress.state.runsClock }
                let id = AppealID(next(3) == 0 || open.isEmpty ? next(registry.appeals.count) : open[next(open.count)])
                let appeal = registry.appeals[id]
                append(.moveAppeal(id, version: appeal.version, moves[next(moves.count)](id, appeal), note: "第\(step)步"))
            case 5:
                // A new appeal, like an existing one in another community.
                let model = registry.appeals.rows[next(registry.appeals.count)]
                let community = registry.communities.liveIDs[next(registry.communities.liveCount)]
                append(.create(.appeal, fields(of: model, registry.texts, overriding: ["community": .int(Int64(community.raw)), "compound": .none,
                                                                                    "project": .none])))
            case 6:
                // A compound gains or loses its party organisation.
                let covered = registry.compounds.rows.first { !$0.isDeleted && $0.isCovered }
                let id = Int32(next(registry.compounds.count))
                let compound = registry.compounds.rows[Int(id)]
                let value: FieldValue = compound.isCovered ? .int(0) : (covered?.value(.partyOrg, registry.texts) ?? .int(1))
                append(.update(RecordRef(.compound, id), version: compound.version, [FieldChange("party_org", value)]))
            case 7:
                // A member behind serves, confirmed, today.
                guard let model = registry.services.rows.first(where: { !$0.isDeleted && $0.isConfirmed }) else { continue }
                let volunteer = next(registry.volunteers.count)
                append(.create(.serviceRecord, fields(of: model, registry.texts, overriding: [
                    "volunteer": .int(Int64(volunteer)), "date": .day(Day(unixTime: time).daysSince1970)])))
            case 8 where next(2) == 0:
                // A micro-project's next step: approving commits its budget (when the year's has room).
                let id = ProjectID(next(registry.projects.count))
                let project = registry.projects[id]
                let move: ProjectMove = switch project.progress.state {
                case .proposed: .deliberate(votesFor: 30, votesAgainst: 2)
                case .deliberated: .approve
                case .approved: next(2) == 0 ? .implement : .reject
                case .implementing: .accept(score: 90)
                case .accepted, .rejected: .approve
                }
                append(.moveProject(id, version: project.version, move, note: "第\(step)步"))
            case 8:
                // A community renamed to another's name (keys become "name #id"), or a new one.
                if next(2) == 0 {
                    let id = Int32(next(registry.communities.count))
                    let other = registry.text(registry.communities.rows[next(registry.communities.count)].name)
                    append(.update(RecordRef(.community, id), version: registry.communities.rows[Int(id)].version, [FieldChange("name", .text(other))]))
                } else {
                    append(.create(.community, [FieldChange("name", .text("新社区\(step)"))]))
                }
            default:
                // Undo, or delete an appeal.
                if next(2) == 0, let inverse = undo.popLast() {
                    append(inverse)
                } else {
                    let id = Int32(next(registry.appeals.count))
                    append(.delete(RecordRef(.appeal, id), version: registry.appeals.rows[Int(id)].version))
                }
            }
            for later in [time, time + 4 * day, time + 25 * day] {
                var copy = registry
                copy.advanceClock(to: later)
                XCTAssertEqual(directory.quickSummary(at: later), copy.summary(at: later), "after step \(step), at +\((later - time) / day) days")
            }
        }
        XCTAssertGreaterThan(applied, 60, "enough edits were accepted to mean something")
        XCTAssertGreaterThan(deadlinesMoved, 20, "and enough of them moved running deadlines")
        XCTAssertGreaterThan(budgetsMoved, 0, "and some committed or freed a project's budget")
        // And against a full open of the files.
        XCTAssertEqual(try XCTUnwrap(directory.quickSummary(at: time)), try fullSummary(directory, at: time))
    }

    func testARecordWithoutFigureChangesSendsTheSummaryTheLongWayUntilCompaction() throws {
        let directory = DataDirectory(path: try StoreFixtures.temporaryDirectory() + "/data")
        try directory.create(try StoreFixtures.smallRegistry(), author: "admin", at: now)
        XCTAssertNotNil(directory.quickSummary(at: now))
        var (session, registry) = try directory.open()
        try session.append(.create(.community, [FieldChange("name", .text("新社区"))]), to: &registry, by: UserID(0), login: "admin", at: now)
        XCTAssertEqual(try XCTUnwrap(directory.quickSummary(at: now)).communities, 2, "the record's changes are folded in")
        // A settings change carries none (the zone decides the quarter).
        var settings = registry.settings
        settings.streetName = "改名街道"
        try session.append(.changeSettings(version: settings.version, settings), to: &registry, by: UserID(0), login: "admin", at: now)
        XCTAssertNil(directory.quickSummary(at: now), "a record without figure changes is not guessed at")
        try session.compact(&registry, author: "admin", at: now)
        let quick = try XCTUnwrap(directory.quickSummary(at: now))
        XCTAssertEqual(quick, try fullSummary(directory, at: now))
        XCTAssertEqual(quick.street, "改名街道")
    }

    func testDamageToTheFiguresIsNeverTrusted() throws {
        let directory = DataDirectory(path: try StoreFixtures.temporaryDirectory() + "/data")
        try directory.create(try StoreFixtures.smallRegistry(), author: "admin", at: now)
        let bytes = try directory.read(directory.snapshotPath)
        XCTAssertNotNil(SnapshotFigures.read(snapshot: directory.snapshotPath))
        // Every byte of the figures section (found through the section table), flipped in turn,
        // is caught by its own checksum.
        func integer(_ at: Int, _ size: Int) -> Int { bytes[at..<(at + size)].reversed().reduce(0) { $0 << 8 | Int($1) } }
        let entries = (0..<integer(32, 4)).map { 64 + $0 * 32 }
        guard let entry = entries.first(where: { integer($0, 4) == Int(SnapshotLayout.Section.figures.rawValue) }) else {
            return XCTFail("no figures section")
        }
        let start = integer(entry + 16, 8)
        let length = integer(entry + 24, 8)
        for offset in stride(from: start, to: start + length, by: max(1, length / 300)) {
            var damaged = bytes
            damaged[offset] ^= 0x20
            try Data(damaged).write(to: URL(fileURLWithPath: directory.snapshotPath))
            XCTAssertNil(directory.quickSummary(at: now), "a flip at \(offset) was trusted")
            XCTAssertThrowsError(try directory.open(), "and the long way reports the damage")
        }
    }

    func testAFileFromBeforeTheFiguresTakesTheLongWay() throws {
        let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden/v1.snapshot")
        let directory = DataDirectory(path: try StoreFixtures.temporaryDirectory() + "/data")
        try directory.create(try StoreFixtures.smallRegistry(), author: "admin", at: now)
        try Data(contentsOf: golden).write(to: URL(fileURLWithPath: directory.snapshotPath))
        XCTAssertNil(SnapshotFigures.read(snapshot: directory.snapshotPath))
        XCTAssertNil(directory.quickSummary(at: now))
        XCTAssertNoThrow(try directory.open())
    }
}
