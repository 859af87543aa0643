import ArgumentParser
import Foundation
import JiedaoCore
import JiedaoStore

/// `jiedao _stress`: appends numbered edits and prints `ack N` after each is on disk.
/// Hidden; the crash and concurrency tests drive it from other processes.
struct StressCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "_stress",
        abstract: "Append numbered test edits to a data set (for crash and concurrency tests).",
        shouldDisplay: false
    )

    @OptionGroup var options: DataOptions

    @Option(help: "How many edits to append.")
    var count = 100

    @Option(help: "Which compound's households to set (each edit sets it to the edit's number).")
    var compound: Int32 = 0

    @Option(help: "Start numbering here.")
    var start = 1

    @Option(help: "Create a new compound per edit instead (names 'stress-WRITER-N').")
    var writer: String?

    @Option(help: "Make one update against this version of the compound and report whether it applied.")
    var againstVersion: UInt32?

    @Option(help: "Wait until this file exists before editing (lines several processes up).")
    var waitFor: String?

    @Option(help: "Pause between edits, in milliseconds.")
    var pause = 0

    func run() throws {
        if let socket = options.serverSocket { return try runThroughServer(socket) }
        var (session, registry) = try options.open()
        if let waitFor {
            while !FileManager.default.fileExists(atPath: waitFor) { usleep(2_000) }
        }
        if let againstVersion {
            let edit = Edit.update(RecordRef(.compound, compound), version: againstVersion, [FieldChange("households", .int(Int64(start)))])
            do {
                try session.append(edit, to: &registry, by: registry.users.liveIDs.first, login: Environment.login, at: Environment.now)
                print("applied")
            } catch {
                print("refused: \(error.message.text(options.language))")
            }
            return
        }
        let admin = registry.users.liveIDs.first { registry.users[$0].role == .admin }
        for n in start..<(start + count) {
            let edit: Edit
            if let writer {
                edit = .create(.compound, [FieldChange("name", .text("stress-\(writer)-\(n)")), FieldChange("community", .int(0))])
            } else {
                let ref = RecordRef(.compound, compound)
                try session.catchUp(&registry)
                let version = registry.version(of: ref) ?? 0
                edit = .update(ref, version: version, [FieldChange("households", .int(Int64(n)))])
            }
            let started = DispatchTime.now().uptimeNanoseconds
            do {
                try session.append(edit, to: &registry, by: admin, login: Environment.login, at: Environment.now)
            } catch {
                // Another writer changed the compound first: take its version and go again.
                if writer == nil, isConflict(error) { continue }
                throw CommandFailure(error.message.en)
            }
            // Unbuffered, so the reader sees each acknowledgement as soon as it is true;
            // the time the save started lets a follower measure how long the edit took to reach it.
            FileHandle.standardOutput.write(Data("ack \(n) \(started) \(DispatchTime.now().uptimeNanoseconds)\n".utf8))
            if pause > 0 { usleep(UInt32(pause) * 1_000) }
        }
    }

    /// The same edits sent to a data server: an acknowledgement is the server's answer.
    private func runThroughServer(_ socket: String) throws {
        var (replica, registry) = try options.connect(to: socket)
        let ref = RecordRef(.compound, compound)
        for n in start..<(start + count) {
            let edit = Edit.update(ref, version: registry.version(of: ref) ?? 0, [FieldChange("households", .int(Int64(n)))])
            let started = DispatchTime.now().uptimeNanoseconds
            do {
                _ = try replica.submit([edit], to: &registry)
            } catch {
                throw CommandFailure(error.message.en)
            }
            FileHandle.standardOutput.write(Data("ack \(n) \(started) \(DispatchTime.now().uptimeNanoseconds)\n".utf8))
            if pause > 0 { usleep(UInt32(pause) * 1_000) }
        }
    }

    private func isConflict(_ error: StoreError) -> Bool {
        guard case .refused(let refusal) = error, case .versionConflict = refusal.code else { return false }
        return true
    }
}
