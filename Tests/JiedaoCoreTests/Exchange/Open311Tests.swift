import Foundation
import JiedaoCore
import JiedaoExchange
import XCTest

/// Open311 GeoReport v2: exactly the standard's field names, with its JSON types.
final class Open311Tests: XCTestCase {
    private static let isoTime = #"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$"#

    private func street() throws -> Fixtures.Street {
        var s = try ExchangeFixtures.street()
        try s.registry.apply(.create(.appeal, Fixtures.appealFields()), by: s.admin, at: Fixtures.now)
        for move in [AppealMove.dispatch(.community, handler: 0, deadline: Fixtures.now + 86_400), .accept, .resolve,
                     .evaluate(Evaluation(all: .satisfied), redoDeadline: Fixtures.now + 86_400)] {
            let note = move == .resolve ? "垃圾已清运" : ""
            try s.registry.apply(.moveAppeal(AppealID(1), version: s.registry.appeals[AppealID(1)].version, move, note: note),
                                 by: s.coordinator, at: Fixtures.now + 600)
        }
        return s
    }

    func testServiceRequestsHaveExactlyTheStandardFieldsAndTypes() throws {
        let s = try street()
        let text = Open311.serviceRequests(s.registry, language: .zh).text()
        // Real JSON, as any client reads it.
        let parsed = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
        XCTAssertEqual(parsed.count, 2)
        for request in parsed {
            XCTAssertEqual(Set(request.keys), Set(Open311.requestFields))
            XCTAssertTrue(request["service_request_id"] is String)
            XCTAssertTrue(["open", "closed"].contains(request["status"] as? String))
            for key in ["status_notes", "service_name", "service_code", "description", "address", "requested_datetime", "updated_datetime"] {
                XCTAssertTrue(request[key] is String, key)
            }
            for key in ["requested_datetime", "updated_datetime"] {
                XCTAssertNotNil((request[key] as? String)?.range(of: Self.isoTime, options: .regularExpression), key)
            }
            for key in ["lat", "long", "address_id", "zipcode", "service_notice"] { XCTAssertTrue(request[key] is NSNull, key) }
        }
        let document = try JSONParser.parse(Array(text.utf8))
        let open = try XCTUnwrap(document.elements?[0])
        XCTAssertEqual(open.keys, Open311.requestFields, "in the standard's order")
        XCTAssertEqual(open["service_request_id"], .string("0"))
        XCTAssertEqual(open["status"], .string("open"))
        XCTAssertEqual(open["status_notes"], .string("受理"))
        XCTAssertEqual(open["service_code"], .string("00"))
        XCTAssertEqual(open["service_name"], .string("环境卫生"))
        XCTAssertEqual(open["description"], .string("垃圾清运不及时\n垃圾已堆放三天，\n气味很大"))
        XCTAssertEqual(open["agency_responsible"], .null)
        XCTAssertEqual(open["expected_datetime"], .null)
        XCTAssertEqual(open["requested_datetime"], .string("2026-11-27T09:00:00+08:00"))
        XCTAssertEqual(open["address"], .string("侨香路 1 号"))
        XCTAssertEqual(open["media_url"], .string("photos/0001.jpg"))
        XCTAssertFalse(text.contains("张三丰") || text.contains("13900001111"), "no personal data")
        let closed = try XCTUnwrap(document.elements?[1])
        XCTAssertEqual(closed["status"], .string("closed"))
        XCTAssertEqual(closed["status_notes"], .string("结案：垃圾已清运"), "the latest words of the timeline")
        XCTAssertEqual(closed["agency_responsible"], .string("侨香社区"))
        XCTAssertEqual(closed["expected_datetime"], .string("2026-11-28T10:00:00+08:00"))
        XCTAssertEqual(closed["updated_datetime"], .string("2026-11-27T10:10:00+08:00"))
        XCTAssertEqual(closed["address"], .string("侨香社区 锦绣花园"), "no address typed: the places")
        XCTAssertEqual(closed["media_url"], .null)
        let english = try JSONParser.parse(Array(Open311.serviceRequests(s.registry, language: .en).text().utf8))
        XCTAssertEqual(english.elements?[1]["status_notes"], .string("Closed: 垃圾已清运"), "the note as written")
    }

    func testServiceListHasTheStandardFieldsAndTypes() throws {
        let text = Open311.services(Registry(), language: .zh).text()
        let parsed = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
        XCTAssertEqual(parsed.count, AppealCategory.builtIn.count)
        for service in parsed {
            XCTAssertEqual(Set(service.keys), Set(Open311.serviceFields))
            for key in ["service_code", "service_name", "description", "type", "keywords", "group"] {
                XCTAssertTrue(service[key] is String, key)
            }
            XCTAssertEqual(service["type"] as? String, "realtime")
        }
        let document = try JSONParser.parse(Array(text.utf8))
        XCTAssertEqual(document.elements?.first?["metadata"], .bool(false), "a boolean, not a number")
        XCTAssertEqual(document.elements?.map { $0["service_code"]?.string ?? "" }, (0..<12).map { $0 < 10 ? "0\($0)" : "\($0)" })
    }

    func testISOTimesUseTheDataSetsOffset() {
        XCTAssertEqual(ExchangeTime.iso(Fixtures.now, utcOffset: 8 * 3600), "2026-11-27T10:00:00+08:00")
        XCTAssertEqual(ExchangeTime.iso(0, utcOffset: -(5 * 3600 + 1800)), "1969-12-31T18:30:00-05:30")
        XCTAssertEqual(ExchangeTime.iso(59, utcOffset: 0), "1970-01-01T00:00:59+00:00")
    }
}
