/// A key and what it does, as shown in the footer and the help screen.
public struct KeyHint: Equatable, Sendable {
    public var key: String
    public var description: String

    public init(key: String, description: String) {
        self.key = key
        self.description = description
    }
}
