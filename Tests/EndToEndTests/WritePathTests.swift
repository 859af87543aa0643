import Foundation
import JiedaoCore
import JiedaoStore
import XCTest

/// The write path judged from outside: real processes killed, racing and failing on I/O.
/// What a process reported must always equal what is on disk.
final class WritePathTests: XCTestCase {
    private func demo(_ name: String = #function) throws -> (directory: String, base: String) {
        let base = try JiedaoBinary.temporaryDirectory("write-" + name)
        let directory = base + "/street"
        let made = try JiedaoBinary.run(["demo", "--scale", "street", "--out", directory])
        XCTAssertEqual(made.status, 0, made.stderr)
        return (directory, base)
    }

    /// A small street (the running login as admin, one community): each process in a sweep or a
    /// kill round then spends its time on the write path rather than on loading the demo street.
    private func smallStreet(_ name: String = #function, at path: String? = nil) throws -> (directory: String, base: String) {
        let base = try JiedaoBinary.temporaryDirectory("write-" + name)
        let directory = path ?? base + "/street"
        let login = getpwuid(geteuid()).map { String(cString: $0.pointee.pw_name) } ?? "root"
        var registry = Registry()
        let now = Int64(Date().timeIntervalSince1970)
        try registry.apply(.create(.user, [FieldChange("login", .text(login)), FieldChange("name", .text("管理员")),
                                           FieldChange("role", .int(Int64(Role.admin.rawValue)))]), by: nil, at: now)
        try registry.apply(.create(.community, [FieldChange("name", .text("侨香社区"))]), by: UserID(0), at: now)
        try DataDirectory(path: directory).create(registry, author: login, at: now)
        return (directory, base)
    }

    /// A sheet of `rows` new compounds named `PREFIX-N`.
    private func sheet(_ base: String, prefix: String, rows: Int) throws -> String {
        let path = base + "/\(prefix).csv"
        var text = "名称,社区,类型,户数\r\n"
        for n in 1...rows { text += "\(prefix)-\(n),侨香社区,商品房,\(100 + n)\r\n" }
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// How many compounds of each prefix the data set holds.
    private func imported(_ directory: String) throws -> [String: Int] {
        let registry = try DataDirectory(path: directory).open().registry
        var counts: [String: Int] = [:]
        for id in registry.compounds.liveIDs {
            let name = registry.text(registry.compounds.rows[Int(id.raw)].name)
            guard let dash = name.lastIndex(of: "-") else { continue }
            counts[String(name[..<dash]), default: 0] += 1
        }
        return counts
    }

    private func assertSound(_ directory: String, _ context: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let check = try JiedaoBinary.run(["check", "--data", directory, "--lang", "en"])
        XCTAssertEqual(check.status, 0, context + ": " + check.stdout + check.stderr, file: file, line: line)
    }

    private func start(_ arguments: [String], environment: [String: String] = [:]) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: JiedaoBinary.path)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    func testAnImportKilledAtAnyMomentIsWholeOrAbsent() throws {
        let (directory, base) = try smallStreet()
        let rounds = 100
        var whole = 0
        var generator = SystemRandomNumberGenerator()
        // Kill anywhere within an import's whole life (start-up, planning, the write, the sync, exit).
        let timing = Date()
        XCTAssertEqual(try JiedaoBinary.run(["import", "--data", directory, "--table", "compounds", try sheet(base, prefix: "timing", rows: 50)]).status, 0)
        let window = UInt32(min(2.0, Date().timeIntervalSince(timing) * 1.2) * 1_000_000)
        for round in 1...rounds {
            let file = try sheet(base, prefix: "kill\(round)", rows: 50)
            let process = try start(["import", "--data", directory, "--table", "compounds", file])
            usleep(UInt32.random(in: 0...window, using: &generator))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let count = try imported(directory)["kill\(round)", default: 0]
            XCTAssertTrue(count == 0 || count == 50, "round \(round): \(count) of 50 rows")
            if count == 50 { whole += 1 }
            if round % 25 == 0 { try assertSound(directory, "after round \(round)") }
        }
        print("killed imports (SIGKILL within \(window / 1000) ms): \(whole) of \(rounds) complete, \(rounds - whole) absent, none partial")
        XCTAssertGreaterThan(rounds - whole, 0, "no kill landed before the import finished")
    }

    func testEightImportersAtOnceAllLand() throws {
        let (directory, base) = try demo()
        let files = try (0..<8).map { try sheet(base, prefix: "writer\($0)", rows: 50) }
        let before = try DataDirectory(path: directory).open().registry.compounds.count
        let processes = try files.map { try start(["import", "--data", directory, "--table", "compounds", $0]) }
        for process in processes {
            process.waitUntilExit()
            XCTAssertEqual(process.terminationStatus, 0)
        }
        let counts = try imported(directory)
        for n in 0..<8 { XCTAssertEqual(counts["writer\(n)"], 50, "writer\(n)") }
        XCTAssertEqual(try DataDirectory(path: directory).open().registry.compounds.count, before + 400)
        try assertSound(directory, "after eight importers")
    }

    /// Runs `arguments` with the Nth call of `operation` failing, for N = 1, 2, … until a run
    /// injects nothing; `verify` judges each run. Returns how many runs were made.
    @discardableResult
    private func sweep(_ operation: String, code: String, environment: [String: String] = [:], limit: Int = 400,
                       _ arguments: (Int) throws -> [String], verify: (Int, JiedaoBinary.Output) throws -> Void) throws -> Int {
        for n in 1...limit {
            var env = environment
            env["JIEDAO_FAULT"] = "\(operation):\(n):\(code)"
            let output = try JiedaoBinary.run(arguments(n), environment: env)
            try verify(n, output)
            if !output.stderr.contains("injected fault") { return n }
        }
        XCTFail("\(operation) never stopped failing within \(limit) runs")
        return limit
    }

    func testEveryFailedFileOperationDuringAnImportLeavesWhatTheUserWasTold() throws {
        let (directory, base) = try smallStreet()
        var runs = 0
        var refused = 0
        // Compacting after every append puts the snapshot, archive and rename steps in each import too.
        let environment = ["JIEDAO_AUTO_COMPACT_BYTES": "1", "JIEDAO_JOURNAL_PART_BYTES": "4000"]
        for (operation, code) in [("open", "EIO"), ("write", "ENOSPC"), ("fsync", "EIO"), ("rename", "ENOSPC"), ("ftruncate", "EIO")] {
            runs += try sweep(operation, code: code, environment: environment, { n in
                ["import", "--data", directory, "--table", "compounds", try self.sheet(base, prefix: "\(operation)\(n)", rows: 50), "--lang", "en"]
            }, verify: { n, output in
                let count = try self.imported(directory)["\(operation)\(n)", default: 0]
                let context = "\(operation) #\(n): status \(output.status), \(count) rows on disk\n\(output.stdout)\(output.stderr)"
                if output.status == 0 {
                    XCTAssertEqual(count, 50, context)
                    XCTAssertTrue(output.stdout.contains("Imported 50 rows"), context)
                } else {
                    refused += 1
                    XCTAssertEqual(count, 0, context)
                    XCTAssertFalse(output.stdout.contains("Imported"), context)
                }
                try self.assertSound(directory, context)
            })
        }
        // A failed write whose cut-back fails too: the process says it stopped, and the torn frame is not data.
        let file = try sheet(base, prefix: "double", rows: 50)
        let double = try JiedaoBinary.run(["import", "--data", directory, "--table", "compounds", file, "--lang", "en"],
                                          environment: ["JIEDAO_FAULT": "write:1:ENOSPC,ftruncate:1:EIO"])
        XCTAssertNotEqual(double.status, 0)
        XCTAssertTrue(double.stderr.contains("accepts no more changes"), double.stderr)
        XCTAssertEqual(try imported(directory)["double", default: 0], 0)
        try assertSound(directory, "after the double fault")
        print("import fault sweep: \(runs) runs, \(refused) refused with nothing on disk, the rest complete")
    }

    func testEveryFailedFileOperationDuringAnEditBackupAndCompactionIsHonest() throws {
        let (directory, base) = try smallStreet()
        var runs = 0
        for (operation, code) in [("open", "ENOSPC"), ("write", "EIO"), ("fsync", "ENOSPC"), ("rename", "EIO"), ("ftruncate", "ENOSPC")] {
            // One dashboard-sized edit (a new compound), compacting afterwards.
            runs += try sweep(operation, code: code, environment: ["JIEDAO_AUTO_COMPACT_BYTES": "1"], { n in
                ["_stress", "--data", directory, "--count", "1", "--writer", "\(operation)\(n)"]
            }, verify: { n, output in
                let count = try self.imported(directory)["stress-\(operation)\(n)", default: 0]
                XCTAssertEqual(count, output.status == 0 ? 1 : 0, "\(operation) #\(n): \(output.stdout)\(output.stderr)")
                try self.assertSound(directory, "\(operation) #\(n) edit")
            })
            // A backup is a whole, restorable file or no file at all.
            runs += try sweep(operation, code: code, { n in ["backup", "--data", directory, "--out", base + "/backup-\(operation)\(n)"] },
                              verify: { n, output in
                let path = base + "/backup-\(operation)\(n)"
                let exists = FileManager.default.fileExists(atPath: path)
                XCTAssertEqual(exists, output.status == 0, "\(operation) #\(n) backup: \(output.stderr)")
                if exists {
                    let check = try JiedaoBinary.run(["check", path, "--lang", "en"])
                    XCTAssertEqual(check.status, 0, "\(operation) #\(n) backup file: \(check.stdout)\(check.stderr)")
                }
                let leftovers = try FileManager.default.contentsOfDirectory(atPath: base).filter { $0.contains(".tmp") }
                XCTAssertEqual(leftovers, [], "\(operation) #\(n)")
            })
            // A compaction that fails leaves the data as it was.
            let before = try imported(directory)
            runs += try sweep(operation, code: code, { _ in ["compact", "--data", directory] }, verify: { n, _ in
                XCTAssertEqual(try self.imported(directory), before, "\(operation) #\(n) compact")
                try self.assertSound(directory, "\(operation) #\(n) compact")
            })
        }
        print("edit, backup and compaction fault sweep: \(runs) runs")
    }

    func testAFullDiskRefusesEditsCleanlyAndLosesNone() throws {
        guard getuid() == 0 else { throw XCTSkip("mounting a small tmpfs needs root; run the tests as root to include the disk-full test") }
        let mountPoint = try JiedaoBinary.temporaryDirectory("tmpfs")
        let mount = Process()
        mount.executableURL = URL(fileURLWithPath: "/bin/mount")
        mount.arguments = ["-t", "tmpfs", "-o", "size=8m", "tmpfs", mountPoint]
        try mount.run()
        mount.waitUntilExit()
        if mount.terminationStatus != 0 {
            if ProcessInfo.processInfo.environment["CI"] != nil { return XCTFail("could not mount a tmpfs under CI") }
            throw XCTSkip("could not mount a tmpfs here")
        }
        defer {
            let umount = Process()
            umount.executableURL = URL(fileURLWithPath: "/bin/umount")
            umount.arguments = [mountPoint]
            try? umount.run()
            umount.waitUntilExit()
        }
        let directory = try smallStreet(at: mountPoint + "/street").directory
        let sheets = try JiedaoBinary.temporaryDirectory("tmpfs-sheets")
        // Compaction after 1 MiB of journal: snapshots, their previous copies and the archive fill the disk.
        let environment = ["JIEDAO_AUTO_COMPACT_BYTES": String(1 << 20)]
        var acknowledged = 0
        var refusedInARow = 0
        var round = 0
        var compactionWarnings = 0
        while refusedInARow < 3, round < 150 {
            round += 1
            let file = try sheet(sheets, prefix: "full\(round)", rows: 1000)
            let output = try JiedaoBinary.run(["import", "--data", directory, "--table", "compounds", file, "--lang", "en"], environment: environment)
            let count = try imported(directory)["full\(round)", default: 0]
            if output.stderr.contains("compacting the journal failed") { compactionWarnings += 1 }
            if output.status == 0 {
                XCTAssertEqual(count, 1000, output.stdout + output.stderr)
                acknowledged += 1
                refusedInARow = 0
            } else {
                XCTAssertEqual(count, 0, output.stdout + output.stderr)
                refusedInARow += 1
            }
        }
        let counts = try imported(directory)
        XCTAssertEqual(counts.filter { $0.key.hasPrefix("full") }.values.reduce(0, +), acknowledged * 1000)
        XCTAssertEqual(refusedInARow, 3, "the disk never filled in \(round) imports")
        XCTAssertGreaterThan(acknowledged, 3)
        try assertSound(directory, "on the full disk")
        print("disk full: \(acknowledged) imports acknowledged and on disk, \(round - acknowledged) refused and absent, \(compactionWarnings) compaction warnings")
    }

    func testFilesWithPersonalDataAreForTheOwnerOnly() throws {
        let (directory, base) = try demo()
        let backup = base + "/backup"
        XCTAssertEqual(try JiedaoBinary.run(["backup", "--data", directory, "--out", backup]).status, 0)
        let revealed = base + "/appeals.csv"
        let export = try JiedaoBinary.run(["export", "--data", directory, "--table", "appeals", "--reveal", "--out", revealed])
        XCTAssertEqual(export.status, 0, export.stderr)
        func mode(_ path: String) throws -> Int {
            try XCTUnwrap(FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
        }
        XCTAssertEqual(try mode(backup), 0o600)
        XCTAssertEqual(try mode(revealed), 0o600)
        // The reveals are one record in the audit trail.
        let log = try JiedaoBinary.run(["log", "--data", directory, "--json"])
        XCTAssertEqual(log.stdout.split(separator: "\n").count, 1, log.stdout.prefix(300) + "")
        XCTAssertTrue(log.stdout.contains("\"batch\":true"), String(log.stdout.prefix(300)))
        XCTAssertTrue(log.stdout.contains("\"op\":\"reveal\""), String(log.stdout.prefix(300)))
    }
}
