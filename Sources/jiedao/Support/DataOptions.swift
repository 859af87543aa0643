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

    @Option(name: .long, help: ArgumentHelp("Work through the data server listening at this socket (also JIEDAO_SERVER); see jiedao serve.", valueName: "SOCKET"))
    var server: String?

    /// The data server's socket, from `--server` or `JIEDAO_SERVER`; nil means the files directly.
    var serverSocket: String? {
        if let server { return server }
        let env = ProcessInfo.processInfo.environment["JIEDAO_SERVER"] ?? ""
        return env.isEmpty ? nil : env
    }

    /// The directory given with `--data`, else `JIEDAO_DATA`, else `$XDG_DATA_HOME/jiedao/default`
    /// (`~/.local/share/jiedao/default`).
    var directory: DataDirectory { DataDirectory(path: chosenPath ?? Environment.defaultDataPath) }

    /// The directory the user named (`--data` or `JIEDAO_DATA`); nil means the default one.
    var chosenPath: String? {
        if let data { return data }
        let env = ProcessInfo.processInfo.environment["JIEDAO_DATA"] ?? ""
        return env.isEmpty ? nil : env
    }

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

    /// The time now; `JIEDAO_NOW` (Unix seconds) fixes it, so scripts and tests can compare
    /// figures taken by different processes at one moment.
    static var now: Int64 {
        if let fixed = ProcessInfo.processInfo.environment["JIEDAO_NOW"].flatMap({ Int64($0) }) { return fixed }
        return SystemClock().now()
    }
}

/// Writes a line to standard error.
func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}

extension DataOptions {
    /// Opens the data set. Only the default directory, on the first run, receives the demo street
    /// (marked as demo data); a directory the user named that holds no data set is an error.
    func openOrCreateDemo() throws -> (session: DataSession, registry: Registry) {
        if let socket = serverSocket { throw CommandFailure(Self.notThroughServer(socket, language)) }
        let directory = self.directory
        if directory.isMissing, chosenPath == nil {
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
        if let socket = serverSocket { throw CommandFailure(Self.notThroughServer(socket, language)) }
        let directory = self.directory
        if directory.isMissing { throw CommandFailure(Self.noDataSet(directory.path, language)) }
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

extension DataOptions {
    /// Why a directory without a data set cannot be opened, and the two ways out.
    static func noDataSet(_ path: String, _ language: Language) -> String {
        language == .zh
            ? "\(path) 中没有数据集（路径是否写错了？）。新建街道：jiedao init --data \(path) --street 街道名称；或生成演示数据：jiedao demo --out \(path)"
            : "There is no data set in \(path) (is the path mistyped?). Start a street: jiedao init --data \(path) --street NAME; or make demo data: jiedao demo --out \(path)"
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
