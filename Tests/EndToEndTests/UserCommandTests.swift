import Foundation
import XCTest

/// `jiedao user`: an office adds its people without editing a file, and never loses its last admin.
final class UserCommandTests: XCTestCase {
    func testAddListChangeAndRemoveUsersButNeverTheLastAdmin() throws {
        let data = try JiedaoBinary.temporaryDirectory() + "/street"
        let me = getpwuid(geteuid()).map { String(cString: $0.pointee.pw_name) } ?? "root"
        XCTAssertEqual(try JiedaoBinary.run(["init", "--data", data, "--street", "桂香街道"]).status, 0)
        func run(_ arguments: [String]) throws -> JiedaoBinary.Output {
            try JiedaoBinary.run(["user"] + arguments + ["--data", data, "--lang", "en"])
        }
        let added = try run(["add", "lisi", "--name", "李四"])
        XCTAssertEqual(added.status, 0, added.stderr)
        XCTAssertEqual(try run(["add", "zhaoliu", "--name", "赵六", "--role", "supervisor"]).status, 0)
        let twice = try run(["add", "lisi"])
        XCTAssertEqual(twice.status, 1)
        XCTAssertTrue(twice.stderr.contains("already exists"), twice.stderr)
        var list = try run(["list"]).stdout
        XCTAssertTrue(list.contains("lisi  李四  Coordinator"), list)
        XCTAssertTrue(list.contains("zhaoliu  赵六  Supervisor"), list)
        XCTAssertTrue(list.contains("\(me)  "), list)

        XCTAssertEqual(try run(["role", "lisi", "admin"]).status, 0)
        XCTAssertEqual(try run(["remove", "zhaoliu"]).status, 0)
        XCTAssertEqual(try run(["role", "lisi", "coordinator"]).status, 0)
        list = try run(["list"]).stdout
        XCTAssertFalse(list.contains("zhaoliu"), list)

        // The running login is now the only admin: it can be neither demoted nor removed.
        let demote = try run(["role", me, "coordinator"])
        XCTAssertEqual(demote.status, 1)
        XCTAssertTrue(demote.stderr.contains("at least one admin"), demote.stderr)
        let remove = try run(["remove", me])
        XCTAssertEqual(remove.status, 1, remove.stdout)
        let unknown = try run(["role", "nobody", "admin"])
        XCTAssertTrue(unknown.stderr.contains("No user has the login “nobody”"), unknown.stderr)
        // Every change is in the audit trail, under the login that made it.
        let log = try JiedaoBinary.run(["log", "--data", data, "--json"])
        XCTAssertEqual(log.stdout.split(separator: "\n").count, 5, "the five changes made; the refused ones are not there: \(log.stdout)")
        XCTAssertEqual(try JiedaoBinary.run(["check", "--data", data]).status, 0)
    }

    func testHandlersAndScopedCoordinatorsAreAddedByName() throws {
        let data = try JiedaoBinary.temporaryDirectory() + "/street"
        XCTAssertEqual(try JiedaoBinary.run(["demo", "--scale", "street", "--out", data]).status, 0)
        func run(_ arguments: [String]) throws -> JiedaoBinary.Output {
            try JiedaoBinary.run(["user"] + arguments + ["--data", data, "--lang", "en"])
        }
        let handler = try run(["add", "sun", "--name", "孙八", "--role", "handler", "--department", "城市管理和综合执法局"])
        XCTAssertEqual(handler.status, 0, handler.stderr)
        let scoped = try run(["add", "qian", "--name", "钱七", "--community", "侨香社区"])
        XCTAssertEqual(scoped.status, 0, scoped.stderr)
        let list = try run(["list"]).stdout
        XCTAssertTrue(list.contains("sun  孙八  Handler  城市管理和综合执法局"), list)
        XCTAssertTrue(list.contains("qian  钱七  Coordinator  侨香社区"), list)
        let nameless = try run(["add", "wu", "--role", "handler"])
        XCTAssertEqual(nameless.status, 1)
        XCTAssertTrue(nameless.stderr.contains("needs a department"), nameless.stderr)
        let wrong = try run(["add", "zheng", "--community", "不存在社区"])
        XCTAssertEqual(wrong.status, 1)
        XCTAssertTrue(wrong.stderr.contains("No community is named “不存在社区”"), wrong.stderr)
    }
}
