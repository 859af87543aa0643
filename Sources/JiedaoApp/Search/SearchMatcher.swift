import Glibc
import JiedaoCore

/// Whether a row matches what was typed after `/`: a substring of any shown text column
/// (numbers too on the appeals pane, for IDs and dates), or pinyin initials (`qxsq` → 侨香社区).
///
/// Columns with a ``SearchKey`` are matched without building their text: stored text in its
/// UTF-8 bytes, and a cell of a few values once per value (remembered in the matcher).
struct SearchMatcher {
    let lowered: String
    let usesInitials: Bool
    private let loweredUTF8: [UInt8]
    /// The query holds no ASCII letter, so its bytes are compared as they are (no case to fold).
    private let exactBytes: Bool
    /// The query prepared for matching initials in stored bytes.
    private let initials: PinyinInitials.Prepared?
    /// The functions of the columns searched, held apart from the columns: copying a whole
    /// column for every row cost more than the matching (titles, alphabets, all its closures).
    private let keys: [(@Sendable (RowContext, Int32) -> SearchKey)?]
    private let texts: [@Sendable (RowContext, Int32) -> String]
    /// The columns' IDs on the appeals pane, which is read straight from the appeal table.
    private let appealColumns: [ColumnID]?
    /// Per column: whether each small value's text matched (0 not yet known, 1 no, 2 yes).
    /// (One flat array, column after column: an array of arrays costs a reference count per look.)
    private var smallValues: [UInt8] = []
    /// The same for values outside the small range.
    private var otherValues: [[Int64: Bool]]
    /// Values from -8 (the deadline column's "none" and "suspended") up to this are memoised in arrays.
    private static let smallValueLimit: Int64 = 4_088

    /// Nil for an empty query: everything matches.
    init?(_ query: String, pane: Pane) {
        guard !query.isEmpty else { return nil }
        let lowered = query.lowercased()
        self.lowered = lowered
        loweredUTF8 = Array(lowered.utf8)
        exactBytes = !lowered.utf8.contains { ($0 >= 65 && $0 <= 90) || ($0 >= 97 && $0 <= 122) }
        usesInitials = query.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
        initials = usesInitials ? PinyinInitials.Prepared(lowered) : nil
        let columns = PaneColumns.columns(for: pane).filter { ($0.isNumeric ? pane == .appeals : true) && $0.couldShow(lowered) }
        keys = columns.map(\.searchKey)
        texts = columns.map(\.text)
        appealColumns = pane == .appeals ? columns.map(\.id) : nil
        otherValues = Array(repeating: [:], count: columns.count)
    }

    mutating func matches(_ id: Int32, _ context: RowContext) -> Bool {
        for index in keys.indices {
            switch keys[index]?(context, id) {
            case .text(let ref)?:
                if context.registry.texts.withUTF8(ref, { matchesStored($0) }) { return true }
            case .value(let value)?:
                if matchesValue(index, value, id, context) { return true }
            case nil:
                if matchesText(texts[index](context, id)) { return true }
            }
        }
        return false
    }

    /// The rows of `rows` that match, in their order: long lists are split between the two
    /// cores, each half with its own matcher (so its own memo of values).
    func filter(_ rows: [Int32], _ context: RowContext, isCancelled: () -> Bool = { false }) -> [Int32]? {
        func generic(_ slice: ArraySlice<Int32>) -> [Int32]? {
            var matcher = self
            var kept: [Int32] = []
            for (offset, id) in slice.enumerated() {
                if offset % 4_096 == 0, isCancelled() { return nil }
                if matcher.matches(id, context) { kept.append(id) }
            }
            return kept
        }
        // Appeals: fields read through pointers into the table and the text bytes, with no
        // closure, copy or reference count per row (they cost more than the matching, and two
        // cores counting references to the same arrays slow each other down).
        func appeals(_ slice: ArraySlice<Int32>) -> [Int32]? {
            var matcher = self
            let columns = appealColumns ?? []
            return columns.withUnsafeBufferPointer { columns in
                context.registry.appeals.rows.withUnsafeBufferPointer { table in
                    context.registry.texts.withBytes { bytes in
                        guard let base = table.baseAddress else { return [] }
                        var kept: [Int32] = []
                        for (offset, id) in slice.enumerated() {
                            if offset % 4_096 == 0, isCancelled() { return nil }
                            guard id >= 0, Int(id) < table.count else { continue }
                            if matcher.matchesAppeal(base + Int(id), id, columns, bytes, context) { kept.append(id) }
                        }
                        return kept
                    }
                }
            }
        }
        func part(_ slice: ArraySlice<Int32>) -> [Int32]? {
            appealColumns == nil ? generic(slice) : appeals(slice)
        }
        guard rows.count >= 50_000 else { return part(rows[...]) }
        let middle = rows.count / 2
        let (first, second) = TwoCores.run({ part(rows[..<middle]) }, { part(rows[middle...]) })
        guard let first, let second else { return nil }
        return first + second
    }

    private mutating func matchesAppeal(_ appeal: UnsafePointer<Appeal>, _ id: Int32, _ columns: UnsafeBufferPointer<ColumnID>,
                                        _ bytes: TextBytes, _ context: RowContext) -> Bool {
        for index in columns.indices {
            let found: Bool
            switch columns[index] {
            case .summary: found = matchesStored(bytes[appeal.pointee.summary])
            case .ticket: found = matchesStored(bytes[appeal.pointee.ticket])
            case .community: found = matchesValue(index, Int64(appeal.pointee.community.raw), id, context)
            case .category: found = matchesValue(index, Int64(appeal.pointee.categoryCode), id, context)
            case .state: found = matchesValue(index, Int64(appeal.pointee.progress.state.rawValue), id, context)
            case .channel: found = matchesValue(index, Int64(appeal.pointee.channel.rawValue), id, context)
            case .received: found = matchesValue(index, appeal.pointee.receivedAt / 60, id, context)
            case .deadline: found = matchesValue(index, DeadlineText.textKey(appeal.pointee.progress, context), id, context)
            default: found = matchesText(texts[index](context, id))
            }
            if found { return true }
        }
        return false
    }

    /// Stored text: its bytes, or its pinyin initials for a query of letters.
    private func matchesStored(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard usesInitials else { return exactBytes ? Self.containsExactly(loweredUTF8, in: text) : Self.contains(loweredUTF8, in: text) }
        if let initials { return Self.contains(loweredUTF8, in: text) || initials.matches(text) }
        return matchesText(String(decoding: text, as: UTF8.self))
    }

    /// A cell of few values: its text is matched once per value.
    private mutating func matchesValue(_ index: Int, _ value: Int64, _ id: Int32, _ context: RowContext) -> Bool {
        if value >= -8, value < Self.smallValueLimit {
            if smallValues.isEmpty { smallValues = Array(repeating: 0, count: Int(Self.smallValueLimit + 8) * texts.count) }
            let slot = index * Int(Self.smallValueLimit + 8) + Int(value + 8)
            let known = smallValues[slot]
            if known != 0 { return known == 2 }
            let found = matchesText(texts[index](context, id))
            smallValues[slot] = found ? 2 : 1
            return found
        }
        if let known = otherValues[index][value] { return known }
        let found = matchesText(texts[index](context, id))
        otherValues[index][value] = found
        return found
    }

    private func matchesText(_ text: String) -> Bool {
        text.lowercased().contains(lowered) || (usesInitials && PinyinInitials.matches(lowered, in: text))
    }

    /// Whether `needle` occurs in `bytes` as it is. memchr finds the needle's last byte (for
    /// Chinese a continuation byte, one of 64, so it stops seldom), memcmp checks the rest.
    private static func containsExactly(_ needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let length = needle.count
        guard length > 0 else { return true }
        guard bytes.count >= length, let base = bytes.baseAddress else { return false }
        return needle.withUnsafeBufferPointer { needle in
            guard let pattern = needle.baseAddress else { return false }
            let lastByte = Int32(pattern[length - 1])
            var from = length - 1
            while from < bytes.count {
                guard let hit = memchr(base + from, lastByte, bytes.count - from) else { return false }
                let end = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                if length == 1 || memcmp(base + end - (length - 1), pattern, length - 1) == 0 { return true }
                from = end + 1
            }
            return false
        }
    }

    /// Whether `needle` (lower-cased) occurs in `bytes`, ASCII letters of `bytes` in either case.
    private static func contains(_ needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = needle.first else { return true }
        guard bytes.count >= needle.count else { return false }
        var start = 0
        let last = bytes.count - needle.count
        while start <= last {
            if folded(bytes[start]) == first {
                var offset = 1
                while offset < needle.count, folded(bytes[start + offset]) == needle[offset] { offset += 1 }
                if offset == needle.count { return true }
            }
            start += 1
        }
        return false
    }

    private static func folded(_ byte: UInt8) -> UInt8 { byte >= 65 && byte <= 90 ? byte + 32 : byte }
}
