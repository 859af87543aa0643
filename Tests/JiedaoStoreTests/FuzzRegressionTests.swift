import Foundation
import JiedaoStore
import XCTest

/// Replays every input under `FuzzRegressions/snapshot/`, `FuzzRegressions/journal/` and `FuzzRegressions/server/`
/// exactly as the fuzz targets in `Fuzz/` run them: the decoder and the reader must return
/// or throw, never trap ("decoding never traps on any input", docs/snapshot-format.md).
///
/// `crash-<File.swift>-<line>-…` files are inputs that trapped at that place when they were
/// saved (`Fuzz/run.sh` names them so); `edge-…` files are hand-made inputs that reach one
/// check each; the rest are small inputs from a fuzzing corpus. A trap stops the whole test
/// process, so each input's name is printed before it is replayed: the last name printed
/// is the culprit. Reproduce one outside XCTest with `Fuzz/out/<target>-fuzzer FILE`.
final class FuzzRegressionTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("FuzzRegressions")

    func testSnapshotInputsReturnOrThrow() throws {
        let inputs = try Self.inputs("snapshot")
        XCTAssertGreaterThanOrEqual(inputs.count, 5, "FuzzRegressions/snapshot holds the committed inputs")
        for (name, bytes) in inputs {
            Self.announce("snapshot", name)
            _ = try? SnapshotDecoder.decode(bytes)
            if let sealed = Self.withValidTrailer(bytes) { _ = try? SnapshotDecoder.decode(sealed) }
        }
    }

    func testJournalInputsReturnOrThrow() throws {
        let inputs = try Self.inputs("journal")
        XCTAssertGreaterThanOrEqual(inputs.count, 5, "FuzzRegressions/journal holds the committed inputs")
        for (name, bytes) in inputs {
            Self.announce("journal", name)
            if let scan = try? JournalReader.scan(bytes, path: name) { check(scan, bytes.count, after: scan.baseSequence, name) }
            let sealed = Self.withValidFrameChecksums(bytes)
            if let scan = try? JournalReader.scan(sealed, path: name) { check(scan, sealed.count, after: scan.baseSequence, name) }
            if sealed.count >= 24 {
                let base = sealed[16..<24].reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
                let records = Array(sealed[24...])
                if let scan = try? JournalReader.scan(records, path: name, from: 0, baseSequence: base, headerless: true) {
                    check(scan, records.count, after: base, name)
                }
            }
        }
    }

    func testServerFrameInputsReturnOrThrow() throws {
        let inputs = try Self.inputs("server")
        XCTAssertGreaterThanOrEqual(inputs.count, 5, "FuzzRegressions/server holds the committed inputs")
        for (name, bytes) in inputs {
            Self.announce("server", name)
            let whole = Self.frames(bytes, pieces: [bytes.count])
            XCTAssertEqual(Self.frames(bytes, pieces: bytes.map { Int($0 % 17) + 1 }), whole, name)
            for message in whole {
                var again = WireFrameReader()
                again.append(try message.encoded())
                XCTAssertEqual(try again.next(), message, name)
            }
        }
    }

    /// The messages read before the end or the first error, as Fuzz/ServerFrameFuzzer.swift reads them.
    static func frames(_ bytes: [UInt8], pieces: [Int]) -> [WireMessage] {
        var reader = WireFrameReader()
        var messages: [WireMessage] = []
        var start = 0
        var piece = 0
        while start < bytes.count {
            let end = min(bytes.count, start + max(1, pieces.isEmpty ? bytes.count : pieces[piece % pieces.count]))
            reader.append(bytes[start..<end])
            start = end
            piece += 1
            do {
                while let message = try reader.next() { messages.append(message) }
            } catch {
                return messages
            }
        }
        return messages
    }

    /// What every returned scan promises: complete records plus torn tail cover the bytes,
    /// and the records' sequence numbers follow the base one by one.
    private func check(_ scan: JournalScan, _ size: Int, after base: UInt64, _ name: String) {
        XCTAssertEqual(scan.validLength + scan.tornBytes, size, name)
        XCTAssertEqual(scan.entries.map(\.sequence), scan.entries.indices.map { base &+ UInt64($0) &+ 1 }, name)
    }

    /// The files of one target's folder, sorted by name (dot files skipped).
    static func inputs(_ target: String) throws -> [(name: String, bytes: [UInt8])] {
        let folder = root.appendingPathComponent(target)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            XCTFail("missing folder \(folder.path)")
            return []
        }
        return try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { !$0.hasPrefix(".") }
            .sorted()
            .map { ($0, [UInt8](try Data(contentsOf: folder.appendingPathComponent($0)))) }
    }

    private static func announce(_ target: String, _ name: String) {
        FileHandle.standardError.write(Data("FuzzRegressionTests: replaying \(target)/\(name)\n".utf8))
    }

    // The two helpers below are the ones in Fuzz/SnapshotFuzzer.swift and Fuzz/JournalFuzzer.swift.

    /// `bytes` with the last 16 bytes replaced by a correct trailer (nil when under 80 bytes),
    /// so that a saved input reaches past the checksum as it did in the fuzzer.
    static func withValidTrailer(_ bytes: [UInt8]) -> [UInt8]? {
        guard bytes.count >= 80 else { return nil }
        var sealed = bytes
        let body = bytes.count - 16
        let crc = bytes.withUnsafeBytes { CRC32C.checksum(UnsafeRawBufferPointer(rebasing: $0[0..<body])) }
        for i in 0..<4 { sealed[body + i] = UInt8(truncatingIfNeeded: crc >> (8 * UInt32(i))) }
        for i in 4..<8 { sealed[body + i] = 0 }
        for (i, b) in "SNAPEND\0".utf8.enumerated() { sealed[body + 8 + i] = b }
        return sealed
    }

    /// `bytes` with the CRC of every complete frame after the 24-byte header recomputed.
    static func withValidFrameChecksums(_ bytes: [UInt8]) -> [UInt8] {
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
}
