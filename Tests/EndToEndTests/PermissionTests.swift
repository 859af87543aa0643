import Foundation
import XCTest

/// Permission failures as an unprivileged user sees them (root ignores file modes).
final class PermissionTests: XCTestCase {
    private let user = "jiedao-ci"

    private func requireUnprivilegedUser() throws {
        guard getuid() == 0 else { throw XCTSkip("needs root to switch to the unprivileged test user") }
        guard getpwnam(user) != nil, FileManager.default.isExecutableFile(atPath: "/usr/sbin/runuser") else {
            throw XCTSkip("the user \(user) is created by .ci/run")
        }
    }

    func testADirectoryWithoutPermissionGivesAClearMessage() throws {
        try requireUnprivilegedUser()
        let base = try JiedaoBinary.temporaryDirectory()
        let directory = base + "/data"
        XCTAssertEqual(try JiedaoBinary.run(["demo", "--scale", "street", "--out", directory]).status, 0)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: base)
        try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: directory)
        let result = try JiedaoBinary.run(["summary", "--data", directory, "--lang", "en"], user: user)
        XCTAssertNotEqual(result.status, 0)
        XCTAssertTrue(result.stderr.contains("permission denied"), result.stderr)
    }

    func testReadOnlyAccessStillReadsTheFigures() throws {
        try requireUnprivilegedUser()
        let base = try JiedaoBinary.temporaryDirectory()
        let directory = base + "/data"
        XCTAssertEqual(try JiedaoBinary.run(["demo", "--scale", "street", "--out", directory]).status, 0)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: base)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: directory)
        for file in ["snapshot", "journal"] {
            try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: directory + "/" + file)
        }
        let result = try JiedaoBinary.run(["summary", "--data", directory, "--json"], user: user)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("\"appeals\":30000"), result.stdout)
    }

    /// A department's handler reads the appeals dispatched to the department, and no other table.
    func testAHandlerExportsOnlyTheirDepartmentsAppeals() throws {
        try requireUnprivilegedUser()
        let base = try JiedaoBinary.temporaryDirectory()
        let directory = base + "/data"
        XCTAssertEqual(try JiedaoBinary.run(["demo", "--scale", "street", "--out", directory]).status, 0)
        let department = "城市管理和综合执法局"
        let added = try JiedaoBinary.run(["user", "add", "--data", directory, user, "--name", "孙八", "--role", "handler", "--department", department])
        XCTAssertEqual(added.status, 0, added.stderr)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: base)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: directory)
        for file in ["snapshot", "journal"] {
            try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: directory + "/" + file)
        }
        let everything = try JiedaoBinary.run(["export", "--data", directory, "--table", "appeals", "--format", "json"])
        let all = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(everything.stdout.utf8)) as? [[String: Any]])
        let theirs = all.filter { $0["handler"] as? String == department }
        XCTAssertGreaterThan(theirs.count, 0)
        XCTAssertLessThan(theirs.count, all.count)

        let exported = try JiedaoBinary.run(["export", "--data", directory, "--table", "appeals", "--format", "json", "--lang", "en"], user: user)
        XCTAssertEqual(exported.status, 0, exported.stderr)
        let rows = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(exported.stdout.utf8)) as? [[String: Any]])
        XCTAssertEqual(rows.map { $0["id"] as? Int }, theirs.map { $0["id"] as? Int }, "exactly the department's appeals")
        let refused = try JiedaoBinary.run(["export", "--data", directory, "--table", "volunteers", "--lang", "en"], user: user)
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.stderr.contains("A handler exports only the appeals dispatched to their department"), refused.stderr)
        XCTAssertEqual(refused.stdout, "")
    }
}

