import JiedaoCore
import XCTest

/// The quarterly rule: an in-service party member with no confirmed service this quarter is behind.
final class QuarterlyRuleTests: XCTestCase {
    private func time(_ iso: String) throws -> Int64 { try Day(iso).startTime() + 10 * 3_600 }

    private func street(serviceOn day: String, confirmed: Bool = true) throws -> Registry {
        var s = try Fixtures.street()
        try s.registry.apply(.create(.volunteer, [FieldChange("name", .text("王芳")), FieldChange("community", .int(0)), FieldChange("kind", .int(0))]), by: s.admin, at: Fixtures.now)
        try s.registry.apply(.create(.volunteer, [FieldChange("name", .text("居民甲")), FieldChange("community", .int(0)), FieldChange("kind", .int(2))]), by: s.admin, at: Fixtures.now)
        try s.registry.apply(.create(.serviceRecord, [FieldChange("volunteer", .int(0)), FieldChange("date", .day(try Day(day).daysSince1970)),
                                                      FieldChange("hours", .int(15)), FieldChange("activity", .text("义诊")),
                                                      FieldChange("confirmed_by", .text(confirmed ? "李四" : ""))]), by: s.admin, at: Fixtures.now)
        return s.registry
    }

    func testAServiceCountsOnlyInItsOwnQuarter() throws {
        let registry = try street(serviceOn: "2026-09-30")
        XCTAssertEqual(registry.volunteersBehindByCommunity(at: try time("2026-09-30"))[0, default: 0], 0, "served on the last day of Q3")
        XCTAssertEqual(registry.volunteersBehindByCommunity(at: try time("2026-10-01"))[0, default: 0], 1, "behind again on the first day of Q4")
        XCTAssertEqual(registry.volunteersBehindByCommunity(at: try time("2026-07-01"))[0, default: 0], 0)
        XCTAssertEqual(registry.volunteersBehindByCommunity(at: try time("2026-06-30"))[0, default: 0], 1, "a later service does not count for Q2")
    }

    func testTheYearBoundaryAndUnconfirmedServices() throws {
        let registry = try street(serviceOn: "2025-12-31")
        XCTAssertTrue(registry.hasServed(VolunteerID(0), inQuarterOf: try Day("2025-10-01")))
        XCTAssertFalse(registry.hasServed(VolunteerID(0), inQuarterOf: try Day("2026-01-01")))
        let unconfirmed = try street(serviceOn: "2026-11-20", confirmed: false)
        XCTAssertFalse(unconfirmed.hasServed(VolunteerID(0), inQuarterOf: try Day("2026-11-27")), "an unconfirmed service does not count")
        XCTAssertEqual(unconfirmed.summary(at: Fixtures.now).volunteersBehind, 1, "resident volunteers are never behind")
    }
}
