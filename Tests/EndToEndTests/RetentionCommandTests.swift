import Foundation
import XCTest

/// The retention period as an admin sets it and checks it from the command line.
final class RetentionCommandTests: XCTestCase {
    func testAPeriodIsSetCheckedAndKeptByACompaction() throws {
        let directory = try JiedaoBinary.temporaryDirectory() + "/data"
        XCTAssertEqual(try JiedaoBinary.run(["demo", "--scale", "street", "--out", directory]).status, 0)
        let bad = try JiedaoBinary.run(["settings", "--retention-days=-3", "--data", directory, "--lang", "en"])
        XCTAssertNotEqual(bad.status, 0)
        XCTAssertTrue(bad.stderr.contains("--retention-days is a number of days"), bad.stderr)

        let unset = try JiedaoBinary.run(["check", "--data", directory, "--lang", "en"])
        XCTAssertTrue(unset.stdout.contains("no retention period set"), unset.stdout)
        XCTAssertEqual(try JiedaoBinary.run(["settings", "--retention-days", "30", "--data", directory]).status, 0)
        let listed = try JiedaoBinary.run(["settings", "--data", directory, "--lang", "en"])
        XCTAssertTrue(listed.stdout.contains("Residents' names and phones kept after closing (days): 30"), listed.stdout)

        // A year on, closed appeals are past the period until a compaction erases them.
        let later = ["JIEDAO_NOW": String(Int64(Date().timeIntervalSince1970) + 400 * 86_400)]
        let due = try JiedaoBinary.run(["check", "--data", directory, "--lang", "en"], environment: later)
        XCTAssertEqual(due.status, 0)
        let past = try XCTUnwrap(Self.number(before: " past it", in: due.stdout), due.stdout)
        XCTAssertGreaterThan(past, 0)
        XCTAssertEqual(try JiedaoBinary.run(["compact", "--data", directory], environment: later).status, 0)
        let kept = try JiedaoBinary.run(["check", "--data", directory, "--lang", "en"], environment: later)
        XCTAssertEqual(Self.number(before: " past it", in: kept.stdout), 0, kept.stdout)
        XCTAssertTrue(kept.stdout.contains("kept 30 days"), kept.stdout)
    }

    /// The number just before `marker` in `text`.
    private static func number(before marker: String, in text: String) -> Int? {
        guard let range = text.range(of: marker) else { return nil }
        return Int(String(text[..<range.lowerBound].reversed().prefix { $0.isNumber }.reversed()))
    }
}
