import Foundation
import JiedaoCore
import JiedaoStore
import XCTest

/// A writer killed with SIGKILL at random points never loses an acknowledged edit.
final class CrashTests: XCTestCase {
    func testKilledWriterNeverLosesAnAcknowledgedEdit() throws {
        let directory = try JiedaoBinary.temporaryDirectory() + "/data"
        XCTAssertEqual(try JiedaoBinary.run(["demo", "--scale", "street", "--out", directory]).status, 0)
        var random = SystemRandomNumberGenerator()
        var lastAcknowledged = 0
        var next = 1
        for round in 0..<50 {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: JiedaoBinary.path)
            process.arguments = ["_stress", "--data", directory, "--count", "100000", "--start", "\(next)"]
            let out = Pipe()
            process.standardOutput = out
            process.standardError = FileHandle.nullDevice
            try process.run()
            // Let it run for a random while, reading acknowledgements, then kill it mid-stream.
            let deadline = Date().addingTimeInterval(Double.random(in: 0.2...0.8, using: &random))
            var buffer = Data()
            while Date() < deadline {
                let chunk = out.fileHandleForReading.availableData
                if chunk.isEmpty { break }
                buffer.append(chunk)
            }
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            buffer.append(out.fileHandleForReading.readDataToEndOfFile())
            let acks = String(decoding: buffer, as: UTF8.self).split(separator: "\n").compactMap { line -> Int? in
                // "ack N STARTED ENDED": the edit's number is the second word.
                let words = line.split(separator: " ")
                return words.count >= 2 && words[0] == "ack" ? Int(words[1]) : nil
            }
            if let last = acks.last { lastAcknowledged = last }
            // Every acknowledged edit is there after reopening: the value is at least the last acknowledged one.
            let registry = try DataDirectory(path: directory).open().registry
            let households = Int(registry.compounds[CompoundID(0)].households)
            XCTAssertGreaterThanOrEqual(households, lastAcknowledged, "round \(round): acknowledged \(lastAcknowledged), found \(households)")
            next = max(households, lastAcknowledged) + 1
        }
        XCTAssertGreaterThan(lastAcknowledged, 50, "the writer should have acknowledged many edits")
        let check = try JiedaoBinary.run(["check", "--data", directory])
        XCTAssertEqual(check.status, 0, check.stdout)
    }
}
