/// For each parent ID, the sorted IDs of its live children (a community's compounds, say).
public struct ChildIndex: Hashable, Sendable {
    private var lists: [[Int32]] = []

    public init() {}

    /// The children of `parent`, ascending.
    public func children(of parent: Int32) -> [Int32] {
        guard parent >= 0, Int(parent) < lists.count else { return [] }
        return lists[Int(parent)]
    }

    /// How many children `parent` has.
    public func count(of parent: Int32) -> Int { children(of: parent).count }

    mutating func insert(_ child: Int32, under parent: Int32) {
        guard parent >= 0 else { return }
        let p = Int(parent)
        if p >= lists.count { lists.append(contentsOf: repeatElement([], count: p - lists.count + 1)) }
        // Children are mostly created in ID order, so appending is the common case.
        if let last = lists[p].last, last > child {
            let position = lists[p].partitioningIndex { $0 >= child }
            lists[p].insert(child, at: position)
        } else {
            lists[p].append(child)
        }
    }

    mutating func remove(_ child: Int32, under parent: Int32) {
        guard parent >= 0, Int(parent) < lists.count else { return }
        let p = Int(parent)
        let position = lists[p].partitioningIndex { $0 >= child }
        if position < lists[p].count, lists[p][position] == child { lists[p].remove(at: position) }
    }

    /// Moves a child when its parent field changes, or adds/removes it when it appears or goes.
    mutating func move(_ child: Int32, from old: Int32?, to new: Int32?) {
        guard old != new else { return }
        if let old { remove(child, under: old) }
        if let new { insert(child, under: new) }
    }

    /// Drops empty trailing lists so that two indexes with the same content compare equal.
    public func normalized() -> ChildIndex {
        var copy = self
        while let last = copy.lists.last, last.isEmpty { copy.lists.removeLast() }
        return copy
    }
}

extension Array {
    /// The first index whose element satisfies `predicate`, for an array partitioned by it.
    func partitioningIndex(where predicate: (Element) -> Bool) -> Int {
        var low = 0
        var high = count
        while low < high {
            let mid = (low + high) / 2
            if predicate(self[mid]) { high = mid } else { low = mid + 1 }
        }
        return low
    }
}
