import ArgumentParser
import Foundation
import JiedaoRollup

/// `jiedao publish`: writes the street into a PostgreSQL rollup database and keeps it current.
struct PublishCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "publish",
        abstract: "Publish the street's records into a PostgreSQL database for figures across streets.",
        discussion: """
            Runs until stopped: the first run writes every record (a backfill that resumes where it \
            stopped if killed), then each edit as it reaches the journal. Residents' names and phones \
            are published masked. The street is known by its code (jiedao settings --street-code). \
            See docs/rollup.md.
            """
    )

    @OptionGroup var options: DataOptions

    @Option(name: .customLong("to"), help: ArgumentHelp(
        "The database: a postgresql:// URL; the PG* environment variables fill what it leaves out.", valueName: "URL"))
    var url: String

    @Flag(help: "Publish what the journal holds now, then exit.")
    var once = false

    /// For Benchmarks/rollup.sh: a line per commit with the sequence and the monotonic clock.
    @Flag(help: ArgumentHelp("Print \"committed SEQUENCE NANOSECONDS\" after each commit.", visibility: .hidden))
    var trace = false

    func run() throws {
        let (session, registry) = try options.open()
        var loop = PublishLoop(session: session, registry: registry, url: url, language: options.language, once: once)
        loop.trace = trace
        if let chunk = ProcessInfo.processInfo.environment["JIEDAO_PUBLISH_CHUNK"].flatMap(Int.init), chunk > 0 {
            loop.chunkSize = chunk
        }
        try loop.run()
    }
}
