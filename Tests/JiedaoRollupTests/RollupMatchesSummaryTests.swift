import Foundation
import JiedaoCore
import JiedaoStore
import Testing
@testable import JiedaoRollup

/// The rollup's figures for a street equal the street's own summary after every publish, as
/// random edits move, reassign, delete and add appeals (the running cells must follow each one).
@Suite struct RollupMatchesSummaryTests {
    static let server = ProcessInfo.processInfo.environment["JIEDAO_TEST_POSTGRES"].flatMap { $0.isEmpty ? nil : $0 }

    @Test func theServerIsThereWhenCISaysItMustBe() {
        if ProcessInfo.processInfo.environment["JIEDAO_REQUIRE_POSTGRES"] == "1" {
            #expect(Self.server != nil, "JIEDAO_REQUIRE_POSTGRES=1 but JIEDAO_TEST_POSTGRES is not set")
        }
    }

    private func freshDatabase() throws -> String {
        let server = try #require(Self.server)
        let name = "rollup_cells_\(getpid())"
        let admin = try PostgresConnection(url: server)
        try admin.execute("DROP DATABASE IF EXISTS \(name)")
        try admin.execute("CREATE DATABASE \(name)")
        return server + (server.contains("?") ? "&" : "?") + "dbname=\(name)"
    }

    @Test(.enabled(if: server != nil, "needs JIEDAO_TEST_POSTGRES (see .ci/postgres)"))
    func figuresFollowRandomEditsOfAppeals() throws {
        let now: Int64 = 1_795_744_800  // 2026-11-27 10:00 in Shanghai
        var registry = try DemoGenerator(scale: .street, seed: 11, now: now, adminLogin: "zhang").build()
        registry.advanceClock(to: now)
        let connection = try PostgresConnection(url: try freshDatabase())
        var publisher = try StreetPublisher(connection: connection, settings: registry.settings)
        publisher.chunkSize = 7_000
        try publisher.startBackfill(registry, at: 0, now: now)
        var state = PublishState.backfilling(sequence: 0, table: 0, next: 0)
        while case .backfilling = state {
            state = try publisher.backfillStep(registry, from: state, at: 0, since: TouchedRecords(), now: now)
        }
        func expectSameFigures(_ round: Int) throws {
            let rollup = try RollupQuery.run(connection, now: now + Int64(round) * 600)
            var own = registry
            own.advanceClock(to: now + Int64(round) * 600)
            #expect(rollup.streets["demo"]?.summary == own.summary(at: now + Int64(round) * 600), "round \(round)")
        }
        try expectSameFigures(0)

        var random = SystemRandomNumberGenerator()
        let admin = try #require(registry.user(login: "zhang"))
        var sequence: UInt64 = 0
        for round in 1...6 {
            var touched = TouchedRecords()
            let counts = TouchedRecords.counts(in: registry)
            var applied = 0
            while applied < 40 {
                let id = AppealID(Int32.random(in: 0..<Int32(registry.appeals.count), using: &random))
                let appeal = registry.appeals[id]
                let version = appeal.version
                let edit: Edit = switch Int.random(in: 0..<8, using: &random) {
                case 0: .moveAppeal(id, version: version, .accept, note: "签收")
                case 1: .moveAppeal(id, version: version, .resolve, note: "已处理")
                case 2: .moveAppeal(id, version: version, .evaluate(Evaluation(speed: .dissatisfied, effect: .satisfied, attitude: .satisfied, feedback: .satisfied),
                                                                   redoDeadline: now + 86_400 * 5), note: "回访")
                case 3: .moveAppeal(id, version: version, .withdraw, note: "撤回")
                case 4: .moveAppeal(id, version: version, .contact, note: "已联系")
                case 5: .delete(RecordRef(.appeal, id.raw), version: version)
                case 6: .update(RecordRef(.appeal, id.raw), version: version,
                                [FieldChange("community", .int(Int64((appeal.community.raw + 1) % Int32(registry.communities.count))))])
                default: .create(.appeal, [FieldChange("summary", .text("新诉求")), FieldChange("received_at", .time(now - 3_600)),
                                           FieldChange("community", .int(0)), FieldChange("submitter", .text("刘先生")),
                                           FieldChange("phone", .text("13700001111"))])
                }
                guard let result = try? registry.apply(edit, by: admin, at: now + Int64(round) * 600) else { continue }
                sequence += 1
                touched.add(JournalEntry(sequence: sequence, user: admin.raw, login: "zhang", time: now, edit: edit, inverse: result.inverse))
                applied += 1
            }
            touched.addCreated(since: counts, in: registry)
            try publisher.publish(touched, registry, at: sequence, now: now)
            try expectSameFigures(round)
        }
        #expect(try publisher.state() == .published(sequence: sequence))
    }
}
