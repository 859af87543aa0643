import Foundation
import XCTest

/// Signals from outside end the dashboard at once, however it was started; Ctrl-C is a key.
final class SignalTests: XCTestCase {
    private func demo(_ name: String = #function) throws -> String {
        let directory = try JiedaoBinary.temporaryDirectory("signal-" + name) + "/street"
        let result = try JiedaoBinary.run(["demo", "--scale", "street", "--out", directory])
        XCTAssertEqual(result.status, 0, result.stderr)
        return directory
    }

    /// The children of `parent` named `name`, read from /proc.
    private func children(of parent: Int32, named name: String) -> [Int32] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap(Int32.init).filter { pid in
            guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
                  let open = stat.firstIndex(of: "("), let close = stat.lastIndex(of: ")") else { return false }
            let comm = stat[stat.index(after: open)..<close]
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            return comm == name && fields.count > 2 && Int32(fields[1]) == parent
        }
    }

    /// A bash script runs jiedao as its child (not exec'd), then reports how it ended and the modes.
    private func startUnderBash(_ directory: String, _ base: String) throws -> (TmuxSession, Int32) {
        let script = "\(JiedaoBinary.path) --data '\(directory)' --lang en; echo $? > '\(base)/status'; stty -a > '\(base)/stty'; echo SCRIPT-DONE; sleep 60"
        let session = try TmuxSession(command: ["/bin/bash", "-c", script])
        XCTAssertTrue(session.waitFor("Communities"), session.screen())
        let shell = try XCTUnwrap(session.panePID)
        let pid = try XCTUnwrap(children(of: shell, named: "jiedao").first, "jiedao is not a child of the script's shell")
        return (session, pid)
    }

    func testTERMAndHUPEndTheDashboardStartedFromAScriptAtOnce() throws {
        let directory = try demo()
        for (signal, inForm) in [(SIGTERM, false), (SIGHUP, false), (SIGTERM, true), (SIGHUP, true)] {
            let base = try JiedaoBinary.temporaryDirectory("signal-run-\(signal)-\(inForm)")
            let (session, pid) = try startUnderBash(directory, base)
            if inForm {
                session.send("3", "a")
                XCTAssertTrue(session.waitFor("Add "), session.screen())
                session.type("未保存的名字")
            }
            let sent = Date()
            kill(pid, signal)
            XCTAssertTrue(session.waitFor("SCRIPT-DONE", timeout: 5), "signal \(signal), form \(inForm):\n\(session.screen())")
            let took = Date().timeIntervalSince(sent)
            let status = try String(contentsOfFile: base + "/status", encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
            XCTAssertEqual(status, "\(128 + signal)", "signal \(signal), form \(inForm)")
            let modes = try String(contentsOfFile: base + "/stty", encoding: .utf8).split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == ";" })
            XCTAssertTrue(modes.contains("icanon") && modes.contains("echo") && modes.contains("isig"), "modes not restored: \(modes)")
            print("signal \(signal) (form open: \(inForm)): exited \(status) after \(Int(took * 1000)) ms, terminal restored")
            session.kill()
        }
    }

    func testCtrlCQuitsLikeQAndAsksFirstOverAnUnsavedForm() throws {
        let directory = try demo()
        let base = try JiedaoBinary.temporaryDirectory("signal-ctrl-c")
        let (session, _) = try startUnderBash(directory, base)
        session.send("3", "a")
        XCTAssertTrue(session.waitFor("Add "), session.screen())
        session.type("未保存的名字")
        session.send("C-c")
        XCTAssertTrue(session.waitFor("Ctrl-C again quits"), session.screen())
        XCTAssertFalse(session.screen().contains("SCRIPT-DONE"))
        session.send("C-c")
        XCTAssertTrue(session.waitFor("SCRIPT-DONE", timeout: 5), session.screen())
        // Read as a key, not a signal: the script after it ran too, and jiedao ended normally.
        XCTAssertEqual(try String(contentsOfFile: base + "/status", encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines), "0")
        let modes = try String(contentsOfFile: base + "/stty", encoding: .utf8)
        XCTAssertTrue(modes.contains("intr = ^C"), "Ctrl-C is the interrupt key again after jiedao: \(modes)")
    }
}
