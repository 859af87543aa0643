import Foundation
import XCTest

/// Screens compared with the files committed in Golden/. Set JIEDAO_UPDATE_GOLDEN=1 to rewrite
/// them after a deliberate change, then read the diff.
enum GoldenFile {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static func check(_ name: String, _ lines: [String], file: StaticString = #filePath, line: UInt = #line) throws {
        let url = directory.appendingPathComponent(name + ".txt")
        let text = lines.joined(separator: "\n") + "\n"
        if ProcessInfo.processInfo.environment["JIEDAO_UPDATE_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        XCTAssertEqual(text, expected, "screen \(name) differs", file: file, line: line)
    }
}
