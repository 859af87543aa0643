import Foundation
import XCTest

/// A real `jiedao serve` for one test: started on a data directory, its log in a file, and
/// stopped (or killed with SIGKILL) by the test.
final class ServerProcess {
    let socket: String
    let logPath: String
    private let process = Process()

    /// Starts the server and waits until its socket answers.
    init(data: String, socket: String, environment: [String: String] = [:]) throws {
        self.socket = socket
        logPath = socket + ".log"
        process.executableURL = URL(fileURLWithPath: JiedaoBinary.path)
        // Mode 666: the unprivileged test user may connect; the user table decides the rest.
        process.arguments = ["serve", "--data", data, "--socket", socket, "--socket-mode", "666"]
        var env = ProcessInfo.processInfo.environment
        env["LC_MESSAGES"] = "en_US.UTF-8"
        for (key, value) in environment { env[key] = value }
        process.environment = env
        _ = FileManager.default.createFile(atPath: logPath, contents: nil)
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: logPath))
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(30)
        while !log.contains("listening on") {
            guard process.isRunning, Date() < deadline else { throw DidNotStart(log: log) }
            usleep(20_000)
        }
    }

    struct DidNotStart: Error, CustomStringConvertible {
        let log: String
        var description: String { "the server did not start:\n\(log)" }
    }

    var log: String { (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? "" }

    var isRunning: Bool { process.isRunning }

    var pid: Int32 { process.processIdentifier }

    func waitUntilExit() { process.waitUntilExit() }

    /// SIGKILL: no chance to tidy up, as when the machine loses power.
    func kill() {
        Foundation.kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    deinit {
        if process.isRunning { kill() }
    }
}
