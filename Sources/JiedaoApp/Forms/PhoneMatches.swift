import JiedaoCore

/// The data server's answer to "which open appeals of this community have this phone": what
/// the duplicate hint uses in place of comparing phones the client holds only masked.
public struct PhoneMatches: Equatable, Sendable {
    public var community: Int32
    /// The phone as ``PhoneNumber/canonical(_:)`` writes it.
    public var phone: String
    public var appeals: [Int32]

    public init(community: Int32, phone: String, appeals: [Int32]) {
        self.community = community
        self.phone = phone
        self.appeals = appeals
    }
}
