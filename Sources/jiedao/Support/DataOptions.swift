import ArgumentParser
import Foundation
import JiedaoCore
import JiedaoStore
import TermCanvas

/// `--data DIR` and `--lang`, shared by every subcommand that reads data.
struct DataOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The data directory.", valueName: "DIR"))
    var data: String?

    @Option(name: .long, help: ArgumentHelp("Language of messages and labels: zh or en (default: from LANG).", valueName: "LANG"))
    var lang: LanguageOption?

    /// The directory given, or `$XDG_DATA_HOME/jiedao/default` (`~/.local/share/jiedao/default`).
    var directory: DataDirectory { DataDirectory(path: data ?? Environment.defaultDataPath) }

    var language: Language { lang?.language ?? Language.fromEnvironment(ProcessInfo.processInfo.environment) }
}

/// A language named on the command line.
enum LanguageOption: String, ExpressibleByArgument, CaseIterable {
    case zh, en
    var language: Language { self == .zh ? .zh : .en }
}

/// Facts about the process's surroundings.
enum Environment {
    static var defaultDataPath: String {
        let env = ProcessInfo.processInfo.environment
        if let xdg = env["XDG_DATA_HOME"], xdg.hasPrefix("/") { return xdg + "/jiedao/default" }
        let home = env["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return home + "/.local/share/jiedao/default"
    }

    /// The OS login of the person running the command.
    static var login: String {
        if let name = getpwuid(geteuid())?.pointee.pw_name { return String(cString: name) }
        return ProcessInfo.processInfo.environment["USER"] ?? "user"
    }

    static var now: Int64 { SystemClock().now() }
}

/// Writes a line to standard error.
func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}

extension DataOptions {
    /// Opens the data set, creating the demo street first when there is none; failures exit with the reason.
    func openOrCreateDemo() throws -> (session: DataSession, registry: Registry) {
        let directory = self.directory
        if directory.isMissing {
            let language = self.language
            printError(language == .zh
                ? "数据目录 \(directory.path) 中还没有数据，正在创建演示街道……"
                : "No data in \(directory.path) yet; creating the demo street there…")
            let registry = try DemoGenerator(scale: .street, seed: 1, now: Environment.now, adminLogin: Environment.login).build()
            try directory.create(registry, author: Environment.login, at: Environment.now)
        }
        return try open()
    }

    /// Opens an existing data set; a failure exits with the reason in the user's language.
    func open() throws -> (session: DataSession, registry: Registry) {
        do {
            var (session, registry) = try directory.open()
            // Tests make compaction happen within a small import; operators may tune it.
            if let bytes = ProcessInfo.processInfo.environment["JIEDAO_AUTO_COMPACT_BYTES"].flatMap(Int.init), bytes > 0 {
                session.autoCompactBytes = bytes
            }
            if let bytes = ProcessInfo.processInfo.environment["JIEDAO_JOURNAL_PART_BYTES"].flatMap(Int.init), bytes > 0 {
                session.partSize = bytes
            }
            return (session, registry)
        } catch {
            throw CommandFailure(error.message.text(language))
        }
    }
}

/// A failure already explained to the user: printed and exit status 1.
struct CommandFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// Prints text meant for a person's terminal: names and descriptions come from the public and
/// from imported sheets, so every control character is shown escaped, never sent raw.
func printForPeople(_ text: String, terminator: String = "\n") {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    print(lines.map { TextSanitizer.sanitize(String($0)) }.joined(separator: "\n"), terminator: terminator)
}
