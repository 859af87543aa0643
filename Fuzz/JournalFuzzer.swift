// libFuzzer target for JournalReader.scan. Built by Fuzz/build.sh, run by Fuzz/run.sh.
//
// Each input is scanned three times:
//   1. as given, as a whole journal file;
//   2. with every frame's CRC-32C recomputed (walking the frames by their length fields
//      from offset 24 while they fit), so mutated payloads reach the JSON decoder and the
//      sequence checks instead of dying at the checksum;
//   3. the bytes of (2) after the 24-byte header, as a headerless continuation
//      (`headerless: true`) whose base sequence is the header's u64 at offset 16 —
//      the way DataSession reads records appended by another process.
// The reader must return or throw every time; any trap is a bug. When it returns, two
// properties of the result are checked as well (a failed check is reported like a trap):
// the complete records and the torn tail together cover the file, and the records'
// sequence numbers follow the base one by one.
// Tests/JiedaoStoreTests/FuzzRegressionTests.swift replays saved inputs the same way.
import JiedaoStore

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    if let scan = try? JournalReader.scan(bytes, path: "fuzz") { check(scan, bytes.count, after: scan.baseSequence) }
    let sealed = withValidFrameChecksums(bytes)
    if let scan = try? JournalReader.scan(sealed, path: "fuzz") { check(scan, sealed.count, after: scan.baseSequence) }
    if sealed.count >= 24 {
        var base: UInt64 = 0
        for i in 0..<8 { base |= UInt64(sealed[16 + i]) << (8 * UInt64(i)) }
        let records = Array(sealed[24...])
        if let scan = try? JournalReader.scan(records, path: "fuzz", from: 0, baseSequence: base, headerless: true) {
            check(scan, records.count, after: base)
        }
    }
    return 0
}

func check(_ scan: JournalScan, _ size: Int, after base: UInt64) {
    precondition(scan.validLength + scan.tornBytes == size, "valid length + torn bytes is not the file size")
    for (i, entry) in scan.entries.enumerated() {
        precondition(entry.sequence == base &+ UInt64(i) &+ 1, "record sequence numbers do not follow the base")
    }
}

/// `bytes` with the CRC of every complete frame after the 24-byte header recomputed.
func withValidFrameChecksums(_ bytes: [UInt8]) -> [UInt8] {
    var sealed = bytes
    var offset = 24
    while offset + 16 <= sealed.count {
        var length = 0
        for i in 0..<4 { length |= Int(sealed[offset + i]) << (8 * i) }
        let end = offset + 16 + length
        guard end <= sealed.count else { break }
        let crc = sealed.withUnsafeBytes { CRC32C.checksum(UnsafeRawBufferPointer(rebasing: $0[(offset + 8)..<end])) }
        for i in 0..<4 { sealed[offset + 4 + i] = UInt8(truncatingIfNeeded: crc >> (8 * UInt32(i))) }
        offset = end
    }
    return sealed
}
