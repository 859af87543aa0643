import Foundation
import JiedaoCore
import JiedaoRollup
import JiedaoStore

/// `jiedao publish`'s work: bring the rollup database up to the street's journal, then follow
/// the journal and publish each edit as it lands. The street's own work never waits for it:
/// the publisher only reads the data directory, as `jiedao watch` does.
struct PublishLoop {
    var session: DataSession
    var registry: Registry
    let url: String
    let language: Language
    /// Publish what is there and stop (for scripts and tests); no retries.
    let once: Bool
    /// Records per backfill transaction.
    var chunkSize = 20_000
    /// Also print each commit's sequence and monotonic time (for the latency benchmark).
    var trace = false

    /// Runs until killed (or, with `once`, until the database is current). A server that is down
    /// or a link that breaks is retried with a growing pause, up to a minute.
    mutating func run() throws {
        var pause: UInt32 = 1
        while true {
            do {
                let connection = try PostgresConnection(url: url)
                var publisher = try StreetPublisher(connection: connection, settings: registry.settings)
                publisher.chunkSize = chunkSize
                pause = 1
                try bringUpToDate(publisher)
                if once { return }
                try follow(publisher)
                // follow returns when the street's code changed: connect again under the new one.
            } catch let error as RollupError where error.isTransient && !once {
                printError(error.message.text(language) + (language == .zh ? "；\(pause) 秒后重试" : "; retrying in \(pause) s"))
                sleep(pause)
                pause = min(60, pause * 2)
            } catch let error as RollupError {
                throw CommandFailure(error.message.text(language))
            }
        }
    }

    /// Writes whatever the database lacks of the street: a backfill (new, or resumed where it
    /// stopped), or the edits since the sequence it last published.
    private mutating func bringUpToDate(_ publisher: StreetPublisher) throws {
        let sequence = session.sequence
        var state = try publisher.state()
        switch state {
        case .unknown:
            state = try restart(publisher, at: sequence, reason: nil)
        case .backfilling(let started, _, _) where started > sequence,
             .published(let started) where started > sequence:
            state = try restart(publisher, at: sequence, reason: language == .zh
                ? "数据库中的进度（\(started)）比本数据集（\(sequence)）新（是否从备份恢复过？），重新发布全部记录"
                : "The database has published up to \(started), beyond this data set's \(sequence) (restored from a backup?); publishing everything again")
        case .published(let published) where published < sequence:
            guard let touched = try changes(after: published, upTo: sequence) else {
                state = try restart(publisher, at: sequence, reason: language == .zh
                    ? "第 \(published) 号之后的日志已不可读，重新发布全部记录"
                    : "The journal after \(published) can no longer be read; publishing everything again")
                break
            }
            try publisher.publish(touched, registry, at: sequence, now: Environment.now)
            report(sequence: sequence, records: touched.count)
            return
        default:
            break
        }
        guard case .backfilling(let started, _, _) = state else { return }
        // Records already written may have changed since the backfill started: write them again at its end.
        var since = TouchedRecords()
        if started < sequence {
            guard let touched = try changes(after: started, upTo: sequence) else {
                state = try restart(publisher, at: sequence, reason: nil)
                return try bringUpToDate(publisher)
            }
            since = touched
        }
        while case .backfilling(_, let table, let next) = state {
            state = try publisher.backfillStep(registry, from: state, at: sequence, since: since, now: Environment.now)
            if case .backfilling(_, let nextTable, let end) = state, (nextTable, end) != (table, next) {
                printError(language == .zh ? "补录：第 \(nextTable + 1) 张表，已到 \(end)" : "Backfill: table \(nextTable + 1), up to \(end)")
            }
        }
        report(sequence: sequence, records: nil)
    }

    private func restart(_ publisher: StreetPublisher, at sequence: UInt64, reason: String?) throws -> PublishState {
        if let reason { printError(reason) }
        try publisher.startBackfill(registry, at: sequence, now: Environment.now)
        return .backfilling(sequence: sequence, table: 0, next: 0)
    }

    /// The records changed by the journal entries after `first` up to `last`; nil when some of
    /// them are no longer in the journal or its archive.
    private func changes(after first: UInt64, upTo last: UInt64) throws -> TouchedRecords? {
        let entries: [JournalEntry]
        do {
            entries = try AuditTrail.entries(of: session.directory).filter { $0.sequence > first && $0.sequence <= last }
        } catch {
            throw CommandFailure(error.message.text(language))
        }
        guard entries.first?.sequence == first + 1, entries.last?.sequence == last, entries.count == Int(last - first) else { return nil }
        var touched = TouchedRecords()
        for entry in entries { touched.add(entry) }
        return touched
    }

    /// Publishes each edit as it reaches the journal, until the connection fails (it throws) or
    /// the street's code changes (it returns, having withdrawn the rows of the old code).
    private mutating func follow(_ publisher: StreetPublisher) throws {
        let watcher = JournalWatcher(directory: session.directory)
        var lastPoll = DispatchTime.now().uptimeNanoseconds
        while true {
            let now = DispatchTime.now().uptimeNanoseconds
            // The dashboard's rule: at once on a change of the directory, else every second.
            if watcher.changed() || now - lastPoll >= 1_000_000_000 {
                lastPoll = now
                let counts = TouchedRecords.counts(in: registry)
                let entries: [JournalEntry]
                do {
                    entries = try session.catchUp(&registry)
                } catch {
                    throw CommandFailure(error.message.text(language))
                }
                if registry.settings.streetCode != publisher.street {
                    // A new code is a new street for the district: take the old rows away and start afresh.
                    try publisher.withdraw()
                    printError(language == .zh
                        ? "街道编码已从 \(publisher.street) 改为 \(registry.settings.streetCode ?? "")，按新编码重新发布"
                        : "The street code changed from \(publisher.street) to \(registry.settings.streetCode ?? ""); publishing afresh under the new code")
                    return
                }
                if !entries.isEmpty {
                    var touched = TouchedRecords()
                    for entry in entries { touched.add(entry) }
                    touched.addCreated(since: counts, in: registry)
                    try publisher.publish(touched, registry, at: session.sequence, now: Environment.now)
                    report(sequence: session.sequence, records: touched.count)
                }
            }
            usleep(20_000)
        }
    }

    private func report(sequence: UInt64, records: Int?) {
        if trace {
            FileHandle.standardOutput.write(Data("committed \(sequence) \(DispatchTime.now().uptimeNanoseconds)\n".utf8))
            return
        }
        let street = registry.settings.streetCode ?? ""
        let line: String
        if let records {
            line = language == .zh ? "已发布 \(street) 至第 \(sequence) 号（\(records) 条记录）" : "Published \(street) up to \(sequence) (\(records) records)"
        } else {
            line = language == .zh ? "已发布 \(street) 至第 \(sequence) 号（全部记录）" : "Published \(street) up to \(sequence) (every record)"
        }
        // Written at once, not buffered: whoever watches the output sees each publish as it happens.
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }
}
