/// A handle to a string kept in a ``TextStore``: byte offset and length of its UTF-8.
///
/// Records hold handles instead of `String`s so that they are fixed-width values that
/// can be stored densely and saved or loaded by bulk copy; text becomes a `String`
/// only when something shows it.
public struct TextRef: Hashable, Sendable {
    public var offset: UInt32
    public var length: UInt32

    public init(offset: UInt32, length: UInt32) {
        self.offset = offset
        self.length = length
    }

    /// The empty string.
    public static let empty = TextRef(offset: 0, length: 0)

    public var isEmpty: Bool { length == 0 }
}

/// An append-only arena of UTF-8 text referenced by ``TextRef`` handles.
///
/// Replacing a record's text appends the new bytes; the old ones stay until the
/// snapshot writer compacts the store, so handles held by undo records stay valid.
public struct TextStore: Sendable {
    /// The raw UTF-8 bytes of every string ever interned.
    public private(set) var bytes: [UInt8]

    public init() { bytes = [] }

    /// Wraps bytes loaded from a snapshot.
    public init(bytes: [UInt8]) { self.bytes = bytes }

    /// Appends `text` and returns its handle. Empty text costs nothing.
    public mutating func intern(_ text: String) -> TextRef {
        var text = text
        return text.withUTF8 { utf8 in
            guard !utf8.isEmpty else { return .empty }
            let offset = UInt32(truncatingIfNeeded: bytes.count)
            bytes.append(contentsOf: utf8)
            return TextRef(offset: offset, length: UInt32(truncatingIfNeeded: utf8.count))
        }
    }

    /// The string behind a handle; a handle outside the store reads as empty.
    public func string(_ ref: TextRef) -> String {
        guard ref.length > 0, isValid(ref) else { return "" }
        let start = Int(ref.offset)
        return bytes.withUnsafeBufferPointer { buffer in
            String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<(start + Int(ref.length))]), as: UTF8.self)
        }
    }

    /// Whether the handle lies within the store (a loaded snapshot is checked with this).
    public func isValid(_ ref: TextRef) -> Bool {
        UInt64(ref.offset) + UInt64(ref.length) <= UInt64(bytes.count)
    }

    /// Compares the text behind a handle with `other` without building a `String`.
    public func equals(_ ref: TextRef, _ other: String) -> Bool {
        var other = other
        return other.withUTF8 { utf8 in
            guard utf8.count == Int(ref.length), isValid(ref) else { return false }
            let start = Int(ref.offset)
            return bytes.withUnsafeBufferPointer { buffer in
                utf8.elementsEqual(buffer[start..<(start + utf8.count)])
            }
        }
    }

    /// Drops everything interned after the store had `count` bytes (a refused edit's text).
    public mutating func truncate(to count: Int) {
        if count >= 0, count < bytes.count { bytes.removeSubrange(count...) }
    }

    /// Reserves room for `count` more bytes, so a loader allocates once.
    public mutating func reserve(_ count: Int) { bytes.reserveCapacity(bytes.count + count) }
}
