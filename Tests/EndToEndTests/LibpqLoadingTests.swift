import Foundation
import XCTest

/// libpq is opened when a command first speaks to PostgreSQL, not linked into jiedao.
final class LibpqLoadingTests: XCTestCase {
    func testTheBinaryDoesNotNeedLibpqToStart() throws {
        let ldd = Process()
        ldd.executableURL = URL(fileURLWithPath: "/usr/bin/ldd")
        ldd.arguments = [JiedaoBinary.path]
        let out = Pipe()
        ldd.standardOutput = out
        try ldd.run()
        let libraries = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        ldd.waitUntilExit()
        XCTAssertTrue(libraries.contains("libc.so"), libraries)
        XCTAssertFalse(libraries.contains("libpq"), "libpq and its TLS and Kerberos libraries would load on every start:\n\(libraries)")
    }

    func testAMissingLibpqIsAClearErrorOnlyForTheCommandsThatNeedIt() throws {
        let missing = ["JIEDAO_LIBPQ": "/nonexistent/libpq.so.5"]
        let rollup = try JiedaoBinary.run(["summary", "--rollup", "postgresql://nobody@/postgres?host=/nonexistent", "--lang", "en"],
                                          environment: missing)
        XCTAssertEqual(rollup.status, 1, rollup.stderr)
        XCTAssertTrue(rollup.stderr.contains("PostgreSQL's client library could not be loaded"), rollup.stderr)
        XCTAssertTrue(rollup.stderr.contains("/nonexistent/libpq.so.5"), rollup.stderr)

        let directory = try JiedaoBinary.temporaryDirectory() + "/data"
        let demo = try JiedaoBinary.run(["demo", "--out", directory], environment: missing)
        XCTAssertEqual(demo.status, 0, demo.stderr)
        let summary = try JiedaoBinary.run(["summary", "--json", "--data", directory], environment: missing)
        XCTAssertEqual(summary.status, 0, summary.stderr)
        XCTAssertTrue(summary.stdout.contains("\"appeals\""), summary.stdout)
    }
}
