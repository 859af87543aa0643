/// Reads little-endian fixed-width values from a byte buffer; every read is bounds-checked
/// and a short buffer becomes an error, never a trap.
struct ByteReader {
    let bytes: UnsafeRawBufferPointer
    private(set) var offset: Int
    /// Where `bytes` starts within its file, for error messages.
    let base: Int

    init(_ bytes: UnsafeRawBufferPointer, offset: Int = 0, base: Int = 0) {
        self.bytes = bytes
        self.offset = offset
        self.base = base
    }

    var remaining: Int { bytes.count - offset }

    mutating func u8() throws(SnapshotError) -> UInt8 {
        try need(1)
        defer { offset += 1 }
        return bytes[offset]
    }

    mutating func bool() throws(SnapshotError) -> Bool {
        let value = try u8()
        guard value <= 1 else { throw SnapshotError.badValue(field: "flag", offset: base + offset - 1) }
        return value == 1
    }

    mutating func u16() throws(SnapshotError) -> UInt16 { try load(UInt16.self) }
    mutating func u32() throws(SnapshotError) -> UInt32 { try load(UInt32.self) }
    mutating func i32() throws(SnapshotError) -> Int32 { Int32(bitPattern: try load(UInt32.self)) }
    mutating func u64() throws(SnapshotError) -> UInt64 { try load(UInt64.self) }
    mutating func i64() throws(SnapshotError) -> Int64 { Int64(bitPattern: try load(UInt64.self)) }

    mutating func skip(_ count: Int) throws(SnapshotError) {
        try need(count)
        offset += count
    }

    mutating func slice(_ count: Int) throws(SnapshotError) -> UnsafeRawBufferPointer {
        try need(count)
        defer { offset += count }
        return UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + count)])
    }

    private mutating func load<T: FixedWidthInteger>(_ type: T.Type) throws(SnapshotError) -> T {
        let size = MemoryLayout<T>.size
        try need(size)
        defer { offset += size }
        return T(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: T.self))
    }

    private func need(_ count: Int) throws(SnapshotError) {
        guard count >= 0, count <= bytes.count - offset else { throw SnapshotError.truncated(offset: base + offset) }
    }
}
