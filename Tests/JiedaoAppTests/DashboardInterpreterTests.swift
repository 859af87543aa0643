@testable import JiedaoApp
import JiedaoCore
import TermCanvas
import XCTest

/// The one interpreter of effects, over the in-memory store: what the program does with each effect.
final class DashboardInterpreterTests: XCTestCase {
    private func editHouseholds(_ app: inout AppDriver, to value: String) {
        app.press(.character("3"), .character("e"))
        guard case .form(let form) = app.state.mode, let index = form.keys.firstIndex(of: "households") else { return XCTFail("no form") }
        while case .form(let current) = app.state.mode, current.focused != index { app.press(.tab) }
        app.press(.control("u"))
        app.type(value)
        app.press(.enter)
    }

    func testAnEditGoesThroughTheStoreIntoItsJournal() throws {
        var app = AppDriver(try AppFixtures.state())
        editHouseholds(&app, to: "901")
        XCTAssertEqual(app.state.registry.compounds[CompoundID(0)].households, 901)
        let change = try XCTUnwrap(app.dashboard.store.journal.last)
        XCTAssertEqual(change.login, "zhang")
        guard case .update(let ref, _, let fields)? = change.edits.first else { return XCTFail("\(change.edits)") }
        XCTAssertEqual(ref, RecordRef(.compound, 0))
        XCTAssertEqual(fields, [FieldChange("households", .int(901))])
    }

    func testAStoreThatCannotWriteChangesNothingAndSaysWhy() throws {
        var app = AppDriver(try AppFixtures.state())
        let failure = StoreFailure(message: Bilingual(zh: "修改未保存（磁盘已满）", en: "the change was not saved (disk full)"))
        app.dashboard.withStore { $0.failure = failure }
        editHouseholds(&app, to: "902")
        XCTAssertEqual(app.state.registry.compounds[CompoundID(0)].households, 800)
        XCTAssertEqual(app.dashboard.store.journal, [])
        guard case .form(let form) = app.state.mode else { return XCTFail("the form stays, with the user's input") }
        XCTAssertEqual(form.general, failure.message)
    }

    func testOthersEditsArriveAtTheNextPollWithTheirAuthor() throws {
        var app = AppDriver(try AppFixtures.state())
        app.press(.character("3"))
        app.receive(.update(RecordRef(.compound, 1), version: 1, [FieldChange("households", .int(1_250))]), by: UserID(1), login: "lisi")
        XCTAssertEqual(app.state.registry.compounds[CompoundID(1)].households, 1_200, "not before the poll")
        app.follow()
        XCTAssertEqual(app.state.registry.compounds[CompoundID(1)].households, 1_250)
        XCTAssertEqual(app.dashboard.store.journal.last?.login, "lisi")
    }

    func testSaveThemeExportAndQuitAreCarriedOut() throws {
        var app = AppDriver(try AppFixtures.state())
        app.press(.character("2"))
        for line in ["w", "theme mono", "export /tmp/view.csv"] {
            app.press(.character(":"))
            app.type(line)
            app.press(.enter)
        }
        XCTAssertEqual(app.saved, 1)
        XCTAssertEqual(app.dashboard.theme.name, "mono")
        XCTAssertEqual(app.exports, ["/tmp/view.csv"], "the view may show revealed data: written for its owner only")
        XCTAssertTrue(app.written["/tmp/view.csv"]?.contains("侨香社区") ?? false, app.written.description)
        app.press(.character(":"))
        app.type("theme nosuchtheme")
        app.press(.enter)
        XCTAssertEqual(app.dashboard.theme.name, "mono")
        XCTAssertEqual(app.state.message?.isError, true)
        app.press(.control("c"))
        XCTAssertTrue(app.quit, "Ctrl-C quits from the list like q")
    }
}

/// `:export FILE.xlsx` writes a workbook, numbers as numbers.
final class WorkbookExportTests: XCTestCase {
    func testAnXlsxNameGetsAWorkbookWithNumbersAsNumbers() throws {
        var app = AppDriver(try AppFixtures.state())
        app.press(.character("3"), .character(":"))
        app.type("export /tmp/compounds.xlsx")
        app.press(.enter)
        XCTAssertEqual(app.exports, ["/tmp/compounds.xlsx"], "written for its owner only")
        let parts = try XCTUnwrap(app.dashboard.store.workbooks["/tmp/compounds.xlsx"])
        let sheet = String(decoding: try XCTUnwrap(parts["xl/worksheets/sheet1.xml"]), as: UTF8.self)
        XCTAssertTrue(sheet.contains("<v>1200</v>"), "households are a number, without the thousands mark: \(sheet)")
        XCTAssertTrue(sheet.contains("翠林新村"), sheet)
        XCTAssertNil(app.dashboard.store.files["/tmp/compounds.xlsx"], "no CSV under an .xlsx name")
        // A .csv name still gets CSV, with plain numbers.
        app.press(.character(":"))
        app.type("export /tmp/compounds.csv")
        app.press(.enter)
        let csv = try XCTUnwrap(app.written["/tmp/compounds.csv"])
        XCTAssertTrue(csv.contains(",1200,"), csv)
    }
}
