/// Appends little-endian fixed-width values to a byte buffer.
struct ByteWriter {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    mutating func u8(_ value: UInt8) { bytes.append(value) }
    mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }
    mutating func u16(_ value: UInt16) { append(value) }
    mutating func u32(_ value: UInt32) { append(value) }
    mutating func i32(_ value: Int32) { append(UInt32(bitPattern: value)) }
    mutating func u64(_ value: UInt64) { append(value) }
    mutating func i64(_ value: Int64) { append(UInt64(bitPattern: value)) }
    mutating func raw(_ data: [UInt8]) { bytes.append(contentsOf: data) }
    mutating func raw(_ data: UnsafeRawBufferPointer) { bytes.append(contentsOf: data) }

    mutating func zeros(_ count: Int) { bytes.append(contentsOf: repeatElement(0, count: count)) }

    private mutating func append<T: FixedWidthInteger>(_ value: T) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }
}
