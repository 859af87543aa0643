/// CRC-32C (Castagnoli), computed eight bytes at a time over whole buffers: one
/// checksum per file or journal record, never per field.
public enum CRC32C {
    private static let polynomial: UInt32 = 0x82F6_3B78

    // Eight 256-entry tables for the slicing-by-8 method.
    private static let tables: [[UInt32]] = {
        var tables = [[UInt32]](repeating: [UInt32](repeating: 0, count: 256), count: 8)
        for i in 0..<256 {
            var crc = UInt32(i)
            for _ in 0..<8 { crc = (crc & 1) != 0 ? (crc >> 1) ^ polynomial : crc >> 1 }
            tables[0][i] = crc
        }
        for i in 0..<256 {
            for t in 1..<8 {
                let previous = tables[t - 1][i]
                tables[t][i] = (previous >> 8) ^ tables[0][Int(previous & 0xFF)]
            }
        }
        return tables
    }()

    /// The checksum of `bytes`, continuing from `seed` (the result of an earlier call) if given.
    public static func checksum(_ bytes: UnsafeRawBufferPointer, seed: UInt32 = 0) -> UInt32 {
        var crc = ~seed
        var i = 0
        let count = bytes.count
        let t = tables
        while i + 8 <= count {
            let low = UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: i, as: UInt32.self)) ^ crc
            let high = UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: i + 4, as: UInt32.self))
            crc = t[7][Int(low & 0xFF)] ^ t[6][Int((low >> 8) & 0xFF)] ^ t[5][Int((low >> 16) & 0xFF)] ^ t[4][Int(low >> 24)]
                ^ t[3][Int(high & 0xFF)] ^ t[2][Int((high >> 8) & 0xFF)] ^ t[1][Int((high >> 16) & 0xFF)] ^ t[0][Int(high >> 24)]
            i += 8
        }
        while i < count {
            crc = t[0][Int((crc ^ UInt32(bytes[i])) & 0xFF)] ^ (crc >> 8)
            i += 1
        }
        return ~crc
    }

    /// The checksum of a byte array.
    public static func checksum(_ bytes: [UInt8], seed: UInt32 = 0) -> UInt32 {
        bytes.withUnsafeBytes { checksum($0, seed: seed) }
    }
}
