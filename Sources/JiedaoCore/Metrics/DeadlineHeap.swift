/// One appeal's deadline as the overdue tracker queues it. An entry is current only while
/// its generation matches the appeal's; older entries are skipped when they surface.
struct DeadlineEntry: Hashable, Sendable {
    var deadline: Int64
    var appeal: Int32
    var generation: UInt32
}

/// A binary min-heap of deadlines, earliest first (ties by appeal ID), that can also be
/// walked without popping.
struct DeadlineHeap: Sendable, Equatable {
    private(set) var entries: [DeadlineEntry] = []

    init() {}

    /// Builds the heap in linear time.
    init(_ unordered: [DeadlineEntry]) {
        entries = unordered
        var index = entries.count / 2 - 1
        while index >= 0 {
            siftDown(index)
            index -= 1
        }
    }

    var count: Int { entries.count }
    var first: DeadlineEntry? { entries.first }

    mutating func push(_ entry: DeadlineEntry) {
        entries.append(entry)
        var child = entries.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard Self.precedes(entries[child], entries[parent]) else { break }
            entries.swapAt(child, parent)
            child = parent
        }
    }

    @discardableResult
    mutating func popFirst() -> DeadlineEntry? {
        guard !entries.isEmpty else { return nil }
        entries.swapAt(0, entries.count - 1)
        let top = entries.removeLast()
        siftDown(0)
        return top
    }

    /// Calls `body` for every entry whose deadline is before `limit`, in no particular order,
    /// visiting only those entries and their direct children.
    func forEach(before limit: Int64, _ body: (DeadlineEntry) -> Void) {
        guard !entries.isEmpty else { return }
        var stack = [0]
        while let index = stack.popLast() {
            let entry = entries[index]
            guard entry.deadline < limit else { continue }
            body(entry)
            let left = 2 * index + 1
            if left < entries.count { stack.append(left) }
            if left + 1 < entries.count { stack.append(left + 1) }
        }
    }

    /// Up to `limit` entries accepted by `isCurrent`, earliest deadline first, without popping.
    func earliest(_ limit: Int, before bound: Int64 = .max, where isCurrent: (DeadlineEntry) -> Bool) -> [DeadlineEntry] {
        var result: [DeadlineEntry] = []
        // Candidates: a small heap of the same entries, each carrying its position here as its generation.
        var frontier = entries.isEmpty ? DeadlineHeap() : DeadlineHeap([indexEntry(0)])
        while result.count < limit, let next = frontier.popFirst() {
            let index = Int(next.generation)
            let entry = entries[index]
            guard entry.deadline < bound else { break }
            if isCurrent(entry) { result.append(entry) }
            for child in [2 * index + 1, 2 * index + 2] where child < entries.count { frontier.push(indexEntry(child)) }
        }
        return result
    }

    /// An entry standing for a position of this heap, for ``earliest(_:before:where:)``.
    private func indexEntry(_ index: Int) -> DeadlineEntry {
        DeadlineEntry(deadline: entries[index].deadline, appeal: entries[index].appeal, generation: UInt32(index))
    }

    private static func precedes(_ a: DeadlineEntry, _ b: DeadlineEntry) -> Bool {
        a.deadline != b.deadline ? a.deadline < b.deadline : a.appeal < b.appeal
    }

    private mutating func siftDown(_ start: Int) {
        var parent = start
        let count = entries.count
        while true {
            let left = 2 * parent + 1
            guard left < count else { return }
            var smallest = left
            if left + 1 < count, Self.precedes(entries[left + 1], entries[left]) { smallest = left + 1 }
            guard Self.precedes(entries[smallest], entries[parent]) else { return }
            entries.swapAt(parent, smallest)
            parent = smallest
        }
    }
}
