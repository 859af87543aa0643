// libFuzzer target for SnapshotDecoder.decode. Built by Fuzz/build.sh, run by Fuzz/run.sh.
//
// Each input is decoded twice:
//   1. as given — exercises the magic, version, size and trailer checks;
//   2. with its trailer rewritten to be valid (CRC-32C of everything before it, reserved 0,
//      "SNAPEND\0") when it is at least 80 bytes long — without this, almost every mutation
//      dies at the checksum and the section table, records and references are never reached.
// The decoder must return or throw for both; any trap is a bug.
// Tests/JiedaoStoreTests/FuzzRegressionTests.swift replays saved inputs the same way.
import JiedaoStore

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    _ = try? SnapshotDecoder.decode(bytes)
    if let sealed = withValidTrailer(bytes) { _ = try? SnapshotDecoder.decode(sealed) }
    return 0
}

/// `bytes` with the last 16 bytes replaced by a correct trailer; nil when too short to hold
/// a header and a trailer (the decoder refuses those before it looks at the trailer).
func withValidTrailer(_ bytes: [UInt8]) -> [UInt8]? {
    guard bytes.count >= 80 else { return nil }
    var sealed = bytes
    let body = bytes.count - 16
    let crc = bytes.withUnsafeBytes { CRC32C.checksum(UnsafeRawBufferPointer(rebasing: $0[0..<body])) }
    for i in 0..<4 { sealed[body + i] = UInt8(truncatingIfNeeded: crc >> (8 * UInt32(i))) }
    for i in 4..<8 { sealed[body + i] = 0 }
    for (i, b) in "SNAPEND\0".utf8.enumerated() { sealed[body + 8 + i] = b }
    return sealed
}
