import JiedaoCore

/// Why a frame of the server protocol cannot be used; the connection that sent it is closed.
public enum WireError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A frame longer than ``WireMessage/maxFrame`` (its announced length).
    case tooLarge(Int)
    /// A frame of length zero, or a kind byte no message has.
    case unknownKind(UInt8)
    /// The payload does not read as its kind says.
    case malformed(String)
    /// A message that is fine on its own but not at this point of the conversation.
    case outOfOrder(String)

    public var description: String {
        switch self {
        case .tooLarge(let size): "frame of \(size) bytes is over the limit of \(WireMessage.maxFrame)"
        case .unknownKind(let kind): "unknown frame kind 0x\(String(kind, radix: 16))"
        case .malformed(let why): "malformed frame: \(why)"
        case .outOfOrder(let why): "frame out of order: \(why)"
        }
    }
}
