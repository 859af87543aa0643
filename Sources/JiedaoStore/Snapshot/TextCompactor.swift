import JiedaoCore

/// Copies only the text that live handles refer to into a fresh buffer while a snapshot is written,
/// so text replaced by edits does not survive a save.
struct TextCompactor {
    let source: TextStore
    private(set) var bytes: [UInt8] = []

    init(source: TextStore) {
        self.source = source
        bytes.reserveCapacity(source.count)
    }

    mutating func move(_ ref: TextRef) -> TextRef {
        guard ref.length > 0, source.isValid(ref) else { return .empty }
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
