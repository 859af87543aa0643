import XCTest
import TermCanvas

final class ThemeTests: XCTestCase {
    // MARK: Valid themes

    func testParsesRolesColoursAndAttributes() throws {
        let text = """
            name = "sample"
            [roles]
            header = { fg = "bright-white", bg = 24, bold = true }
            "tab.active" = { fg = "#ffffff", bg = "blue", reverse = false, underline = true }
            """
        let theme = try Theme(toml: text, file: "sample.toml")
        XCTAssertEqual(theme.name, "sample")
        XCTAssertEqual(theme.style(for: .header), Style(foreground: .indexed(15), background: .indexed(24), bold: true))
        XCTAssertEqual(theme.style(for: .tabActive), Style(foreground: .rgb(255, 255, 255), background: .indexed(4), underline: true))
        XCTAssertEqual(theme.styles.count, 2)
    }

    func testSubTableSyntaxAndNameFromFile() throws {
        let text = """
            [roles.selected]
            reverse = true
            """
        let theme = try Theme(toml: text, file: "dir/quiet.toml")
        XCTAssertEqual(theme.name, "quiet")
        XCTAssertEqual(theme.style(for: .selected), Style(reverse: true))
    }

    func testMissingRolesFallBackToParentThenNormal() throws {
        let theme = try Theme(toml: """
            [roles]
            normal = { fg = "white" }
            tab = { fg = "cyan" }
            """, file: "t.toml")
        XCTAssertEqual(theme.style(for: .tabActive), Style(foreground: .indexed(6)))
        XCTAssertEqual(theme.style(for: .overdue), Style(foreground: .indexed(7)))
        XCTAssertEqual(Theme(name: "empty", styles: [:]).style(for: .header), .plain)
    }

    // MARK: Errors name the file, line and key

    func testUnknownRoleReportsLineAndKey() {
        let text = """
            name = "broken"

            [roles]
            header = { fg = "red" }
            hedaer = { fg = "blue" }
            """
        XCTAssertThrowsError(try Theme(toml: text, file: "themes/broken.toml")) { error in
            guard let error = error as? ThemeError else { return XCTFail("not a ThemeError: \(error)") }
            XCTAssertEqual(error.kind, .unknownRole)
            XCTAssertEqual(error.line, 5)
            XCTAssertEqual(error.key, "roles.hedaer")
            XCTAssertEqual(error.file, "themes/broken.toml")
            XCTAssertTrue(error.description.hasPrefix("themes/broken.toml:5: unknown role \"roles.hedaer\""), error.description)
        }
    }

    func testBadColourReportsValue() {
        let text = """
            [roles]
            ok = { fg = "green" }
            "tab.active" = { fg = "purple" }
            """
        XCTAssertThrowsError(try Theme(toml: text, file: "t.toml")) { error in
            let themeError = error as? ThemeError
            XCTAssertEqual(themeError?.kind, .badColor("\"purple\""))
            XCTAssertEqual(themeError?.line, 3)
            XCTAssertEqual(themeError?.key, "roles.tab.active.fg")
        }
    }

    func testBadColourForms() {
        for value in ["300", "-1", "\"#12345\"", "\"#gggggg\"", "\"brightpink\"", "true", "1.5"] {
            let text = "[roles]\nheader = { bg = \(value) }"
            XCTAssertThrowsError(try Theme(toml: text, file: "t.toml"), value) { error in
                guard case .badColor = (error as? ThemeError)?.kind else { return XCTFail("\(value): \(error)") }
                XCTAssertEqual((error as? ThemeError)?.line, 2)
            }
        }
    }

    func testBadAttributes() {
        let cases = [
            ("header = { bold = \"yes\" }", "roles.header.bold"),
            ("header = { blink = true }", "roles.header.blink"),
        ]
        for (line, key) in cases {
            XCTAssertThrowsError(try Theme(toml: "[roles]\n" + line, file: "t.toml")) { error in
                XCTAssertEqual(error as? ThemeError, ThemeError(kind: .badAttribute, file: "t.toml", line: 2, key: key))
            }
        }
    }

    func testAttributeInSubTableReportsItsOwnLine() {
        let text = """
            [roles.header]
            bold = true
            fg = "nope"
            """
        XCTAssertThrowsError(try Theme(toml: text, file: "t.toml")) { error in
            XCTAssertEqual((error as? ThemeError)?.line, 3)
            XCTAssertEqual((error as? ThemeError)?.key, "roles.header.fg")
        }
    }

    func testRoleThatIsNotATable() {
        XCTAssertThrowsError(try Theme(toml: "[roles]\nheader = \"red\"", file: "t.toml")) { error in
            XCTAssertEqual(error as? ThemeError, ThemeError(kind: .badRoleValue, file: "t.toml", line: 2, key: "roles.header"))
        }
    }

    func testUnknownTopLevelKey() {
        XCTAssertThrowsError(try Theme(toml: "name = \"x\"\ncolours = 3", file: "t.toml")) { error in
            XCTAssertEqual(error as? ThemeError, ThemeError(kind: .unknownKey, file: "t.toml", line: 2, key: "colours"))
        }
    }

    func testSyntaxErrorReportsParserLine() {
        XCTAssertThrowsError(try Theme(toml: "name = \"x\"\n[roles]\nheader = {", file: "t.toml")) { error in
            guard let error = error as? ThemeError, case .syntax = error.kind else { return XCTFail("\(error)") }
            XCTAssertEqual(error.line, 3)
            XCTAssertTrue(error.description.hasPrefix("t.toml:3: "), error.description)
        }
    }

    func testFirstProblemInTheFileIsReported() {
        let text = """
            [roles]
            ok = { fg = "nope" }
            zzz = { fg = "red" }
            header = { bold = 1 }
            """
        XCTAssertThrowsError(try Theme(toml: text, file: "t.toml")) { error in
            XCTAssertEqual((error as? ThemeError)?.line, 2)
            XCTAssertEqual((error as? ThemeError)?.key, "roles.ok.fg")
        }
    }

    // MARK: Roles

    func testStyleRoleParsing() {
        XCTAssertEqual(StyleRole(parsing: "tab.active"), .tabActive)
        XCTAssertEqual(StyleRole(parsing: "overdue"), .overdue)
        XCTAssertNil(StyleRole(parsing: "tab.inactive"))
        XCTAssertEqual(StyleRole.tabActive.parent, .tab)
        XCTAssertNil(StyleRole.tab.parent)
        XCTAssertEqual(Set(StyleRole.allKnown.map(\.name)).count, StyleRole.allKnown.count)
    }

    func testReducingColourDepth() {
        let theme = Theme(name: "t", styles: [.header: Style(foreground: .rgb(255, 0, 0), background: .indexed(196), bold: true)])
        // Red on red would vanish at 16 colours: the text turns black, which shows on bright red.
        XCTAssertEqual(theme.reduced(to: .sixteen).style(for: .header), Style(foreground: .indexed(0), background: .indexed(9), bold: true))
        XCTAssertEqual(theme.reduced(to: .monochrome).style(for: .header), Style(bold: true))
    }
}
