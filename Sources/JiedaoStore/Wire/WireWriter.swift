/// Appends little-endian values to a growing buffer, for the server protocol's frames.
struct WireWriter {
    private(set) var bytes: [UInt8] = []

    mutating func u8(_ value: UInt8) { bytes.append(value) }
    mutating func u32(_ value: UInt32) { append(value) }
    mutating func i32(_ value: Int32) { append(UInt32(bitPattern: value)) }
    mutating func u64(_ value: UInt64) { append(value) }
    mutating func raw(_ data: [UInt8]) { bytes += data }

    /// UTF-8 text after its length as a u32.
    mutating func text(_ string: String) {
        let utf8 = Array(string.utf8)
        u32(UInt32(utf8.count))
        raw(utf8)
    }

    private mutating func append<T: FixedWidthInteger>(_ value: T) {
        withUnsafeBytes(of: value.littleEndian) { bytes += $0 }
    }
}

/// Reads what ``WireWriter`` wrote; every read is bounds-checked and a short or bad payload
/// is a ``WireError``, never a trap.
struct WireFields {
    private let bytes: ArraySlice<UInt8>
    private var position: Int

    init(_ bytes: ArraySlice<UInt8>) {
        self.bytes = bytes
        position = bytes.startIndex
    }

    var rest: ArraySlice<UInt8> { bytes[position...] }
    var isAtEnd: Bool { position == bytes.endIndex }

    mutating func u8() throws(WireError) -> UInt8 {
        try need(1)
        defer { position += 1 }
        return bytes[position]
    }

    mutating func u32() throws(WireError) -> UInt32 { try load(UInt32.self) }
    mutating func i32() throws(WireError) -> Int32 { Int32(bitPattern: try load(UInt32.self)) }
    mutating func u64() throws(WireError) -> UInt64 { try load(UInt64.self) }

    mutating func raw(_ count: Int) throws(WireError) -> ArraySlice<UInt8> {
        try need(count)
        defer { position += count }
        return bytes[position..<position + count]
    }

    mutating func text() throws(WireError) -> String {
        let count = try u32()
        let utf8 = try raw(Int(count))
        guard let text = String(validating: utf8, as: UTF8.self) else { throw WireError.malformed("text is not UTF-8") }
        return text
    }

    /// Fails unless every byte was read.
    func finish() throws(WireError) {
        guard isAtEnd else { throw WireError.malformed("\(bytes.endIndex - position) bytes left over") }
    }

    private mutating func load<T: FixedWidthInteger>(_ type: T.Type) throws(WireError) -> T {
        let size = MemoryLayout<T>.size
        try need(size)
        var value: T = 0
        for i in 0..<size { value |= T(bytes[position + i]) << (8 * i) }
        position += size
        return value
    }

    private func need(_ count: Int) throws(WireError) {
        guard count >= 0, bytes.endIndex - position >= count else { throw WireError.malformed("payload ends early") }
    }
}
