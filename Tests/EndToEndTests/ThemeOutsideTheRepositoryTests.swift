import Foundation
import XCTest

/// A copy of the program far from the source tree still has all four themes.
final class ThemeOutsideTheRepositoryTests: XCTestCase {
    func testACopiedBinaryOpensWithEveryShippedTheme() throws {
        let base = try JiedaoBinary.temporaryDirectory()
        let binary = base + "/bin/jiedao"
        try FileManager.default.createDirectory(atPath: base + "/bin", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: JiedaoBinary.path, toPath: binary)
        let data = base + "/street"
        XCTAssertEqual(try JiedaoBinary.run(["init", "--data", data, "--street", "桂香街道"]).status, 0)
        for theme in ["light", "high-contrast", "mono", "default"] {
            let session = try TmuxSession(command: ["/bin/sh", "-c", "cd / && exec '\(binary)' --data '\(data)' --lang en --theme \(theme)"],
                                          environment: ["XDG_CONFIG_HOME": base + "/config"])
            XCTAssertTrue(session.waitFor("Communities"), session.screen())
            XCTAssertFalse(session.screen().contains("Theme problem"), "\(theme): \(session.screen())")
            session.send(":")
            session.type("theme high-contrast")
            session.send("Enter")
            usleep(300_000)
            XCTAssertFalse(session.screen().contains("Cannot load theme"), "\(theme) → :theme high-contrast: \(session.screen())")
            session.send("q")
            XCTAssertTrue(session.waitForExit())
        }
    }
}
