import Foundation
import JiedaoRollup
import XCTest

/// `jiedao publish` and `jiedao summary --rollup` against a real PostgreSQL server.
final class RollupPublishTests: XCTestCase {
    /// One moment for every figure compared, so overdue counts agree.
    private let now = String(Int(Date().timeIntervalSince1970))

    private func demo(_ directory: String, seed: Int, code: String, district: String) throws {
        let made = try JiedaoBinary.run(["demo", "--out", directory, "--seed", "\(seed)", "--street", "街道\(code)",
                                         "--street-code", code, "--district", district, "--today", "2026-11-20"])
        XCTAssertEqual(made.status, 0, made.stderr)
    }

    private func startPublisher(_ directory: String, _ url: String, once: Bool, chunk: Int? = nil) throws -> (Process, Pipe, Pipe) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: JiedaoBinary.path)
        process.arguments = ["publish", "--data", directory, "--to", url, "--lang", "en"] + (once ? ["--once"] : [])
        var environment = ProcessInfo.processInfo.environment
        if let chunk { environment["JIEDAO_PUBLISH_CHUNK"] = "\(chunk)" }
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        return (process, out, err)
    }

    private func json(_ text: String) throws -> [String: Any] {
        try XCTUnwrap(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any], text)
    }

    private func rollup(_ url: String) throws -> [String: Any] {
        let result = try JiedaoBinary.run(["summary", "--rollup", url, "--json"], environment: ["JIEDAO_NOW": now])
        XCTAssertEqual(result.status, 0, result.stderr)
        return try json(result.stdout)
    }

    func testThreeStreetsPublishAtOnceAndAKilledBackfillResumesExactlyOnce() throws {
        let url = try RollupDatabase.fresh()
        let base = try JiedaoBinary.temporaryDirectory()
        let streets = [("A1", 1), ("B2", 2), ("C3", 3)]
        for (code, seed) in streets { try demo(base + "/" + code, seed: seed, code: code, district: "桂香区") }

        // All three at once; B2 in small chunks, killed once its backfill has reached the appeals.
        let a = try startPublisher(base + "/A1", url, once: true)
        let c = try startPublisher(base + "/C3", url, once: true)
        let b = try startPublisher(base + "/B2", url, once: false, chunk: 500)
        var progress = Data()
        while !String(decoding: progress, as: UTF8.self).contains("table 5, up to 2000") {
            let chunk = b.2.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            progress.append(chunk)
        }
        kill(b.0.processIdentifier, SIGKILL)
        b.0.waitUntilExit()
        XCTAssertTrue(String(decoding: progress, as: UTF8.self).contains("table 5, up to 2000"), String(decoding: progress, as: UTF8.self))
        for (process, _, err) in [a, c] {
            process.waitUntilExit()
            XCTAssertEqual(process.terminationStatus, 0, String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self))
        }

        let database = try PostgresConnection(url: url)
        let marker = try database.execute("SELECT backfill_table, backfill_next, published_sequence FROM streets WHERE street = 'B2'")
        XCTAssertNil(marker.value(0, "published_sequence"), "B2 was killed before its backfill finished")
        let stoppedAt = try XCTUnwrap(marker.value(0, "backfill_next").flatMap { Int($0) })
        XCTAssertGreaterThanOrEqual(stoppedAt, 2000)

        // Restarted, it goes on from the appeals it had reached, not from the first table.
        let resumed = try JiedaoBinary.run(["publish", "--data", base + "/B2", "--to", url, "--once"], environment: ["JIEDAO_PUBLISH_CHUNK": "500"])
        XCTAssertEqual(resumed.status, 0, resumed.stderr)
        let firstStep = resumed.stderr.split(separator: "\n").first.map(String.init) ?? ""
        XCTAssertTrue(firstStep.hasPrefix("Backfill: table 5, up to \(stoppedAt + 500)"), resumed.stderr)

        // Each street's figures in the rollup are its own summary's; the totals are their sums.
        let figures = try rollup(url)
        let published = try XCTUnwrap(figures["streets"] as? [String: Any])
        XCTAssertEqual(Set(published.keys), ["A1", "B2", "C3"])
        var sums: [String: Int] = [:]
        for (code, _) in streets {
            let own = try JiedaoBinary.run(["summary", "--data", base + "/" + code, "--json"], environment: ["JIEDAO_NOW": now])
            XCTAssertEqual(own.status, 0, own.stderr)
            let expected = try json(own.stdout) as NSDictionary
            let street = try XCTUnwrap(published[code] as? [String: Any])
            let actual = try XCTUnwrap(street["summary"] as? [String: Any]) as NSDictionary
            XCTAssertEqual(actual, expected, "street \(code)")
            for key in ["appeals", "appeals_open", "appeals_overdue", "volunteers_behind", "communities", "compounds", "budget_committed"] {
                sums[key, default: 0] += (expected[key] as? Int) ?? -1_000_000
            }
        }
        let total = try XCTUnwrap(figures["total"] as? [String: Any])
        for (key, sum) in sums { XCTAssertEqual(total[key] as? Int, sum, key) }
        // Exactly once: no appeal row twice, none missing.
        let rows = try database.execute("SELECT street, count(*) AS n, count(DISTINCT id) AS ids FROM appeals GROUP BY street ORDER BY street")
        for row in 0..<rows.count { XCTAssertEqual(rows.value(row, "n"), rows.value(row, "ids")) }
    }

    func testAnEditReachesTheRollupWhilePublishing() throws {
        let url = try RollupDatabase.fresh()
        let base = try JiedaoBinary.temporaryDirectory()
        try demo(base + "/data", seed: 1, code: "E1", district: "桂香区")
        let publisher = try startPublisher(base + "/data", url, once: false)
        defer { publisher.0.terminate(); publisher.0.waitUntilExit() }
        func compounds() throws -> Int? {
            ((try rollup(url)["streets"] as? [String: Any])?["E1"] as? [String: Any]).flatMap { ($0["summary"] as? [String: Any])?["compounds"] as? Int }
        }
        var before: Int?
        for _ in 0..<200 where before == nil {
            before = try compounds()
            if before == nil { usleep(100_000) }
        }
        let start = try XCTUnwrap(before, "the backfill never finished")

        let sheet = base + "/compound.csv"
        try Data("名称,社区\r\n发布测试小区,侨香社区\r\n".utf8).write(to: URL(fileURLWithPath: sheet))
        let imported = try JiedaoBinary.run(["import", "--data", base + "/data", "--table", "compounds", sheet])
        XCTAssertEqual(imported.status, 0, imported.stderr)
        var after = start
        for _ in 0..<100 where after == start {
            usleep(100_000)
            after = try compounds() ?? start
        }
        XCTAssertEqual(after, start + 1, "the new compound did not reach the rollup within 10 s")
        let row = try PostgresConnection(url: url).execute("SELECT name FROM compounds WHERE street = 'E1' AND name = '发布测试小区'")
        XCTAssertEqual(row.count, 1)

        // A new code is a new street for the district: the old code's rows go, the new one's come.
        XCTAssertEqual(try JiedaoBinary.run(["settings", "--data", base + "/data", "--street-code", "E9"]).status, 0)
        var codes: Set<String> = []
        for _ in 0..<150 where codes != ["E9"] {
            usleep(100_000)
            codes = Set(((try rollup(url)["streets"] as? [String: Any]) ?? [:]).keys)
        }
        XCTAssertEqual(codes, ["E9"])
        let left = try PostgresConnection(url: url).execute("SELECT count(*) AS n FROM appeals WHERE street = 'E1'")
        XCTAssertEqual(left.value(0, "n"), "0")
    }

    func testPersonalDataIsPublishedMasked() throws {
        let url = try RollupDatabase.fresh()
        let base = try JiedaoBinary.temporaryDirectory()
        try demo(base + "/data", seed: 1, code: "M1", district: "桂香区")
        let published = try JiedaoBinary.run(["publish", "--data", base + "/data", "--to", url, "--once"])
        XCTAssertEqual(published.status, 0, published.stderr)
        let database = try PostgresConnection(url: url)
        for (table, column) in [("appeals", "phone"), ("volunteers", "phone"), ("departments", "phone")] {
            let clear = try database.execute("SELECT count(*) AS n FROM \(table) WHERE \(column) ~ '[0-9]{7}'")
            XCTAssertEqual(clear.value(0, "n"), "0", "\(table).\(column) holds an unmasked phone")
            let any = try database.execute("SELECT count(*) AS n FROM \(table) WHERE \(column) LIKE '%****%'")
            XCTAssertNotEqual(any.value(0, "n"), "0", "\(table).\(column) has no masked phone at all")
        }
        let names = try database.execute("SELECT count(*) AS n FROM appeals WHERE submitter <> '' AND submitter NOT LIKE '_%*'")
        XCTAssertEqual(names.value(0, "n"), "0")
    }

    func testFaultsAreClearMessages() throws {
        let base = try JiedaoBinary.temporaryDirectory()
        try demo(base + "/data", seed: 1, code: "F1", district: "桂香区")
        let unreachable = try JiedaoBinary.run(["publish", "--data", base + "/data", "--to", "postgresql://nobody@/postgres?host=/nonexistent", "--once"])
        XCTAssertEqual(unreachable.status, 1)
        XCTAssertTrue(unreachable.stderr.contains("Cannot connect to PostgreSQL at postgresql://nobody@/postgres?host=/nonexistent"), unreachable.stderr)
        let rollup = try JiedaoBinary.run(["summary", "--rollup", "postgresql://nobody:secret@/postgres?host=/nonexistent"])
        XCTAssertEqual(rollup.status, 1)
        XCTAssertTrue(rollup.stderr.contains("nobody:***@"), rollup.stderr)
        XCTAssertFalse(rollup.stderr.contains("secret"), "the password reached the terminal")

        let url = try RollupDatabase.fresh()
        let noCode = base + "/nocode"
        XCTAssertEqual(try JiedaoBinary.run(["init", "--data", noCode, "--street", "无编码街道"]).status, 0)
        let refused = try JiedaoBinary.run(["publish", "--data", noCode, "--to", url, "--once"])
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.stderr.contains("jiedao settings --street-code"), refused.stderr)

        XCTAssertEqual(try JiedaoBinary.run(["publish", "--data", base + "/data", "--to", url, "--once"]).status, 0)
        try PostgresConnection(url: url).execute("UPDATE jiedao_schema SET version = 9")
        let newer = try JiedaoBinary.run(["summary", "--rollup", url])
        XCTAssertEqual(newer.status, 1)
        XCTAssertTrue(newer.stderr.contains("version 9 of the rollup tables, newer than this jiedao's version 1"), newer.stderr)
        try PostgresConnection(url: url).execute("UPDATE jiedao_schema SET version = 0")
        let older = try JiedaoBinary.run(["publish", "--data", base + "/data", "--to", url, "--once"])
        XCTAssertEqual(older.status, 1)
        XCTAssertTrue(older.stderr.contains("version 0 of the rollup tables, which this jiedao cannot migrate"), older.stderr)
    }

    func testAPublisherWaitsForAServerThatIsAway() throws {
        let base = try JiedaoBinary.temporaryDirectory()
        try demo(base + "/data", seed: 1, code: "R1", district: "桂香区")
        let publisher = try startPublisher(base + "/data", "postgresql://nobody@/postgres?host=/nonexistent", once: false)
        var said = ""
        let deadline = Date().addingTimeInterval(10)
        while !said.contains("retrying in 2 s"), Date() < deadline {
            let chunk = publisher.2.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            said += String(decoding: chunk, as: UTF8.self)
        }
        XCTAssertTrue(publisher.0.isRunning, "a server that is away is waited for, not a reason to stop")
        publisher.0.terminate()
        publisher.0.waitUntilExit()
        XCTAssertTrue(said.contains("Cannot connect to PostgreSQL at postgresql://nobody@/postgres?host=/nonexistent"), said)
        XCTAssertTrue(said.contains("; retrying in 1 s") && said.contains("; retrying in 2 s"), "the pause grows: \(said)")
    }
}

/// `jiedao watch --rollup` in a real terminal: the streets, live, as they publish.
final class RollupWatchTests: XCTestCase {
    func testTheDistrictScreenFollowsAPublishingStreet() throws {
        let url = try RollupDatabase.fresh()
        let base = try JiedaoBinary.temporaryDirectory()
        for (code, seed) in [("W1", 1), ("W2", 2)] {
            let made = try JiedaoBinary.run(["demo", "--out", base + "/" + code, "--seed", "\(seed)", "--street", "街道\(code)",
                                             "--street-code", code, "--district", "桂香区"])
            XCTAssertEqual(made.status, 0, made.stderr)
            XCTAssertEqual(try JiedaoBinary.run(["publish", "--data", base + "/" + code, "--to", url, "--once"]).status, 0)
        }
        let publisher = Process()
        publisher.executableURL = URL(fileURLWithPath: JiedaoBinary.path)
        publisher.arguments = ["publish", "--data", base + "/W2", "--to", url]
        publisher.standardOutput = FileHandle.nullDevice
        publisher.standardError = FileHandle.nullDevice
        try publisher.run()
        defer { publisher.terminate(); publisher.waitUntilExit() }

        let session = try TmuxSession(width: 80, height: 24, command: [JiedaoBinary.path, "watch", "--rollup", url, "--district", "桂香区", "--lang", "en"],
                                      environment: ["TERM": "xterm"])
        defer { session.kill() }
        XCTAssertTrue(session.waitFor("2 streets · total appeals 60,000"), session.screen())
        XCTAssertTrue(session.screen().contains("街道W1 (demo)"), session.screen())

        // A street renames itself: the screen shows it once the publisher has passed it on.
        let renamed = try JiedaoBinary.run(["settings", "--data", base + "/W2", "--street", "新安街道"])
        XCTAssertEqual(renamed.status, 0, renamed.stderr)
        XCTAssertTrue(session.waitFor("新安街道 (demo)", timeout: 15), session.screen())

        session.send("j", "Enter")
        XCTAssertTrue(session.waitFor("Streets · 桂香区 › 新安街道"), session.screen())
        XCTAssertTrue(session.screen().contains("侨香社区"), session.screen())
        session.send("Escape", "q")
        XCTAssertTrue(session.waitForExit(), session.screen())
    }
}
