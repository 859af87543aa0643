import XCTest
import TermCanvas

final class ThemeLoaderTests: XCTestCase {
    /// An in-memory file system: path → text (`nil` text means unreadable).
    private func files(_ contents: [String: String?]) -> ThemeLoader.FileAccess {
        ThemeLoader.FileAccess(
            read: { path in
                guard let entry = contents[path] else { return .missing }
                return entry.map { .text($0) } ?? .unreadable
            },
            list: { directory in
                contents.keys.filter { $0.hasPrefix(directory + "/") }.map { String($0.dropFirst(directory.count + 1)) }
            }
        )
    }

    private let userTheme = "name = \"user\"\n[roles]\nheader = { bold = true }"
    private let repoTheme = "name = \"repo\"\n[roles]\nheader = { underline = true }"

    func testSearchesDirectoriesInOrder() throws {
        let loader = ThemeLoader(
            searchDirectories: ["/config/themes", "/repo/themes"],
            files: files(["/config/themes/light.toml": userTheme, "/repo/themes/light.toml": repoTheme, "/repo/themes/dark.toml": repoTheme])
        )
        XCTAssertEqual(try loader.load("light").name, "user")
        XCTAssertEqual(try loader.load("dark").name, "repo")
        XCTAssertEqual(loader.candidatePaths(for: "light"), ["/config/themes/light.toml", "/repo/themes/light.toml"])
    }

    func testAPathIsUsedAsIs() throws {
        let loader = ThemeLoader(searchDirectories: ["/repo/themes"], files: files(["./mine.toml": userTheme, "/repo/themes/mine.toml": repoTheme]))
        XCTAssertEqual(try loader.load("./mine.toml").name, "user")
        XCTAssertEqual(loader.candidatePaths(for: "/elsewhere/x.toml"), ["/elsewhere/x.toml"])
        XCTAssertEqual(loader.candidatePaths(for: "mine.toml"), ["mine.toml", "/repo/themes/mine.toml"])
    }

    func testBuiltInThemesNeedNoFiles() throws {
        let loader = ThemeLoader(searchDirectories: ["/nowhere"], files: files([:]))
        XCTAssertEqual(try loader.load("default"), Theme.builtinDefault)
        XCTAssertEqual(try loader.load("mono"), Theme.builtinMono)
        XCTAssertEqual(loader.availableThemeNames(), ["default", "high-contrast", "light", "mono"], "the four shipped themes are built in")
    }

    func testMissingThemeIsNotFound() {
        let loader = ThemeLoader(searchDirectories: ["/nowhere"], files: files([:]))
        XCTAssertThrowsError(try loader.load("sepia")) { error in
            XCTAssertEqual(error as? ThemeError, ThemeError(kind: .notFound, file: "sepia"))
        }
        XCTAssertThrowsError(try loader.load(""))
    }

    func testLoadOrDefaultReturnsDefaultAndMessage() {
        let broken = "[roles]\nheader = { fg = \"nope\" }"
        let loader = ThemeLoader(searchDirectories: ["/t"], files: files(["/t/broken.toml": broken, "/t/binary.toml": nil]))
        let (theme, message) = loader.loadOrDefault("broken")
        XCTAssertEqual(theme, Theme.builtinDefault)
        XCTAssertEqual(message, "/t/broken.toml:2: bad colour \"nope\" for \"roles.header.fg\" (use a name, 0-255 or #rrggbb)")
        XCTAssertEqual(loader.loadOrDefault("binary").error, "/t/binary.toml: cannot read theme file")
        let fine = loader.loadOrDefault(nil)
        XCTAssertEqual(fine.theme, Theme.builtinDefault)
        XCTAssertNil(fine.error)
    }

    func testAvailableNamesIncludeFiles() {
        let loader = ThemeLoader(searchDirectories: ["/a", "/b"], files: files(["/a/light.toml": "", "/b/zen.toml": "", "/b/notes.txt": ""]))
        XCTAssertEqual(loader.availableThemeNames(), ["default", "high-contrast", "light", "mono", "zen"])
    }
}
