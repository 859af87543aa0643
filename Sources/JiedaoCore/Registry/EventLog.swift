/// Every appeal's timeline events in one list (see ``AppealEvent/previous``).
///
/// Events loaded from a snapshot stay in their packed 30-byte records, shared with the
/// loaded file's bytes, and are decoded when read: a city's five million events cost no
/// time and no memory of their own to load. Events added since are kept as values.
public struct EventLog: Sendable {
    /// One packed event, little-endian: appeal i32, kind u8, state after u8, actor i32,
    /// time i64, note offset u32, note length u32, previous event i32 (the snapshot's event record).
    public static let packedSize = 30

    private let packed: ArraySlice<UInt8>
    /// How many packed events are still part of the log (an undo can drop the last ones);
    /// they come first, the events added since follow.
    public private(set) var packedCount: Int
    private var added: [AppealEvent] = []

    public init() {
        packed = []
        packedCount = 0
    }

    /// Wraps packed events already checked by the loader (values in range, links backwards).
    public init(packed: ArraySlice<UInt8>) {
        self.packed = packed
        packedCount = packed.count / Self.packedSize
    }

    mutating func append(_ event: AppealEvent) { added.append(event) }

    /// The packed records still in the log, as loaded (`packedCount` × ``packedSize`` bytes), shared, not copied.
    public var packedRecords: ArraySlice<UInt8> {
        packed[packed.startIndex..<(packed.startIndex + packedCount * Self.packedSize)]
    }

    mutating func removeLast() {
        if added.isEmpty { packedCount = Swift.max(0, packedCount - 1) } else { added.removeLast() }
    }

    /// The packed event at `index` (< `packedCount`).
    private func unpack(_ index: Int) -> AppealEvent {
        packed.withUnsafeBytes { raw in
            let at = index * Self.packedSize
            func i32(_ offset: Int) -> Int32 { Int32(littleEndian: raw.loadUnaligned(fromByteOffset: at + offset, as: Int32.self)) }
            func u32(_ offset: Int) -> UInt32 { UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: at + offset, as: UInt32.self)) }
            return AppealEvent(
                appeal: AppealID(i32(0)),
                kind: AppealEventKind(rawValue: raw[at + 4]) ?? .received,
                stateAfter: AppealState(rawValue: raw[at + 5]) ?? .received,
                actor: UserID(i32(6)),
                at: Int64(littleEndian: raw.loadUnaligned(fromByteOffset: at + 10, as: Int64.self)),
                note: TextRef(offset: u32(18), length: u32(22)),
                previous: AppealEventID(i32(26)))
        }
    }
}

extension EventLog: RandomAccessCollection {
    public var startIndex: Int { 0 }
    public var endIndex: Int { packedCount + added.count }

    public subscript(index: Int) -> AppealEvent {
        index < packedCount ? unpack(index) : added[index - packedCount]
    }
}
