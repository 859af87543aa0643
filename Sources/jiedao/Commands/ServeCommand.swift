import ArgumentParser
import Foundation
import JiedaoCore
import JiedaoServer
import JiedaoStore
import TermCanvas

/// `jiedao serve`: the data server. One process, run as its own OS account, owns the data
/// directory; everyone else works through it with `--server SOCKET`.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run the data server: it alone reads and writes the data; clients connect with --server.",
        discussion: """
            Makes the data directory its account's alone (0700, files 0600) and listens on a Unix \
            socket. Each client is known by the login the kernel reports for it and may do what that \
            user's role allows; names and phones reach clients masked, and a reveal is journaled. \
            Runs until stopped; every acknowledged edit is already on disk. See docs/server.md.
            """
    )

    /// Where `jiedao serve` listens unless told otherwise (systemd's RuntimeDirectory=jiedao).
    static let defaultSocket = "/run/jiedao/jiedao.sock"

    @Option(help: ArgumentHelp("The data directory the server owns.", valueName: "DIR"))
    var data: String

    @Option(help: ArgumentHelp("The socket to listen on (its directory must exist, e.g. systemd's RuntimeDirectory).", valueName: "PATH"))
    var socket: String = ServeCommand.defaultSocket

    @Option(name: .customLong("socket-mode"), help: ArgumentHelp("The socket file's mode in octal: who may connect at all.", valueName: "MODE"))
    var socketMode: String = "660"

    @Option(name: .customLong("socket-group"), help: ArgumentHelp("The group given the socket file, e.g. the street's staff group.", valueName: "GROUP"))
    var socketGroup: String?

    @Option(name: .long, help: ArgumentHelp("Language of messages: zh or en (default: from LANG).", valueName: "LANG"))
    var lang: LanguageOption?

    func validate() throws {
        guard let mode = UInt16(socketMode, radix: 8), mode <= 0o777 else { throw ValidationError("--socket-mode is an octal mode such as 660.") }
    }

    func run() throws {
        let language = lang?.language ?? Language.fromEnvironment(ProcessInfo.processInfo.environment)
        // Whatever the server writes (snapshots, the journal, archives) is its account's alone.
        umask(0o077)
        let directory = DataDirectory(path: data)
        if directory.isMissing { throw CommandFailure(DataOptions.noDataSet(data, language)) }
        let server: DataServer
        do {
            try directory.makePrivate()
            let (session, registry) = try directory.open()
            var configuration = DataServer.Configuration(
                directory: directory, socketPath: socket, socketMode: mode_t(UInt16(socketMode, radix: 8) ?? 0o660),
                clock: { Environment.now }, log: { ServeCommand.log($0) })
            // Tests make a client that stops reading overflow its outbox within a few records.
            if let count = ProcessInfo.processInfo.environment["JIEDAO_SERVER_PHONE_LOOKUPS_PER_HOUR"].flatMap(Int.init), count >= 0 {
                configuration.phoneLookupsPerHour = count
            }
            if let bytes = ProcessInfo.processInfo.environment["JIEDAO_SERVER_OUTBOX_BYTES"].flatMap(Int.init), bytes > 0 {
                configuration.outboxLimit = bytes
            }
            server = try DataServer(configuration, session: session, registry: registry)
        } catch let error as StoreError {
            throw CommandFailure(error.message.text(language))
        } catch {
            throw CommandFailure("\(error)")
        }
        if let socketGroup {
            guard let group = getgrnam(socketGroup) else { throw CommandFailure(language == .zh ? "没有名为“\(socketGroup)”的用户组" : "No group is named “\(socketGroup)”") }
            guard chown(socket, uid_t.max, group.pointee.gr_gid) == 0 else {
                throw CommandFailure("chown \(socket): \(String(cString: strerror(errno)))")
            }
        }
        server.run()
    }

    /// One line on standard error with the time, for the journal of systemd or a log file.
    static func log(_ line: String) {
        let stamp = ISO8601DateFormatter().string(from: Date())
        FileHandle.standardError.write(Data("\(stamp) jiedao serve: \(TextSanitizer.sanitize(line))\n".utf8))
    }
}
