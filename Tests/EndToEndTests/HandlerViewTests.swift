import Foundation
import JiedaoCore
import JiedaoServer
import JiedaoStore
import XCTest

/// A department's handler reads only the appeals dispatched to the department, and through the
/// data server that holds whatever its client does: the server sends it nothing of the others.
final class HandlerViewTests: XCTestCase {
    private let user = ServerStreet.user
    private let department: Int32 = 0

    private func isHandled(_ appeal: Appeal) -> Bool {
        !appeal.isDeleted && appeal.progress.handlerKind == .department && appeal.progress.handler == department
    }

    /// `jiedao _follow` run as the test user, once it has its first frame, and its output so far.
    private func startFollower(base: String, socket: String, count: Int, errors: Pipe? = nil) throws -> (Process, () -> String) {
        let out = base + "/follow.out"
        _ = FileManager.default.createFile(atPath: out, contents: nil)
        let follower = Process()
        follower.executableURL = URL(fileURLWithPath: "/usr/sbin/runuser")
        follower.arguments = ["-u", user, "--", JiedaoBinary.path, "_follow", "--server", socket, "--count", "\(count)"]
        follower.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: out))
        if let errors { follower.standardError = errors }
        try follower.run()
        let output = { (try? String(contentsOfFile: out, encoding: .utf8)) ?? "" }
        let started = Date().addingTimeInterval(30)
        while !output().contains("connected"), Date() < started { usleep(50_000) }
        return (follower, output)
    }

    func testAHandlerIsSentNothingOfAppealsOutsideItsDepartment() throws {
        try ServerStreet.requireUnprivilegedUser()
        let (_, data, socket) = try ServerStreet.make(#function)
        let registry = try DataDirectory(path: data).open().registry
        let handled = registry.appeals.liveIDs.filter { isHandled(registry.appeals[$0]) }
        let handledAddresses = Set(handled.map { registry.text(registry.appeals[$0].address) })
        let withheld = Set(registry.appeals.liveIDs.filter { !isHandled(registry.appeals[$0]) }.map { registry.text(registry.appeals[$0].address) })
            .subtracting(handledAddresses).filter { $0.count >= 4 }
        XCTAssertGreaterThan(withheld.count, 20)
        let server = try ServerProcess(data: data, socket: socket)
        // The test user becomes an admin and makes the demo's admin (this test's login) a handler.
        XCTAssertEqual(try JiedaoBinary.run(["user", "add", user, "--role", "admin", "--server", socket]).status, 0, server.log)
        let demoted = try JiedaoBinary.run(["user", "role", "root", "handler", "--department", "#\(department)", "--server", socket], user: user)
        XCTAssertEqual(demoted.status, 0, demoted.stderr + server.log)

        let observer = try UnixSocket.connect(to: socket)
        defer { observer.close() }
        try observer.sendAll(try WireMessage.hello(version: WireMessage.version, known: nil).encoded())
        var (replica, copy) = try ServerReplica.connect(to: socket)
        XCTAssertEqual(copy.appeals.liveIDs, handled, "the handler's copy holds the department's appeals alone")
        XCTAssertEqual(copy.appeals.count, registry.appeals.count, "IDs keep their meaning")
        var seen: [UInt8] = []
        while observer.wait(for: Int16(POLLIN), milliseconds: 1500), let bytes = try observer.receiveSome() { seen += bytes }
        func received(_ text: String) -> Bool {
            let needle = Array(text.utf8)
            guard let first = needle.first else { return true }
            return seen.withUnsafeBufferPointer { haystack in
                guard let base = haystack.baseAddress else { return false }
                var at = 0
                // memchr to each candidate first byte, memcmp for the rest.
                while at + needle.count <= haystack.count,
                      let hit = memchr(base + at, Int32(first), haystack.count - at - needle.count + 1) {
                    let offset = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                    if memcmp(base + offset, needle, needle.count) == 0 { return true }
                    at = offset + 1
                }
                return false
            }
        }
        XCTAssertTrue(handledAddresses.contains { !$0.isEmpty && received($0) }, "the department's appeals were sent")
        let leaked = withheld.filter(received)
        XCTAssertTrue(leaked.isEmpty, "\(leaked.count) addresses of other appeals reached the handler, such as \(leaked.sorted().prefix(3))")
        let trail = try replica.auditTrail()
        XCTAssertFalse(trail.flatMap(\.edits).contains { $0.target.map { $0.kind == .appeal && !handled.map(\.raw).contains($0.id) } ?? false })

        // Made an admin again, the same connection receives the whole street (masked).
        XCTAssertEqual(try JiedaoBinary.run(["user", "role", "root", "admin", "--server", socket], user: user).status, 0)
        var replaced = false
        let deadline = Date().addingTimeInterval(15)
        while copy.appeals.liveCount != registry.appeals.liveCount, Date() < deadline {
            replaced = try replica.poll(&copy).replaced || replaced
            _ = replica.waitForRecords(milliseconds: 200)
        }
        XCTAssertEqual(copy.appeals.liveCount, registry.appeals.liveCount, server.log)
        XCTAssertTrue(replaced, "the copy was replaced, not patched")
    }

    func testAHandlersCopyTakesInAnAppealDispatchedToItsDepartment() throws {
        try ServerStreet.requireUnprivilegedUser()
        let (base, data, socket) = try ServerStreet.make(#function)
        let registry = try DataDirectory(path: data).open().registry
        let handled = registry.appeals.liveIDs.filter { isHandled(registry.appeals[$0]) }
        let waiting = try XCTUnwrap(registry.appeals.liveIDs.last { registry.appeals[$0].progress.state == .received })
        let elsewhere = try XCTUnwrap(registry.appeals.liveIDs.last {
            registry.appeals[$0].progress.state == .dispatched && !isHandled(registry.appeals[$0])
        })
        let server = try ServerProcess(data: data, socket: socket)
        let added = try JiedaoBinary.run(["user", "add", user, "--role", "handler", "--department", "#\(department)", "--server", socket])
        XCTAssertEqual(added.status, 0, added.stderr + server.log)

        // The handler's client, as its own OS user, says how many appeals its copy holds at each record.
        let (follower, output) = try startFollower(base: base, socket: socket, count: 3)
        XCTAssertTrue(output().contains("appeals \(handled.count)\n"), output())

        var (admin, copy) = try ServerReplica.connect(to: socket)
        let start = admin.sequence
        let deadline = Int64(Date().timeIntervalSince1970) + 5 * 86_400
        _ = try admin.submit([.moveAppeal(waiting, version: copy.appeals[waiting].version,
                                          .dispatch(.department, handler: department, deadline: deadline), note: "请处理")], to: &copy)
        _ = try admin.submit([.update(RecordRef(.appeal, elsewhere.raw), version: copy.appeals[elsewhere].version,
                                      [FieldChange("description", .text("居民补充说明"))])], to: &copy)
        _ = try admin.submit([.reveal(RecordRef(.appeal, handled[0].raw))], to: &copy)
        follower.waitUntilExit()
        let lines = output().split(separator: "\n").map { $0.split(separator: " ").map(String.init) }
        let total = "\(handled.count + 1)"
        XCTAssertTrue(lines.contains { $0.first == "replaced" && $0.last == total }, "the dispatched appeal arrives with a fresh copy:\n\(output())")
        XCTAssertFalse(lines.contains { $0.first == "seen" && $0[1] == "\(start + 1)" }, "the dispatch itself is not sent as a record:\n\(output())")
        for sequence in [start + 2, start + 3] {
            XCTAssertTrue(lines.contains { $0.first == "seen" && $0[1] == "\(sequence)" && $0.last == total },
                          "record \(sequence) is sent (the other appeal's edit left out of it):\n\(output())")
        }
        XCTAssertTrue(server.log.contains("sent \(user)"), server.log)
    }

    /// A user removed while connected is told so and disconnected, rather than read on.
    func testAUserRemovedWhileConnectedIsToldAndDisconnected() throws {
        try ServerStreet.requireUnprivilegedUser()
        let (base, data, socket) = try ServerStreet.make(#function)
        let server = try ServerProcess(data: data, socket: socket)
        XCTAssertEqual(try JiedaoBinary.run(["user", "add", user, "--role", "coordinator", "--server", socket]).status, 0, server.log)
        let errors = Pipe()
        let (follower, _) = try startFollower(base: base, socket: socket, count: 50, errors: errors)

        XCTAssertEqual(try JiedaoBinary.run(["user", "remove", user, "--server", socket]).status, 0)
        // A client that is never told would wait for 50 records: it is stopped after 30 s.
        let watchdog = Process()
        watchdog.executableURL = URL(fileURLWithPath: "/bin/sh")
        watchdog.arguments = ["-c", "sleep 30; kill \(follower.processIdentifier) 2>/dev/null"]
        try watchdog.run()
        defer { watchdog.terminate() }
        let said = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        follower.waitUntilExit()
        XCTAssertEqual(follower.terminationStatus, 1)
        XCTAssertTrue(said.contains("is no longer a user of this street"), said + server.log)
        XCTAssertTrue(server.log.contains("closed: \(user)"), server.log)
    }
}
