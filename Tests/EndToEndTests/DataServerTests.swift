import Foundation
import JiedaoApp
import JiedaoCore
import JiedaoServer
import JiedaoStore
import XCTest

/// `jiedao serve` as a street office runs it: a real server process, clients as another OS
/// user, identity from the kernel, masked personal data and SIGKILL in the middle of edits.
final class DataServerTests: XCTestCase {
    private let user = ServerStreet.user

    private func requireUnprivilegedUser() throws { try ServerStreet.requireUnprivilegedUser() }

    private func street(_ name: String = #function) throws -> (data: String, socket: String) {
        let made = try ServerStreet.make(name)
        return (made.data, made.socket)
    }

    func testOnlyTheServersAccountReadsTheFilesAndAnUnknownLoginIsToldHowToBeAdded() throws {
        try requireUnprivilegedUser()
        let (data, socket) = try street()
        // Shared with the group, as the local mode allowed: the server takes that back.
        try FileManager.default.setAttributes([.posixPermissions: 0o775], ofItemAtPath: data)
        let server = try ServerProcess(data: data, socket: socket)
        let mode = try XCTUnwrap(FileManager.default.attributesOfItem(atPath: data)[.posixPermissions] as? Int)
        XCTAssertEqual(mode, 0o700)
        let snapshotMode = try XCTUnwrap(FileManager.default.attributesOfItem(atPath: data + "/snapshot")[.posixPermissions] as? Int)
        XCTAssertEqual(snapshotMode, 0o600)
        let direct = try JiedaoBinary.run(["summary", "--data", data, "--lang", "en"], user: user)
        XCTAssertNotEqual(direct.status, 0)
        XCTAssertTrue(direct.stderr.lowercased().contains("permission denied"), direct.stderr)

        let stranger = try JiedaoBinary.run(["summary", "--server", socket, "--lang", "en"], user: user)
        XCTAssertEqual(stranger.status, 1)
        XCTAssertTrue(stranger.stderr.contains("“\(user)” is not a user of this street"), stranger.stderr)
        XCTAssertTrue(stranger.stderr.contains("jiedao user add \(user)"), stranger.stderr)

        // The demo's admin is this test's login (root): it adds the user through the server.
        let added = try JiedaoBinary.run(["user", "add", user, "--role", "coordinator", "--server", socket])
        XCTAssertEqual(added.status, 0, added.stderr + server.log)
        let now = ["JIEDAO_NOW": "1795000000"]
        let remote = try JiedaoBinary.run(["summary", "--json", "--server", socket], environment: now, user: user)
        XCTAssertEqual(remote.status, 0, remote.stderr)
        let local = try JiedaoBinary.run(["summary", "--json", "--data", data], environment: now)
        XCTAssertEqual(remote.stdout, local.stdout, "the server's copy gives the same figures as the files")
    }

    func testTheServerRefusesASupervisorAndRecordsThePeersLoginWhateverTheClientClaims() throws {
        try requireUnprivilegedUser()
        let (data, socket) = try street()
        let server = try ServerProcess(data: data, socket: socket)
        XCTAssertEqual(try JiedaoBinary.run(["user", "add", user, "--role", "supervisor", "--server", socket]).status, 0, server.log)
        // The client claims to be root in every way the environment can; the kernel says otherwise.
        let claim = ["USER": "root", "LOGNAME": "root"]
        let refused = try JiedaoBinary.run(["settings", "--limit", "*:紧急:12h", "--server", socket, "--lang", "en"], environment: claim, user: user)
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.stderr.contains("supervisor"), refused.stderr)
        XCTAssertTrue(server.log.contains("refused from \(user)"), server.log)

        XCTAssertEqual(try JiedaoBinary.run(["user", "role", user, "admin", "--server", socket]).status, 0)
        let changed = try JiedaoBinary.run(["settings", "--limit", "*:紧急:12h", "--server", socket, "--lang", "en"], environment: claim, user: user)
        XCTAssertEqual(changed.status, 0, changed.stderr + server.log)
        let trail = try AuditTrail.entries(of: DataDirectory(path: data))
        XCTAssertEqual(trail.map(\.login), ["root", "root", user], "add, promote, then the settings change by the peer")
        let settings = try XCTUnwrap(trail.last?.edits.first)
        guard case .changeSettings = settings else { return XCTFail("expected the settings change, got \(settings)") }
    }

    func testAPhoneReachesOnlyTheClientThatRevealedItAndTheRevealIsJournaled() throws {
        let (data, socket) = try street()
        let registry = try DataDirectory(path: data).open().registry
        let phones = Set(registry.appeals.liveIDs.map { registry.text(registry.appeals[$0].phone) }.filter { !$0.isEmpty })
        let appeal = try XCTUnwrap(registry.appeals.liveIDs.first { !registry.text(registry.appeals[$0].phone).isEmpty })
        let ref = RecordRef(.appeal, appeal.raw)
        let phone = registry.text(registry.appeals[appeal].phone)
        let server = try ServerProcess(data: data, socket: socket)

        // An observer that never reveals anything keeps every byte it is sent.
        let observer = try UnixSocket.connect(to: socket)
        defer { observer.close() }
        try observer.sendAll(try WireMessage.hello(version: WireMessage.version, known: nil).encoded())
        var seen: [UInt8] = []
        func drain(quietFor milliseconds: Int32) throws {
            while observer.wait(for: Int16(POLLIN), milliseconds: milliseconds) {
                guard let bytes = try observer.receiveSome() else { return }
                seen += bytes
            }
        }

        var (replica, copy) = try ServerReplica.connect(to: socket)
        XCTAssertEqual(copy.text(copy.appeals[appeal].phone), PhoneNumber.masked(phone))
        _ = try replica.submit([.reveal(ref)], to: &copy)
        XCTAssertEqual(copy.text(copy.appeals[appeal].phone), phone, "the client that revealed the record has its phone")
        // A new phone typed in by this client reaches the others masked.
        let typed = "13912345678"
        _ = try replica.submit([.update(ref, version: copy.appeals[appeal].version, [FieldChange("phone", .text(typed))])], to: &copy)
        try drain(quietFor: 1500)

        XCTAssertGreaterThan(seen.count, 1_000_000, "the observer received the snapshot")
        let text = String(decoding: seen, as: UTF8.self)
        XCTAssertTrue(text.contains(PhoneNumber.masked(phone)))
        XCTAssertTrue(text.contains("139****5678"), "the observer saw the new phone's record, masked")
        XCTAssertFalse(text.contains(typed))
        let leaked = ServerStreet.digitRuns(seen).intersection(phones)
        XCTAssertTrue(leaked.isEmpty, "\(leaked.count) residents' phones reached the observer, such as \(leaked.sorted().prefix(3))")

        let trail = try AuditTrail.entries(of: DataDirectory(path: data))
        XCTAssertEqual(trail.first?.edits, [.reveal(ref)])
        XCTAssertEqual(trail.first?.login, "root")
        XCTAssertTrue(server.log.contains("revealed appeal #\(appeal.raw) to root"), server.log)
        let saved = try DataDirectory(path: data).open().registry
        XCTAssertEqual(saved.text(saved.appeals[appeal].phone), typed, "the files keep the real number")
    }

    func testAfterSIGKILLEveryAcknowledgedEditIsThereAndTheClientCatchesUp() throws {
        let (data, socket) = try street()
        var server = try ServerProcess(data: data, socket: socket)
        var (replica, copy) = try ServerReplica.connect(to: socket)
        let appeals = Array(copy.appeals.liveIDs.prefix(5000))
        // SIGKILL from outside, half a second into a stream of edits.
        let killer = Process()
        killer.executableURL = URL(fileURLWithPath: "/bin/sh")
        killer.arguments = ["-c", "sleep 0.5; kill -9 \(server.pid)"]
        try killer.run()
        var acknowledged: [UInt64] = []
        var unknown = 0
        for appeal in appeals {
            do {
                _ = try replica.submit([.reveal(RecordRef(.appeal, appeal.raw))], to: &copy)
                acknowledged.append(replica.sequence)
            } catch {
                if case .outcomeUnknown = error { unknown += 1 }
                break
            }
        }
        killer.waitUntilExit()
        server.waitUntilExit()
        XCTAssertGreaterThan(acknowledged.count, 0, "edits were acknowledged before the kill")
        XCTAssertLessThan(acknowledged.count, appeals.count, "the kill came during the edits")

        server = try ServerProcess(data: data, socket: socket)
        let trail = try AuditTrail.entries(of: DataDirectory(path: data))
        let journaled = Set(trail.map(\.sequence))
        XCTAssertTrue(Set(acknowledged).isSubset(of: journaled), "every acknowledged edit is on disk")
        XCTAssertLessThanOrEqual(trail.count, acknowledged.count + unknown, "nothing was journaled that was never sent")
        let deadline = Date().addingTimeInterval(15)
        while replica.sequence < (trail.last?.sequence ?? 0) || !replica.isConnected, Date() < deadline {
            _ = try? replica.poll(&copy)
            usleep(50_000)
        }
        XCTAssertTrue(replica.isConnected, server.log)
        XCTAssertEqual(replica.sequence, trail.last?.sequence, "the client caught up from its sequence")
        XCTAssertTrue(server.log.contains("records to catch up"), server.log)
    }

    /// A coordinator's dashboard on another OS account: it opens on the server's copy, follows
    /// others' edits, says when the server is gone, and catches up once it is back.
    func testTheDashboardFollowsTheServerAndReconnectsAfterAKill() throws {
        try requireUnprivilegedUser()
        let (data, socket) = try street()
        var server = try ServerProcess(data: data, socket: socket)
        XCTAssertEqual(try JiedaoBinary.run(["user", "add", user, "--name", "周协调", "--role", "admin", "--server", socket]).status, 0, server.log)
        let session = try TmuxSession(width: 80, height: 24, command: ["/usr/sbin/runuser", "-u", user, "--", JiedaoBinary.path, "--server", socket, "--lang", "en"],
                                      environment: ["TERM": "xterm"])
        XCTAssertTrue(session.waitFor("Appeals to dispatch", timeout: 30), session.screen())
        session.press(.pane(Pane.users.rawValue))
        XCTAssertTrue(session.waitFor("周协调"), session.screen())
        XCTAssertEqual(try JiedaoBinary.run(["user", "add", "srvtest1", "--name", "测试甲", "--server", socket]).status, 0)
        XCTAssertTrue(session.waitFor("测试甲"), "another client's edit shows at once:\n\(session.screen())")

        server.kill()
        XCTAssertTrue(session.waitFor("Cannot reach the data server"), session.screen())
        server = try ServerProcess(data: data, socket: socket)
        XCTAssertEqual(try JiedaoBinary.run(["user", "add", "srvtest2", "--name", "测试乙", "--server", socket]).status, 0, server.log)
        XCTAssertTrue(session.waitFor("测试乙", timeout: 15), "the dashboard reconnected and caught up:\n\(session.screen())\n\(server.log)")
        XCTAssertTrue(session.screen().contains("测试甲"), "the user's place and the rows before the kill are kept")
        session.press(.quit)
        XCTAssertTrue(session.waitForExit())
    }

    /// Bad frames close the connection that sent them, with the reason logged; a client that
    /// stops reading is dropped; the server and the other clients go on.
    func testBadFramesAndAClientThatStopsReadingAffectOnlyThemselves() throws {
        let (data, socket) = try street()
        let server = try ServerProcess(data: data, socket: socket, environment: ["JIEDAO_SERVER_OUTBOX_BYTES": "16384"])
        var (replica, copy) = try ServerReplica.connect(to: socket)

        func waitForLog(_ text: String) -> Bool {
            let deadline = Date().addingTimeInterval(10)
            while !server.log.contains(text), Date() < deadline { usleep(20_000) }
            return server.log.contains(text)
        }
        let garbage = try UnixSocket.connect(to: socket)
        try garbage.sendAll(Array("GET / HTTP/1.1\r\n\r\n".utf8))
        XCTAssertTrue(waitForLog("frame of"), server.log)
        let early = try UnixSocket.connect(to: socket)
        try early.sendAll(try WireMessage.compact(request: 1).encoded())
        XCTAssertTrue(waitForLog("a request before the hello"), server.log)
        let unknown = try UnixSocket.connect(to: socket)
        try unknown.sendAll([1, 0, 0, 0, 0x7f])
        XCTAssertTrue(waitForLog("unknown frame kind 0x7f"), server.log)
        for socket in [garbage, early, unknown] {
            XCTAssertTrue(socket.wait(for: Int16(POLLIN), milliseconds: 5000))
            XCTAssertNil(try socket.receiveSome(), "the server closed the connection")
            socket.close()
        }

        // A client that says hello and never reads while records keep coming.
        let sleeper = try UnixSocket.connect(to: socket)
        defer { sleeper.close() }
        try sleeper.sendAll(try WireMessage.hello(version: WireMessage.version, known: nil).encoded())
        for appeal in copy.appeals.liveIDs.prefix(400) {
            _ = try replica.submit([.reveal(RecordRef(.appeal, appeal.raw))], to: &copy)
        }
        XCTAssertTrue(waitForLog("stopped reading"), server.log)
        XCTAssertTrue(server.isRunning)
        XCTAssertEqual(replica.sequence, 400, "the client that reads got every answer")
        let later = try ServerReplica.connect(to: socket)
        XCTAssertEqual(later.replica.sequence, 400, "a new client still connects")
    }

    /// A compaction through the server keeps the retention period: the files lose the names and
    /// phones of long-closed appeals, and new clients do not get even their masked form.
    func testACompactionThroughTheServerErasesWhatIsPastTheRetentionPeriod() throws {
        let (data, socket) = try street()
        let registry = try DataDirectory(path: data).open().registry
        let closed = try XCTUnwrap(registry.appeals.liveIDs.first {
            registry.appeals[$0].progress.state == .closed && !registry.text(registry.appeals[$0].submitter).isEmpty
        })
        let later = String(Int64(Date().timeIntervalSince1970) + 400 * 86_400)
        let server = try ServerProcess(data: data, socket: socket, environment: ["JIEDAO_NOW": later])
        var (replica, copy) = try ServerReplica.connect(to: socket)
        XCTAssertTrue(copy.text(copy.appeals[closed].submitter).hasSuffix("*"))
        var settings = copy.settings
        settings.personalDataRetentionDays = 30
        _ = try replica.submit([.changeSettings(version: settings.version, settings)], to: &copy)
        try replica.compact(&copy)
        let fresh = try ServerReplica.connect(to: socket).registry
        XCTAssertEqual(fresh.text(fresh.appeals[closed].submitter), "", server.log)
        XCTAssertEqual(fresh.text(fresh.appeals[closed].phone), "")
        let saved = try DataDirectory(path: data).open().registry
        XCTAssertEqual(saved.text(saved.appeals[closed].submitter), "")
        XCTAssertEqual(saved.retentionReport(at: Int64(later) ?? 0).pastRetention, 0)
    }

    /// A client that connects after edits gets the snapshot the server already encoded and the
    /// records after it, applied before it starts, so it waits for no new encoding.
    func testANewClientAfterEditsGetsTheEncodedSnapshotAndTheRecordsAfterIt() throws {
        let (data, socket) = try street()
        let server = try ServerProcess(data: data, socket: socket)
        var (first, copy) = try ServerReplica.connect(to: socket)
        for login in ["srvnew1", "srvnew2", "srvnew3"] {
            _ = try first.submit([.create(.user, [FieldChange("login", .text(login)), FieldChange("name", .text(login)), FieldChange("role", .int(1))])], to: &copy)
        }
        var (second, fresh) = try ServerReplica.connect(to: socket)
        XCTAssertTrue(server.log.contains("(snapshot of record 0 and 3 records after it)"), server.log)
        XCTAssertEqual(second.sequence, 3)
        XCTAssertNotNil(fresh.user(login: "srvnew3"), "the records after the snapshot are in the copy when connect returns")
        XCTAssertEqual(fresh, copy)
        XCTAssertEqual(try second.poll(&fresh).entries, [], "records the copy started with are not told as others' edits")
    }

    /// A client that is not jiedao at all: a script run as the test user sends frames made by
    /// hand, a settings change whose record claims root as its author. The server judges it by
    /// the peer's login: refused for a supervisor, journaled under that login for an admin.
    func testAHandMadeFrameIsJudgedByThePeersLoginNotByWhatItClaims() throws {
        try requireUnprivilegedUser()
        let (data, socket) = try street()
        let base = (data as NSString).deletingLastPathComponent
        var settings = try DataDirectory(path: data).open().registry.settings
        let server = try ServerProcess(data: data, socket: socket)
        XCTAssertEqual(try JiedaoBinary.run(["user", "add", user, "--role", "supervisor", "--server", socket]).status, 0, server.log)
        settings.streetName = "手工帧街道"
        // The submit frame as jiedao makes it, with its record's author changed by hand to root.
        let made = try WireMessage.submit(request: 7, edits: [.changeSettings(version: settings.version, settings)]).encoded()
        let json = String(decoding: made.dropFirst(9), as: UTF8.self)
        XCTAssertTrue(json.contains("\"login\":\"\""), json)
        let claim = Array(json.replacingOccurrences(of: "\"login\":\"\"", with: "\"login\":\"root\"").utf8)
        var body: [UInt8] = Array(made[4..<9])
        body += claim
        var frames = try WireMessage.hello(version: WireMessage.version, known: nil).encoded()
        withUnsafeBytes(of: UInt32(body.count).littleEndian) { frames += $0 }
        frames += body
        let framesPath = base + "/frames.bin"
        try Data(frames).write(to: URL(fileURLWithPath: framesPath))
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: framesPath)
        let script = """
        import socket, sys
        s = socket.socket(socket.AF_UNIX)
        s.connect(sys.argv[1])
        s.sendall(open(sys.argv[2], 'rb').read())
        s.settimeout(3)
        got = b''
        try:
            while True:
                chunk = s.recv(1 << 20)
                if not chunk:
                    break
                got += chunk
        except socket.timeout:
            pass
        sys.stdout.buffer.write(got)
        """

        func answer() throws -> WireMessage? {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/sbin/runuser")
            process.arguments = ["-u", user, "--", "/usr/bin/python3", "-c", script, socket, framesPath]
            let out = Pipe()
            process.standardOutput = out
            try process.run()
            let bytes = out.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            var reader = WireFrameReader()
            reader.append(bytes)
            while let message = try reader.next() {
                switch message {
                case .accepted(7, _), .refused(7, _, _): return message
                default: continue
                }
            }
            return nil
        }

        let refused = try answer()
        guard case .refused(_, _, let message) = refused else { return XCTFail("expected a refusal, got \(String(describing: refused))\n\(server.log)") }
        XCTAssertTrue(message.en.contains("supervisor"), message.en)
        XCTAssertEqual(try DataDirectory(path: data).open().registry.settings.streetName, "桂香街道", "nothing was stored")

        XCTAssertEqual(try JiedaoBinary.run(["user", "role", user, "admin", "--server", socket]).status, 0)
        let accepted = try answer()
        guard case .accepted = accepted else { return XCTFail("expected the change accepted, got \(String(describing: accepted))\n\(server.log)") }
        let trail = try AuditTrail.entries(of: DataDirectory(path: data))
        let saved = try DataDirectory(path: data).open().registry
        XCTAssertEqual(saved.settings.streetName, "手工帧街道")
        XCTAssertEqual(trail.last?.login, user, "the author is the peer, not the root the record claimed")
        XCTAssertEqual(trail.last?.user, saved.user(login: user)?.raw)
    }
}
