import Foundation
import JiedaoApp
import JiedaoCore
import JiedaoStore
import XCTest

/// The real dashboard in a real terminal (tmux), driven by keys as a coordinator would.
final class DashboardTests: XCTestCase {
    private func demo(_ name: String = #function) throws -> String {
        let directory = try JiedaoBinary.temporaryDirectory(name) + "/street"
        let result = try JiedaoBinary.run(["demo", "--scale", "street", "--out", directory])
        XCTAssertEqual(result.status, 0, result.stderr)
        return directory
    }

    /// With no locale that names a language (nothing set, or C.UTF-8), the dashboard speaks Chinese.
    func testChineseIsTheDefaultLanguage() throws {
        let directory = try demo()
        for environment in [["LC_MESSAGES": ""], ["LC_MESSAGES": "", "LANG": "C.UTF-8"]] {
            let session = try TmuxSession(command: [JiedaoBinary.path, "--data", directory], environment: environment)
            XCTAssertTrue(session.waitFor("今日待办"), "\(environment):\n\(session.screen())")
            XCTAssertTrue(session.screen().contains("待分拨的诉求"), session.screen())
            session.press(.quit)
            XCTAssertTrue(session.waitForExit())
        }
    }

    func testEditAFigureUndoRedoQuitAndFindItAfterRestarting() throws {
        let directory = try demo()
        let registry = try DataDirectory(path: directory).open().registry
        let compound = CompoundID(5)
        let name = registry.text(registry.compounds[compound].name)
        let session = try TmuxSession(command: [JiedaoBinary.path, "--data", directory])
        // LANG is unset: the interface is English, the data's Chinese must still show intact.
        XCTAssertTrue(session.waitFor("Appeals to dispatch"), "the dashboard opens on Today:\n\(session.screen())")
        session.press(.pane(Pane.communities.rawValue))
        XCTAssertTrue(session.waitFor("侨香社区"), session.screen())
        session.press(.pane(Pane.compounds.rawValue))
        XCTAssertTrue(session.waitFor("Party org"), session.screen())
        session.press(.search)
        session.type(name)
        session.press(.choose, in: .search)
        session.press(.edit)
        XCTAssertTrue(session.waitFor("Edit "), session.screen())
        XCTAssertTrue(session.screen().contains(name), session.screen())
        for _ in 0..<3 { session.press(.nextField, in: .form) }
        session.send("C-u")
        session.type("4321")
        session.press(.choose, in: .form)
        XCTAssertTrue(session.waitFor("Saved: changed households"), session.screen())
        session.press(.undo)
        XCTAssertTrue(session.waitFor("Undone"), session.screen())
        session.press(.redo)
        XCTAssertTrue(session.waitFor("Redone"), session.screen())
        session.press(.quit)
        XCTAssertTrue(session.waitForExit(), session.screen())
        XCTAssertEqual(session.exitStatus, 0)
        let reopened = try DataDirectory(path: directory).open().registry
        XCTAssertEqual(reopened.compounds[compound].households, 4321)

        let again = try TmuxSession(command: [JiedaoBinary.path, "--data", directory, "--lang", "zh"])
        XCTAssertTrue(again.waitFor("小区"), again.screen())
        again.press(.pane(Pane.compounds.rawValue))
        again.press(.search)
        again.type(name)
        again.press(.choose, in: .search)
        XCTAssertTrue(again.waitFor("4321"), again.screen())
        again.press(.quit)
        XCTAssertTrue(again.waitForExit())
    }

    func testResizingToTheSmallestSizeAndBackRedrawsCleanly() throws {
        let directory = try demo()
        let session = try TmuxSession(width: 100, height: 30, command: [JiedaoBinary.path, "--data", directory, "--lang", "zh"])
        XCTAssertTrue(session.waitFor("总览"), session.screen())
        session.send("5", "j", "j")
        session.resize(width: 40, height: 12)
        // The narrowest list keeps the title and the deadline.
        XCTAssertTrue(session.waitFor("期限"), session.screen())
        let small = session.screen().split(separator: "\n", omittingEmptySubsequences: false)
        XCTAssertTrue(small.allSatisfy { $0.count <= 40 }, session.screen())
        session.resize(width: 30, height: 8)
        XCTAssertTrue(session.waitFor("窗口太小"), session.screen())
        session.resize(width: 100, height: 30)
        XCTAssertTrue(session.waitFor("微实事 │ 总览"), session.screen())
        let lines = session.screen().split(separator: "\n", omittingEmptySubsequences: false)
        XCTAssertFalse(lines.contains { $0.contains("窗口太小") }, "stale text after growing back:\n\(session.screen())")
        XCTAssertTrue(lines.last { !$0.isEmpty }?.contains("? 帮助") ?? false, session.screen())
        session.send("q")
        XCTAssertTrue(session.waitForExit())
    }

    /// After `q` and after SIGTERM the shell gets a normal terminal back (echo and line editing on).
    func testTheTerminalIsUsableAfterQuitAndAfterSIGTERM() throws {
        let directory = try demo()
        for ending in ["q", "TERM"] {
            let script = "\(JiedaoBinary.path) --data '\(directory)'; echo \"ENDED $?\"; stty -a | tr ' ' '\\n' | grep -E '^-?(icanon|echo)$' | tr '\\n' ' '; echo MODES-DONE; sleep 30"
            let session = try TmuxSession(command: ["/bin/sh", "-c", script])
            XCTAssertTrue(session.waitFor("Communities"), session.screen())
            if ending == "q" {
                session.send("q")
            } else {
                let kill = Process()
                kill.executableURL = URL(fileURLWithPath: "/usr/bin/pkill")
                kill.arguments = ["-TERM", "-f", "--", "jiedao --data \(directory)"]
                try kill.run()
                kill.waitUntilExit()
            }
            XCTAssertTrue(session.waitFor("MODES-DONE"), session.screen())
            let screen = session.screen()
            XCTAssertTrue(screen.contains(ending == "q" ? "ENDED 0" : "ENDED 143"), screen)
            XCTAssertTrue(screen.contains("icanon echo"), "terminal modes not restored:\n\(screen)")
            XCTAssertFalse(screen.contains("Communities"), "the dashboard is still on screen:\n\(screen)")
        }
    }
}
