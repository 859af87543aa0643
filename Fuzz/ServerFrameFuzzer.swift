// libFuzzer target for WireFrameReader, the data server's frame decoder. Built by
// Fuzz/build.sh, run by Fuzz/run.sh server.
//
// Each input is read as a stream of frames twice: whole, and in pieces whose sizes come from
// the input's own bytes (so a frame is seen cut at every kind of place). The reader must
// return or throw every time; any trap is a bug. Two properties are checked as well (a failed
// check is reported like a trap): both readings give the same messages, and every message
// read encodes to a frame that reads back as the same message.
// Tests/JiedaoStoreTests/FuzzRegressionTests.swift replays saved inputs the same way.
import JiedaoStore

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let whole = read(bytes, pieces: [bytes.count])
    let cut = read(bytes, pieces: bytes.map { Int($0 % 17) + 1 })
    precondition(whole == cut, "the messages depend on how the bytes arrived")
    for message in whole {
        guard let frame = try? message.encoded() else { continue }
        var again = WireFrameReader()
        again.append(frame)
        precondition((try? again.next()) == message, "a message does not survive its own encoding")
    }
    return 0
}

/// The messages read before the end or the first error, feeding the bytes in the given piece sizes.
func read(_ bytes: [UInt8], pieces: [Int]) -> [WireMessage] {
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
