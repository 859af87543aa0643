/// A titled group of key bindings in the ``HelpOverlay``.
public struct HelpSection: Equatable, Sendable {
    public var title: String
    public var entries: [KeyHint]

    public init(title: String, entries: [KeyHint]) {
        self.title = title
        self.entries = entries
    }
}
