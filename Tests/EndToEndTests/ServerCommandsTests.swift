import Foundation
import JiedaoCore
import JiedaoServer
import JiedaoStore
import XCTest

/// Commands that need residents' data unmasked, through `jiedao serve` as another OS user:
/// an export is masked unless revealed (and the reveal is the caller's, journaled by the
/// server), an import is matched against the real records in the server.
final class ServerCommandsTests: XCTestCase {
    private let user = ServerStreet.user

    /// The street's volunteers' phones, from the files.
    private func volunteerPhones(_ data: String) throws -> [String] {
        let registry = try DataDirectory(path: data).open().registry
        return registry.volunteers.liveIDs.map { registry.text(registry.volunteers[$0].phone) }.filter { !$0.isEmpty }
    }

    private func serve(_ name: String = #function) throws -> (base: String, data: String, socket: String, server: ServerProcess) {
        try ServerStreet.requireUnprivilegedUser()
        let (base, data, socket) = try ServerStreet.make(name)
        let server = try ServerProcess(data: data, socket: socket)
        let added = try JiedaoBinary.run(["user", "add", user, "--role", "coordinator", "--server", socket])
        XCTAssertEqual(added.status, 0, added.stderr + server.log)
        return (base, data, socket, server)
    }

    func testAnExportIsMaskedUnlessRevealedAndTheServerJournalsWhoRevealed() throws {
        let (_, data, socket, server) = try serve()
        let phones = try volunteerPhones(data)
        XCTAssertGreaterThan(phones.count, 100)
        let before = try AuditTrail.entries(of: DataDirectory(path: data)).count

        let masked = try JiedaoBinary.run(["export", "--table", "volunteers", "--server", socket, "--lang", "en"], user: user)
        XCTAssertEqual(masked.status, 0, masked.stderr + server.log)
        XCTAssertTrue(masked.stdout.contains(PhoneNumber.masked(phones[0])), String(masked.stdout.prefix(500)))
        let leaked = ServerStreet.digitRuns(Array(masked.stdout.utf8)).intersection(phones)
        XCTAssertTrue(leaked.isEmpty, "\(leaked.count) phones in a masked export, such as \(leaked.sorted().prefix(3))")
        XCTAssertEqual(try AuditTrail.entries(of: DataDirectory(path: data)).count, before, "a masked export journals nothing")

        let revealed = try JiedaoBinary.run(["export", "--table", "volunteers", "--reveal", "--server", socket, "--lang", "en"], user: user)
        XCTAssertEqual(revealed.status, 0, revealed.stderr + server.log)
        XCTAssertTrue(revealed.stderr.contains("personal data of \(phones.count) records shown"), revealed.stderr)
        let shown = ServerStreet.digitRuns(Array(revealed.stdout.utf8))
        XCTAssertEqual(Set(phones).subtracting(shown), [], "every volunteer's phone is in the revealed export")
        let trail = try AuditTrail.entries(of: DataDirectory(path: data))
        let reveal = try XCTUnwrap(trail.last)
        XCTAssertEqual(reveal.login, user, "the reveal is recorded as the peer's login")
        XCTAssertEqual(reveal.edits.count, phones.count)
        XCTAssertTrue(reveal.edits.allSatisfy { if case .reveal(let ref) = $0 { ref.kind == .volunteer } else { false } })
    }

    func testAnImportThroughTheServerIsMatchedAgainstTheUnmaskedRecords() throws {
        let (base, data, socket, server) = try serve()
        let phones = try volunteerPhones(data)
        let exported = try JiedaoBinary.run(["export", "--table", "volunteers", "--reveal", "--server", socket], user: user)
        XCTAssertEqual(exported.status, 0, exported.stderr)
        let sheet = base + "/volunteers.csv"
        func write(_ text: String) throws {
            try Data(text.utf8).write(to: URL(fileURLWithPath: sheet))
            try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: sheet)
        }

        // The sheet holds the real phones, which equal the records: nothing to change. Planned
        // against the masked copy, every phone would look changed.
        try write(exported.stdout)
        let same = try JiedaoBinary.run(["import", "--table", "volunteers", sheet, "--server", socket, "--lang", "en"], user: user)
        XCTAssertEqual(same.status, 0, same.stdout + same.stderr + server.log)
        XCTAssertTrue(same.stdout.contains("Nothing to import."), same.stdout)
        let journaled = try AuditTrail.entries(of: DataDirectory(path: data)).count

        let changed = "13700001111"
        try write(exported.stdout.replacingOccurrences(of: phones[0], with: changed))
        let dry = try JiedaoBinary.run(["import", "--table", "volunteers", sheet, "--dry-run", "--server", socket, "--lang", "en"], user: user)
        XCTAssertEqual(dry.status, 0, dry.stdout + dry.stderr)
        XCTAssertTrue(dry.stdout.contains("(Dry run: nothing was changed.)"), dry.stdout)
        XCTAssertEqual(try AuditTrail.entries(of: DataDirectory(path: data)).count, journaled)

        let applied = try JiedaoBinary.run(["import", "--table", "volunteers", sheet, "--server", socket, "--lang", "en"], user: user)
        XCTAssertEqual(applied.status, 0, applied.stdout + applied.stderr + server.log)
        XCTAssertTrue(applied.stdout.contains("Imported 1 row."), applied.stdout)
        let trail = try AuditTrail.entries(of: DataDirectory(path: data))
        XCTAssertEqual(trail.count, journaled + 1)
        XCTAssertEqual(trail.last?.login, user)
        let saved = try DataDirectory(path: data).open().registry
        XCTAssertEqual(saved.volunteers.liveIDs.filter { saved.text(saved.volunteers[$0].phone) == changed }.count, 1)

        // A row with a bad cell: nothing applied, the row named, exit status 1.
        try write(exported.stdout.replacingOccurrences(of: phones[1], with: "12ab"))
        let rejected = try JiedaoBinary.run(["import", "--table", "volunteers", sheet, "--server", socket, "--lang", "en"], user: user)
        XCTAssertEqual(rejected.status, 1, rejected.stdout + rejected.stderr)
        XCTAssertTrue(rejected.stdout.contains("Phone"), rejected.stdout)
        XCTAssertEqual(try AuditTrail.entries(of: DataDirectory(path: data)).count, journaled + 1)
    }

    func testTheReportAndTheAuditTrailThroughTheServerNameNoResident() throws {
        let (_, data, socket, server) = try serve()
        let registry = try DataDirectory(path: data).open().registry
        let phones = Set(registry.appeals.liveIDs.map { registry.text(registry.appeals[$0].phone) }.filter { !$0.isEmpty })
        let appeal = try XCTUnwrap(registry.appeals.liveIDs.first { !registry.text(registry.appeals[$0].phone).isEmpty })
        // A phone typed in through the server is journaled; the trail sent to clients shows it masked.
        let typed = "13912340000"
        var (replica, copy) = try JiedaoServer.ServerReplica.connect(to: socket)
        _ = try replica.submit([.update(RecordRef(.appeal, appeal.raw), version: copy.appeals[appeal].version,
                                        [FieldChange("phone", .text(typed))])], to: &copy)

        let log = try JiedaoBinary.run(["log", "--json", "--server", socket], user: user)
        XCTAssertEqual(log.status, 0, log.stderr + server.log)
        XCTAssertTrue(log.stdout.contains("\"\(user)\""), "the trail holds the user's addition:\n\(log.stdout.prefix(800))")
        XCTAssertTrue(log.stdout.contains("139****0000"), log.stdout)
        let leaked = ServerStreet.digitRuns(Array(log.stdout.utf8)).intersection(phones.union([typed]))
        XCTAssertTrue(leaked.isEmpty, "phones in the trail a client received: \(leaked.sorted().prefix(3))")

        let now = ["JIEDAO_NOW": "1795000000"]
        let remote = try JiedaoBinary.run(["report", "--format", "csv", "--server", socket], environment: now, user: user)
        XCTAssertEqual(remote.status, 0, remote.stderr)
        let local = try JiedaoBinary.run(["report", "--format", "csv", "--data", data], environment: now)
        XCTAssertEqual(local.status, 0, local.stderr)
        XCTAssertEqual(remote.stdout, local.stdout, "the report from the server's copy equals the one from the files")
        XCTAssertGreaterThan(remote.stdout.count, 200)
    }

    /// The duplicate hint's phone match runs in the server: it finds the open appeals with the
    /// phone, at most so many times an hour per login, only for those who take appeals, logged.
    func testAPhoneLookupFindsTheOpenAppealsAndIsLimitedToWhoTakesAppeals() throws {
        try ServerStreet.requireUnprivilegedUser()
        let (_, data, socket) = try ServerStreet.make(#function)
        let registry = try DataDirectory(path: data).open().registry
        let appeal = try XCTUnwrap(registry.appeals.liveIDs.last {
            registry.appeals[$0].progress.state.isOpen && PhoneNumber.canonical(registry.text(registry.appeals[$0].phone)) != nil
        })
        let community = registry.appeals[appeal].community.raw
        let phone = try XCTUnwrap(PhoneNumber.canonical(registry.text(registry.appeals[appeal].phone)))
        let expected = registry.indexes.appealsByCommunity.children(of: community).reversed().filter {
            let other = registry.appeals.rows[Int($0)]
            return !other.isDeleted && other.progress.state.isOpen && PhoneNumber.canonical(registry.text(other.phone)) == phone
        }
        let server = try ServerProcess(data: data, socket: socket, environment: ["JIEDAO_SERVER_PHONE_LOOKUPS_PER_HOUR": "3"])
        var (replica, copy) = try ServerReplica.connect(to: socket)
        XCTAssertNotEqual(copy.text(copy.appeals[appeal].phone), registry.text(registry.appeals[appeal].phone), "the copy holds it masked")

        XCTAssertEqual(try replica.openAppeals(withPhone: phone, community: community), Array(expected.prefix(10)))
        XCTAssertTrue(expected.contains(appeal.raw))
        XCTAssertEqual(try replica.openAppeals(withPhone: "13000000000", community: community), [])
        XCTAssertThrowsError(try replica.openAppeals(withPhone: "12345", community: community)) { error in
            XCTAssertTrue("\(error)".contains("not a whole phone number"), "\(error)")
        }
        _ = try replica.openAppeals(withPhone: phone, community: community)
        XCTAssertThrowsError(try replica.openAppeals(withPhone: phone, community: community)) { error in
            XCTAssertTrue("\(error)".contains("3 phone lookups this hour"), "\(error)")
        }
        XCTAssertTrue(server.log.contains("phone lookup by root in community #\(community): \(min(expected.count, 10)) open appeals"), server.log)
        XCTAssertTrue(server.log.contains("refused a phone lookup by root"), server.log)
        // Records sent meanwhile are kept for the copy.
        _ = try replica.poll(&copy)

        // A supervisor takes no appeals, so it may not look phones up at all.
        XCTAssertEqual(try JiedaoBinary.run(["user", "add", user, "--role", "admin", "--server", socket]).status, 0)
        let demoted = try JiedaoBinary.run(["user", "role", "root", "supervisor", "--server", socket], user: user)
        XCTAssertEqual(demoted.status, 0, demoted.stderr + server.log)
        var supervisor = try ServerReplica.connect(to: socket).replica
        XCTAssertThrowsError(try supervisor.openAppeals(withPhone: phone, community: community)) { error in
            XCTAssertTrue("\(error)".contains("Only admins and coordinators"), "\(error)")
        }
    }
}
