import JiedaoCore

/// Copies only the text that live handles refer to into a fresh buffer while a snapshot is written,
/// so text replaced by edits does not survive a save.
///
/// When little has been interned since loading (at most an eighth of the store), little can have
/// been replaced, and the store is written whole with every handle unchanged: saving a city
/// after a day's edits then copies its text once instead of string by string.
struct TextCompactor {
    let source: TextStore
    /// Whether handles are rewritten into a fresh buffer.
    let compacts: Bool
    private(set) var bytes: [UInt8] = []

    /// With `always`, text is compacted however little was interned: text replaced in place
    /// (a masked copy's names and phones) must not reach the file.
    init(source: TextStore, always: Bool = false) {
        self.source = source
        compacts = always || source.addedCount * 8 > source.count
        if compacts { bytes.reserveCapacity(source.count + 8) }
    }

    /// The text section's bytes: the compacted copy, or the store's own parts when not compacting.
    var section: [ArraySlice<UInt8>] { compacts ? [bytes[...]] : source.parts }

    /// The text section's length.
    var length: Int { compacts ? bytes.count : source.count }

    mutating func move(_ ref: TextRef) -> TextRef {
        guard ref.length > 0, source.isValid(ref) else { return .empty }
        guard compacts else { return ref }
        let offset = UInt32(truncatingIfNeeded: bytes.count)
        source.withUTF8(ref) { bytes.append(contentsOf: $0) }
        return TextRef(offset: offset, length: ref.length)
    }
}

extension ByteWriter {
    mutating func text(_ ref: TextRef, _ compactor: inout TextCompactor) {
        let moved = compactor.move(ref)
        u32(moved.offset)
        u32(moved.length)
    }
}

extension ByteReader {
    /// A text handle, checked against the length of the text section.
    mutating func text(limit: Int) throws(SnapshotError) -> TextRef {
        let at = base + offset
        let ref = TextRef(offset: try u32(), length: try u32())
        guard UInt64(ref.offset) + UInt64(ref.length) <= UInt64(limit) else {
            throw SnapshotError.badValue(field: "text", offset: at)
        }
        return ref
    }

    /// One byte that must be a case of `C`.
    mutating func choice<C: Choice>(_ type: C.Type, field: String) throws(SnapshotError) -> C {
        let at = base + offset
        guard let value = C(rawValue: try u8()) else { throw SnapshotError.badValue(field: field, offset: at) }
        return value
    }
}
