import JiedaoCore

/// What `jiedao check` found: one line per file, and whether all is sound.
public struct IntegrityReport: Sendable {
    public struct Line: Sendable {
        public var file: String
        public var sound: Bool
        public var text: Bilingual
    }

    public var lines: [Line] = []
    public var isSound: Bool { lines.allSatisfy(\.sound) }

    mutating func ok(_ file: String, _ zh: String, _ en: String) { lines.append(Line(file: file, sound: true, text: Bilingual(zh: zh, en: en))) }
    mutating func damaged(_ file: String, _ message: Bilingual) { lines.append(Line(file: file, sound: false, text: message)) }
}

/// Verifies a data directory or a single file without changing anything.
public enum IntegrityCheck {
    /// Checks snapshot, previous snapshot, journal, archived journals, and that the journal replays onto the snapshot.
    public static func check(directory: DataDirectory) -> IntegrityReport {
        var report = IntegrityReport()
        guard directory.exists else {
            report.damaged(directory.path, Bilingual(zh: "没有快照文件", en: "no snapshot file"))
            return report
        }
        let snapshot = checkSnapshot(directory.snapshotPath, into: &report)
        if FileSystem.exists(directory.previousSnapshotPath) { _ = checkSnapshot(directory.previousSnapshotPath, into: &report) }
        for segment in ArchiveSegment.list(in: directory.archivePath) { _ = checkJournal(segment.path, into: &report) }
        let journal = FileSystem.exists(directory.journalPath) ? checkJournal(directory.journalPath, into: &report) : nil
        if var (registry, header) = snapshot, let journal {
            var sequence = header.lastSequence
            for entry in journal.entries where entry.sequence > sequence {
                do throws(EditError) {
                    for edit in entry.edits { try registry.apply(edit, by: entry.author, at: entry.time) }
                    sequence = entry.sequence
                } catch {
                    report.damaged(directory.journalPath, Bilingual(
                        zh: "记录 \(entry.sequence) 无法应用到快照：\(error.message.zh)",
                        en: "record \(entry.sequence) does not apply to the snapshot: \(error.message.en)"))
                    return report
                }
            }
            header.lastSequence = sequence
            report.ok(directory.path, "重放后共 \(registry.appeals.liveCount) 条诉求，序号至 \(sequence)",
                      "after replay: \(registry.appeals.liveCount) appeals, up to sequence \(sequence)")
        }
        return report
    }

    /// Checks one file, telling a snapshot from a journal by its magic.
    public static func check(file: String) -> IntegrityReport {
        var report = IntegrityReport()
        let bytes: [UInt8]
        do {
            bytes = try PosixFile.open(file, flags: 0).readAll()
        } catch {
            report.damaged(file, StoreError.io(error).message)
            return report
        }
        if bytes.starts(with: JournalFormat.magic) {
            _ = checkJournal(file, bytes: bytes, into: &report)
        } else {
            _ = checkSnapshot(file, bytes: bytes, into: &report)
        }
        return report
    }

    private static func checkSnapshot(_ path: String, bytes: [UInt8]? = nil, into report: inout IntegrityReport) -> (Registry, SnapshotHeader)? {
        do {
            let data = try bytes ?? PosixFile.open(path, flags: 0).readAll()
            let (registry, header) = try SnapshotDecoder.decode(data)
            let counts = header.counts.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
            report.ok(path, "快照完好（格式 v\(header.formatVersion)，\(counts)）", "snapshot sound (format v\(header.formatVersion); \(counts))")
            return (registry, header)
        } catch let error as SnapshotError {
            report.damaged(path, error.message)
        } catch let error as StoreIOError {
            report.damaged(path, StoreError.io(error).message)
        } catch {
            report.damaged(path, Bilingual(zh: "\(error)", en: "\(error)"))
        }
        return nil
    }

    private static func checkJournal(_ path: String, bytes: [UInt8]? = nil, into report: inout IntegrityReport) -> JournalScan? {
        do {
            let data = try bytes ?? PosixFile.open(path, flags: 0).readAll()
            let scan = try JournalReader.scan(data, path: path)
            let torn = scan.tornBytes > 0
                ? Bilingual(zh: "；末尾有 \(scan.tornBytes) 字节未完成的记录（写入中断，未确认）", en: "; torn tail of \(scan.tornBytes) bytes (an unacknowledged append)")
                : Bilingual(zh: "", en: "")
            report.ok(path, "日志完好：\(scan.entries.count) 条记录" + torn.zh, "journal sound: \(scan.entries.count) records" + torn.en)
            return scan
        } catch let error as JournalError {
            report.damaged(path, error.message)
        } catch let error as StoreIOError {
            report.damaged(path, StoreError.io(error).message)
        } catch {
            report.damaged(path, Bilingual(zh: "\(error)", en: "\(error)"))
        }
        return nil
    }
}
