/// Writes little-endian fixed-width values straight into the storage of a new byte array
/// whose size the caller knows in advance: no growth, no per-value append.
///
/// ```swift
/// let bytes = ByteWriter.collect(capacity: 12) { w in
///     w.u32(7)
///     w.i64(-1)
/// }
/// ```
struct ByteWriter {
    private let region: UnsafeMutableRawBufferPointer
    /// Bytes written so far.
    private(set) var count = 0

    private init(_ region: UnsafeMutableRawBufferPointer) { self.region = region }

    /// The bytes `body` writes, which must fit in `capacity` (writing past it is a bug and traps).
    static func collect(capacity: Int, _ body: (inout ByteWriter) -> Void) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: Swift.max(0, capacity)) { buffer, initialized in
            var writer = ByteWriter(UnsafeMutableRawBufferPointer(buffer))
            body(&writer)
            initialized = writer.count
        }
    }

    mutating func u8(_ value: UInt8) { store(value) }
    mutating func bool(_ value: Bool) { store(UInt8(value ? 1 : 0)) }
    mutating func u16(_ value: UInt16) { store(value) }
    mutating func u32(_ value: UInt32) { store(value) }
    mutating func i32(_ value: Int32) { store(UInt32(bitPattern: value)) }
    mutating func u64(_ value: UInt64) { store(value) }
    mutating func i64(_ value: Int64) { store(UInt64(bitPattern: value)) }
    mutating func raw(_ data: [UInt8]) { data.withUnsafeBytes { raw($0) } }

    mutating func raw(_ data: UnsafeRawBufferPointer) {
        guard !data.isEmpty else { return }
        precondition(data.count <= region.count - count, "ByteWriter capacity exceeded")
        region.baseAddress.map { ($0 + count).copyMemory(from: data.baseAddress ?? UnsafeRawPointer($0), byteCount: data.count) }
        count += data.count
    }

    mutating func zeros(_ n: Int) {
        guard n > 0 else { return }
        precondition(n <= region.count - count, "ByteWriter capacity exceeded")
        _ = region.baseAddress.map { ($0 + count).initializeMemory(as: UInt8.self, repeating: 0, count: n) }
        count += n
    }

    private mutating func store<T: FixedWidthInteger>(_ value: T) {
        let size = MemoryLayout<T>.size
        precondition(size <= region.count - count, "ByteWriter capacity exceeded")
        region.storeBytes(of: value.littleEndian, toByteOffset: count, as: T.self)
        count += size
    }
}
