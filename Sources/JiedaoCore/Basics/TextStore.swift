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
    /// Text loaded from a snapshot, shared with the loaded file's bytes (never copied or changed).
    private let loaded: ArraySlice<UInt8>
    /// Text interned since, at offsets from `loaded.count` on.
    private var added: [UInt8] = []

    public init() { loaded = [] }

    /// Wraps text loaded from a snapshot; a slice of the file's bytes is kept as it is.
    public init(bytes: ArraySlice<UInt8>) { loaded = bytes }

    /// Bytes held, loaded and interned.
    public var count: Int { loaded.count + added.count }

    /// Bytes interned since loading: an upper bound of the text edits can have replaced.
    public var addedCount: Int { added.count }

    /// The loaded bytes and then the interned ones, for writing the store whole without a copy.
    public var parts: [ArraySlice<UInt8>] { [loaded, added[...]] }

    /// Appends `text` and returns its handle. Empty text costs nothing.
    public mutating func intern(_ text: String) -> TextRef {
        var text = text
        return text.withUTF8 { utf8 in
            guard !utf8.isEmpty else { return .empty }
            let offset = UInt32(truncatingIfNeeded: count)
            added.append(contentsOf: utf8)
            return TextRef(offset: offset, length: UInt32(truncatingIfNeeded: utf8.count))
        }
    }

    /// The string behind a handle; a handle outside the store reads as empty.
    public func string(_ ref: TextRef) -> String {
        guard ref.length > 0, isValid(ref) else { return "" }
        return withUTF8(ref) { String(decoding: $0, as: UTF8.self) }
    }

    /// Calls `body` with the UTF-8 bytes behind a valid handle (empty for an invalid one).
    public func withUTF8<T>(_ ref: TextRef, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
        withBytes { body($0[ref]) }
    }

    /// Calls `body` with both parts of the store's bytes at once, so a scan over many texts
    /// (a search of a million appeals) pays for no call or reference count per text.
    public func withBytes<T>(_ body: (TextBytes) -> T) -> T {
        loaded.withUnsafeBufferPointer { loadedBytes in
            added.withUnsafeBufferPointer { addedBytes in body(TextBytes(loaded: loadedBytes, added: addedBytes)) }
        }
    }

    /// Whether the handle lies within the store (a loaded snapshot is checked with this).
    public func isValid(_ ref: TextRef) -> Bool {
        UInt64(ref.offset) + UInt64(ref.length) <= UInt64(count)
    }

    /// Compares the text behind a handle with `other` without building a `String`.
    public func equals(_ ref: TextRef, _ other: String) -> Bool {
        var other = other
        return other.withUTF8 { utf8 in
            guard utf8.count == Int(ref.length), isValid(ref) else { return false }
            return withUTF8(ref) { utf8.elementsEqual($0) }
        }
    }

    /// Drops everything interned after the store had `count` bytes (a refused edit's text).
    /// Loaded text is never dropped.
    public mutating func truncate(to count: Int) {
        let local = count - loaded.count
        if local >= 0, local < added.count { added.removeSubrange(local...) }
    }

    /// Reserves room for `count` more bytes, so a loader allocates once.
    public mutating func reserve(_ count: Int) { added.reserveCapacity(added.count + count) }
}

/// The bytes of a ``TextStore`` for the length of a ``TextStore/withBytes(_:)`` call.
public struct TextBytes {
    let loaded: UnsafeBufferPointer<UInt8>
    let added: UnsafeBufferPointer<UInt8>

    /// The UTF-8 bytes behind a handle (empty for one outside the store).
    @inlinable public subscript(ref: TextRef) -> UnsafeBufferPointer<UInt8> {
        slice(Int(ref.offset), Int(ref.length))
    }

    @usableFromInline func slice(_ start: Int, _ length: Int) -> UnsafeBufferPointer<UInt8> {
        guard length > 0 else { return UnsafeBufferPointer(start: nil, count: 0) }
        // A handle never spans the two parts: interned text starts after the loaded text.
        if start + length <= loaded.count { return UnsafeBufferPointer(rebasing: loaded[start..<(start + length)]) }
        let local = start - loaded.count
        guard local >= 0, local + length <= added.count else { return UnsafeBufferPointer(start: nil, count: 0) }
        return UnsafeBufferPointer(rebasing: added[local..<(local + length)])
    }
}
