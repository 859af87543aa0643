import ArgumentParser
import Foundation
import JiedaoCore
import JiedaoStore

/// `jiedao _follow`: follows the journal as the dashboard does and prints when each edit arrived.
/// Hidden; Benchmarks/propagation.sh measures how long others' edits take to reach a watcher.
struct FollowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "_follow",
        abstract: "Follow the journal and print each edit's arrival time (for the propagation benchmark).",
        shouldDisplay: false
    )

    @OptionGroup var options: DataOptions

    @Option(help: "Stop after this many edits.")
    var count = 100

    func run() throws {
        if let socket = options.serverSocket { return try followServer(socket) }
        var (session, registry) = try options.open()
        let watcher = JournalWatcher(directory: session.directory)
        var seen = 0
        var lastPoll = DispatchTime.now().uptimeNanoseconds
        while seen < count {
            let now = DispatchTime.now().uptimeNanoseconds
            // The dashboard's rule: at once on a directory change, else every second.
            if watcher.changed() || now - lastPoll >= 1_000_000_000 {
                lastPoll = now
                for entry in try session.catchUp(&registry) {
                    seen += 1
                    FileHandle.standardOutput.write(Data("seen \(entry.sequence) \(DispatchTime.now().uptimeNanoseconds)\n".utf8))
                }
            }
            // The dashboard waits up to 100 ms for a key; waiting 1 ms here shows the watcher's own delay.
            usleep(1_000)
        }
    }

    /// A data server's client: prints how long the first frame took (connect, hello, the masked
    /// snapshot decoded), then each record as it is applied to the copy, or the copy replaced,
    /// with the number of appeals the copy holds, until `count` records after the first frame.
    private func followServer(_ socket: String) throws {
        let started = DispatchTime.now().uptimeNanoseconds
        var (replica, registry) = try options.connect(to: socket)
        FileHandle.standardOutput.write(Data("connected \((DispatchTime.now().uptimeNanoseconds - started) / 1_000) us appeals \(registry.appeals.liveCount)\n".utf8))
        let last = replica.sequence + UInt64(max(0, count))
        while replica.sequence < last {
            do {
                let (entries, replaced) = try replica.poll(&registry)
                if replaced {
                    FileHandle.standardOutput.write(Data("replaced \(replica.sequence) \(DispatchTime.now().uptimeNanoseconds) appeals \(registry.appeals.liveCount)\n".utf8))
                }
                for entry in entries {
                    FileHandle.standardOutput.write(Data("seen \(entry.sequence) \(DispatchTime.now().uptimeNanoseconds) appeals \(registry.appeals.liveCount)\n".utf8))
                }
            } catch {
                throw CommandFailure(error.message.en)
            }
            // Asleep in poll(2) until the server sends something, as a client with nothing else to do.
            _ = replica.waitForRecords(milliseconds: 1000)
        }
    }
}
