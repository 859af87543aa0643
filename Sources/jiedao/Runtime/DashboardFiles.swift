import Foundation
import JiedaoCore
import JiedaoStore
import TermCanvas

/// Files the dashboard reads beside its store: holiday lists and themes.
enum DashboardFiles {
    /// Themes built in, and the files in ``themeDirectories()``.
    static var themes: ThemeLoader { ThemeLoader(searchDirectories: themeDirectories(), files: themeFiles) }

    /// The `holidays*.txt` the data directory holds, parsed (a file that does not parse is left out;
    /// `jiedao holidays add` says why).
    static func holidayFiles(in directory: DataDirectory) -> [HolidayData] {
        directory.holidayFiles().compactMap { file in try? HolidayData(parsing: file.text, source: file.name) }
    }

    /// The data set's calendar: the shipped notices, those an admin added, the directory's files.
    static func calendar(for directory: DataDirectory, settings: Settings) -> WorkCalendar {
        settings.workCalendar(adding: holidayFiles(in: directory))
    }

    /// Theme files are read through the store, the one module that touches the disk.
    static let themeFiles = ThemeLoader.FileAccess(
        read: { path in
            switch TextFiles.read(path) {
            case .text(let text): .text(text)
            case .missing: .missing
            case .unreadable: .unreadable
            }
        },
        list: { TextFiles.list($0) })

    /// `$XDG_CONFIG_HOME/jiedao/themes`, then `themes/` next to the program and in the working directory.
    static func themeDirectories() -> [String] {
        let env = ProcessInfo.processInfo.environment
        let config = env["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? ((env["HOME"] ?? "") + "/.config")
        let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        var directories = [config + "/jiedao/themes", FileManager.default.currentDirectoryPath + "/themes"]
        // A build folder sits two or three levels below the repository's themes/.
        var folder = executable
        for _ in 0..<4 {
            directories.append(folder.appendingPathComponent("themes").path)
            folder = folder.deletingLastPathComponent()
        }
        return directories
    }
}
