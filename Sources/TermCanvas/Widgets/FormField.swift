/// One labelled input of a ``Form``, with the validation message to show under it.
public struct FormField: Equatable, Sendable {
    public var label: String
    public var input: TextField
    /// Shown under the field in ``StyleRole/error``; `nil` when the value is valid.
    public var error: String?

    public init(label: String, input: TextField = TextField(), error: String? = nil) {
        self.label = label
        self.input = input
        self.error = error
    }
}
