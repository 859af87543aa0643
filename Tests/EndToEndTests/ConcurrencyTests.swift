import Foundation
import JiedaoCore
import JiedaoStore
import XCTest

/// Several real processes on one data directory.
final class ConcurrencyTests: XCTestCase {
    private func demo(_ name: String = #function) throws -> String {
        let directory = try JiedaoBinary.temporaryDirectory(name) + "/street"
        XCTAssertEqual(try JiedaoBinary.run(["demo", "--scale", "street", "--out", directory]).status, 0)
        return directory
    }

    private func start(_ arguments: [String]) throws -> (Process, Pipe) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: JiedaoBinary.path)
        process.arguments = arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        return (process, out)
    }

    func testManyWritersAtOnceLoseNothing() throws {
        let directory = try demo()
        let before = try DataDirectory(path: directory).open().registry.compounds.count
        let writers = 4
        let edits = 60
        let processes = try (0..<writers).map { w in
            try start(["_stress", "--data", directory, "--count", "\(edits)", "--writer", "w\(w)"])
        }
        for (process, out) in processes {
            _ = out.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            XCTAssertEqual(process.terminationStatus, 0)
        }
        let (session, registry) = try DataDirectory(path: directory).open()
        XCTAssertEqual(registry.compounds.count, before + writers * edits)
        XCTAssertEqual(session.sequence, UInt64(writers * edits))
        let names = Set((before..<registry.compounds.count).map { registry.text(registry.compounds.rows[$0].name) })
        for w in 0..<writers {
            for n in 1...edits { XCTAssertTrue(names.contains("stress-w\(w)-\(n)"), "missing stress-w\(w)-\(n)") }
        }
        XCTAssertEqual(try JiedaoBinary.run(["check", "--data", directory]).status, 0)
    }

    func testTwoConflictingEditsExactlyOneApplies() throws {
        let directory = try demo()
        let go = directory + "/../go"
        let contenders = try (0..<2).map { n in
            try start(["_stress", "--data", directory, "--compound", "3", "--against-version", "1", "--start", "\(500 + n)", "--wait-for", go, "--lang", "en"])
        }
        XCTAssertTrue(FileManager.default.createFile(atPath: go, contents: Data()))
        var answers: [String] = []
        for (process, out) in contenders {
            answers.append(String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
            process.waitUntilExit()
        }
        XCTAssertEqual(answers.filter { $0 == "applied" }.count, 1, "\(answers)")
        let refusal = try XCTUnwrap(answers.first { $0.hasPrefix("refused") })
        XCTAssertTrue(refusal.contains("changed by someone else"), refusal)
        let households = try DataDirectory(path: directory).open().registry.compounds[CompoundID(3)].households
        XCTAssertTrue(households == 500 || households == 501)
    }

    func testCompactingWhileAnotherProcessWrites() throws {
        let directory = try demo()
        let (writer, out) = try start(["_stress", "--data", directory, "--count", "1500"])
        var compactions = 0
        while writer.isRunning, compactions < 4 {
            let result = try JiedaoBinary.run(["compact", "--data", directory])
            XCTAssertEqual(result.status, 0, result.stderr)
            compactions += 1
        }
        let acks = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).split(separator: "\n")
        writer.waitUntilExit()
        XCTAssertEqual(writer.terminationStatus, 0)
        XCTAssertEqual(acks.last?.split(separator: " ").prefix(2).joined(separator: " "), "ack 1500")
        XCTAssertGreaterThan(compactions, 1)
        let (session, registry) = try DataDirectory(path: directory).open()
        XCTAssertEqual(registry.compounds[CompoundID(0)].households, 1500)
        XCTAssertEqual(session.sequence, 1500)
        XCTAssertEqual(try JiedaoBinary.run(["check", "--data", directory]).status, 0)
        let log = try JiedaoBinary.run(["log", "--data", directory])
        XCTAssertEqual(log.stdout.split(separator: "\n").count, 1500, "the audit trail spans the archived journals")
    }

    /// A coordinator edits in one terminal; the supervisor's summary in another changes.
    func testTheSupervisorSeesTheCoordinatorsEdit() throws {
        let directory = try demo()
        let registry = try DataDirectory(path: directory).open().registry
        let name = registry.text(registry.compounds[CompoundID(0)].name)
        let supervisor = try TmuxSession(command: [JiedaoBinary.path, "watch", "--data", directory, "--lang", "zh"])
        XCTAssertTrue(supervisor.waitFor("党组织覆盖"), supervisor.screen())
        XCTAssertFalse(supervisor.screen().contains("最近修改"))
        let coordinator = try TmuxSession(command: [JiedaoBinary.path, "--data", directory, "--lang", "zh"])
        XCTAssertTrue(coordinator.waitFor("社区"), coordinator.screen())
        coordinator.send("3", "e", "Tab", "Tab", "Tab", "C-u")
        coordinator.type("2468")
        coordinator.send("Enter")
        XCTAssertTrue(coordinator.waitFor("已保存：修改小区"), coordinator.screen())
        XCTAssertTrue(supervisor.waitFor("最近修改"), supervisor.screen())
        XCTAssertTrue(supervisor.screen().contains(name), supervisor.screen())
        supervisor.send("3", "e")
        XCTAssertTrue(supervisor.waitFor("只读"), supervisor.screen())
        coordinator.send("q")
        supervisor.send("q")
        XCTAssertTrue(coordinator.waitForExit())
        XCTAssertTrue(supervisor.waitForExit())
    }

    func testWatchNeedsOnlyReadPermissionAndWritesNothing() throws {
        let directory = try demo()
        let before = try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
        let supervisor = try TmuxSession(command: [JiedaoBinary.path, "watch", "--data", directory])
        XCTAssertTrue(supervisor.waitFor("Party coverage"), supervisor.screen())
        supervisor.send(":")
        supervisor.type("w")
        supervisor.send("Enter")
        XCTAssertTrue(supervisor.waitFor("Read-only"), supervisor.screen())
        supervisor.send("q")
        XCTAssertTrue(supervisor.waitForExit())
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory).sorted(), before, "watch created no file")
    }
}
