import Foundation
import JiedaoCore

/// The JSON of one journal record.
///
/// v2 (written now): `{"sequence":…,"user":…,"login":…,"time":…,"edits":[…],"inverses":[…]}`,
/// each edit in ``EditCoding``'s named keys. v1 (read only): `{"sequence","user","login","time",
/// "edit","inverse"}` with the edit in Swift's synthesized enum layout (`{"create":{"_0":…}}`).
enum JournalPayload {
    private struct V2: Codable {
        var sequence: UInt64
        var user: Int32
        var login: String
        var time: Int64
        var edits: [EditCoding]
        var inverses: [EditCoding]
        var figures: FigureChanges?
    }

    /// A v2 record without its edits, for ``decodeFigures(_:)``.
    private struct Figures: Decodable {
        var sequence: UInt64
        var user: Int32
        var login: String
        var time: Int64
        var figures: FigureChanges?
    }

    private struct V1: Codable {
        var sequence: UInt64
        var user: Int32
        var login: String
        var time: Int64
        var edit: Edit
        var inverse: Edit?
    }

    static func encode(_ entry: JournalEntry) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let value = V2(sequence: entry.sequence, user: entry.user, login: entry.login, time: entry.time,
                       edits: entry.edits.map(EditCoding.init), inverses: entry.inverses.map(EditCoding.init),
                       figures: entry.figures)
        return [UInt8](try encoder.encode(value))
    }

    static func decode(_ bytes: ArraySlice<UInt8>) -> JournalEntry? {
        guard let value = try? JSONDecoder().decode(V2.self, from: Data(bytes)) else { return nil }
        return JournalEntry(sequence: value.sequence, user: value.user, login: value.login, time: value.time,
                            edits: value.edits.map(\.edit), inverses: value.inverses.map(\.edit), figures: value.figures)
    }

    /// A v2 record's author, time and figure changes, its edits left empty; nil for a v1 record's
    /// JSON (which has no figures) as for any other that does not read.
    static func decodeFigures(_ bytes: ArraySlice<UInt8>) -> JournalEntry? {
        guard let value = try? JSONDecoder().decode(Figures.self, from: Data(bytes)) else { return nil }
        return JournalEntry(sequence: value.sequence, user: value.user, login: value.login, time: value.time, edits: [], figures: value.figures)
    }

    /// A v1 record, for tests of reading old journals.
    static func encodeV1(_ entry: JournalEntry) throws -> [UInt8] {
        guard let edit = entry.edits.first, entry.edits.count == 1 else {
            throw EncodingError.invalidValue(entry.edits, .init(codingPath: [], debugDescription: "a v1 record holds one edit"))
        }
        let value = V1(sequence: entry.sequence, user: entry.user, login: entry.login, time: entry.time, edit: edit, inverse: entry.inverses.first)
        return [UInt8](try JSONEncoder().encode(value))
    }

    static func decodeV1(_ bytes: ArraySlice<UInt8>) -> JournalEntry? {
        guard let value = try? JSONDecoder().decode(V1.self, from: Data(bytes)) else { return nil }
        return JournalEntry(sequence: value.sequence, user: value.user, login: value.login, time: value.time, edit: value.edit, inverse: value.inverse)
    }

    /// The v2 JSON of one edit, as `jiedao log --json` prints it.
    static func json(of edit: Edit) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(EditCoding(edit))).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }
}
