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
}
