import ArgumentParser
import Foundation
import JiedaoCore
import JiedaoServer
import JiedaoStore

/// `jiedao log`: the audit trail — every edit with author, time and what it changed.
struct LogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: "Print the audit trail: every edit with who, when and what (current journal and archive)."
    )

    @OptionGroup var options: DataOptions

    @Option(help: ArgumentHelp("Only edits at or after this time (YYYY-MM-DD or YYYY-MM-DD HH:MM, data set time zone).", valueName: "TIME"))
    var since: String?

    @Option(help: ArgumentHelp("Only edits by this login or display name.", valueName: "NAME"))
    var user: String?

    @Option(help: ArgumentHelp("Only edits of this record, as kind#id (compound#5).", valueName: "RECORD"))
    var record: String?

    @Flag(help: "One JSON object per line.")
    var json = false

    func run() throws {
        let registry: Registry
        let entries: [JournalEntry]
        if let socket = options.serverSocket {
            // The server's trail, masked as everything it sends.
            var replica: ServerReplica
            (replica, registry) = try options.connect(to: socket)
            do {
                entries = try replica.auditTrail()
            } catch {
                throw CommandFailure(error.message.text(options.language))
            }
        } else {
            registry = try options.open().registry
            do {
                entries = try AuditTrail.entries(of: options.directory)
            } catch {
                throw CommandFailure(error.message.text(options.language))
            }
        }
        var start: Int64?
        if let since {
            guard let time = FieldText.parseTime(since, registry: registry) else {
                throw ValidationError("--since must be YYYY-MM-DD or YYYY-MM-DD HH:MM, not “\(since)”")
            }
            start = time
        }
        let wanted = try record.map(parseRecord)
        let lines = AuditLines(registry: registry, language: options.language)
        for entry in entries {
            if let start, entry.time < start { continue }
            if let user, entry.login != user, lines.displayName(entry) != user { continue }
            if let wanted, !entry.edits.contains(where: { $0.target == wanted }) { continue }
            if json { print(lines.json(entry)) } else { printForPeople(lines.text(entry)) }
        }
    }

    private func parseRecord(_ text: String) throws -> RecordRef {
        let parts = text.split(separator: "#")
        guard parts.count == 2, let kind = EditCoding.kind(named: String(parts[0])), let id = Int32(parts[1]) else {
            let names = EditCoding.kindNames.map(\.1).sorted().joined(separator: ", ")
            throw ValidationError("--record must look like compound#5 (kinds: \(names))")
        }
        return RecordRef(kind, id)
    }
}

/// Journal entries as lines for people and for scripts.
struct AuditLines {
    let registry: Registry
    let language: Language

    func displayName(_ entry: JournalEntry) -> String {
        entry.user >= 0 ? registry.name(of: RecordRef(.user, entry.user)) : entry.login
    }

    func text(_ entry: JournalEntry) -> String {
        let time = FieldText.formatTime(entry.time, registry.settings.utcOffset(at: entry.time))
        let head = "#\(entry.sequence)  \(time)  \(displayName(entry))(\(entry.login))  "
        guard entry.isBatch else { return head + describe(entry.parts[0]) }
        // A batch is one change: its parts follow, numbered within it.
        let title = Bilingual(zh: "一次修改，共 \(entry.edits.count) 项", en: "one change of \(entry.edits.count) parts").text(language)
        let parts = entry.parts.enumerated().map { "    #\(entry.sequence).\($0.offset + 1)  " + describe($0.element) }
        return ([head + title] + parts).joined(separator: "\n")
    }

    private func describe(_ part: (edit: Edit, inverse: Edit?)) -> String {
        EditDescription.describe(part.edit, registry: registry, inverse: part.inverse).text(language)
    }

    func json(_ entry: JournalEntry) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let parts = entry.parts.map { part in
            AuditPart(record: part.edit.target.map { "\($0.kind.label.en.lowercased())#\($0.id)" }, summary: describe(part), edit: EditCoding(part.edit))
        }
        let line = AuditLine(sequence: entry.sequence, time: entry.time, login: entry.login, user: displayName(entry),
                             record: parts.count == 1 ? parts[0].record : nil, summary: parts.count == 1 ? parts[0].summary : parts.map(\.summary).joined(separator: "; "),
                             batch: entry.isBatch, parts: parts)
        return (try? encoder.encode(line)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }
}

private struct AuditPart: Encodable {
    var record: String?
    var summary: String
    var edit: EditCoding
}

private struct AuditLine: Encodable {
    var sequence: UInt64
    var time: Int64
    var login: String
    var user: String
    var record: String?
    var summary: String
    var batch: Bool
    var parts: [AuditPart]
}
