/// A count street-wide and per community index, for the figures the trackers keep.
public struct CommunityCounts: Sendable, Equatable {
    public private(set) var total = 0
    /// By community index; communities past the end count 0.
    public private(set) var byCommunity: [Int] = []

    public init() {}

    public subscript(community: Int) -> Int {
        community >= 0 && community < byCommunity.count ? byCommunity[community] : 0
    }

    mutating func add(_ delta: Int, to community: CommunityID) {
        total += delta
        let index = community.index
        guard index >= 0 else { return }
        if index >= byCommunity.count { byCommunity.append(contentsOf: repeatElement(0, count: index - byCommunity.count + 1)) }
        byCommunity[index] += delta
    }

    /// The non-zero counts keyed by community index.
    public var nonZero: [Int: Int] {
        var result: [Int: Int] = [:]
        for (community, count) in byCommunity.enumerated() where count != 0 { result[community] = count }
        return result
    }
}
