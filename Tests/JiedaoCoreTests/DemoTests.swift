import JiedaoCore
import XCTest

/// The demo street: deterministic, of the promised size, and realistic in its mix.
final class DemoTests: XCTestCase {
    /// Built once; the street demo takes a few seconds in a debug build.
    nonisolated(unsafe) private static var cached: Registry?

    private func street() throws -> Registry {
        if let cached = Self.cached { return cached }
        let registry = try DemoGenerator(scale: .street, seed: 1, now: Fixtures.now, adminLogin: "admin").build()
        Self.cached = registry
        return registry
    }

    func testStreetScaleCounts() throws {
        let r = try street()
        XCTAssertEqual(r.communities.liveCount, 12)
        XCTAssertEqual(r.compounds.liveCount, 90)
        XCTAssertEqual(r.volunteers.liveCount, 3_000)
        XCTAssertEqual(r.appeals.liveCount, 30_000)
        XCTAssertEqual(r.projects.liveCount, 150)
    }

    func testADemoMadeBeforeNineIsLaidOutFromTheDayBefore() {
        let midnight = Day(unixTime: Fixtures.now).startTime()
        let early = DemoGenerator(scale: .street, seed: 1, now: midnight + 2 * 3_600, adminLogin: "admin")
        XCTAssertEqual(early.now, midnight - 15 * 3_600, "02:00 lays the demo out from 09:00 the day before, never in the future")
        XCTAssertEqual(DemoGenerator(scale: .street, seed: 1, now: midnight + 9 * 3_600, adminLogin: "admin").now, midnight + 9 * 3_600)
        XCTAssertEqual(DemoGenerator(scale: .street, seed: 1, now: midnight + 23 * 3_600, adminLogin: "admin").now, midnight + 9 * 3_600)
    }

    func testSameSeedSameData() throws {
        let first = try street()
        let second = try DemoGenerator(scale: .street, seed: 1, now: Fixtures.now + 3_600, adminLogin: "admin").build()
        XCTAssertEqual(contents(first), contents(second))
        let other = try DemoGenerator(scale: .street, seed: 2, now: Fixtures.now, adminLogin: "admin").build()
        XCTAssertNotEqual(contents(first), contents(other))
    }

    func testTheMixLooksLikeARealStreet() throws {
        let r = try street()
        let summary = r.summary(at: Fixtures.now)
        XCTAssertEqual(summary.partyCoverage, 0.82, accuracy: 0.08)
        for state in AppealState.allCases {
            XCTAssertGreaterThan(r.metrics.appealsByState[Int(state.rawValue)], 0, "no appeal is \(state)")
        }
        for channel in Channel.allCases {
            XCTAssertTrue(r.appeals.rows.contains { $0.channel == channel }, "no appeal came by \(channel)")
        }
        XCTAssertGreaterThan(summary.appealsOverdue, 0)
        XCTAssertGreaterThan(r.metrics.appeals.reopened, 0)
        XCTAssertGreaterThan(summary.volunteersBehind, 0)
        XCTAssertLessThan(summary.volunteersBehind, r.volunteers.liveCount / 4)
        for state in ProjectState.allCases {
            XCTAssertTrue(r.projects.rows.contains { $0.progress.state == state }, "no project is \(state)")
        }
        XCTAssertGreaterThan(summary.closureRate, 0.8)
        XCTAssertLessThanOrEqual(summary.closureRate, 1)
        for id in r.communities.liveIDs {
            XCTAssertLessThanOrEqual(r.metrics.committed(community: id, year: 2026), r.communities[id].annualBudget)
        }
    }
}
