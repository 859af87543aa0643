/// What a data server sends a department's handler (承办人), who reads only the appeals
/// dispatched to the department: the other appeals become empty tombstones, so every ID keeps
/// its meaning, and their timelines are left out. Indexes and figures are those of what is kept.
extension Registry {
    /// A copy holding only the appeals `keep` accepts (and every record of other kinds).
    public func keepingAppeals(where keep: (Appeal) -> Bool) -> Registry {
        var copy = self
        var rows = appeals.rows
        var kept = [Bool](repeating: false, count: rows.count)
        for index in rows.indices {
            if !rows[index].isDeleted, keep(rows[index]) {
                kept[index] = true
            } else {
                var tombstone = Appeal()
                tombstone.isDeleted = true
                rows[index] = tombstone
            }
        }
        // The kept appeals' events, renumbered: links point backwards, so one pass maps them.
        var renumbered = [Int32](repeating: noReference, count: events.count)
        var log = EventLog()
        for index in events.indices {
            var event = events[index]
            guard event.appeal.raw >= 0, event.appeal.index < kept.count, kept[event.appeal.index] else { continue }
            if event.previous.raw >= 0 { event.previous = AppealEventID(renumbered[Int(event.previous.raw)]) }
            renumbered[index] = Int32(log.count)
            log.append(event)
        }
        for index in rows.indices where kept[index] {
            let last = rows[index].progress.lastEvent.raw
            if last >= 0 { rows[index].progress.lastEvent = AppealEventID(renumbered[Int(last)]) }
        }
        copy.appeals = RecordTable(rows: rows)
        copy.events = log
        copy.rebuildDerived()
        return copy
    }
}
