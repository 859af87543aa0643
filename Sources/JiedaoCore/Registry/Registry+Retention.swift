/// Keeping residents' names and phones no longer than the street's retention period
/// (``Settings/personalDataRetentionDays``) after their appeal closes.
extension Registry {
    /// The fields of an appeal that hold a resident's personal data.
    public static let residentFieldKeys: [String] = ["submitter", "phone"]

    /// What personal data closed appeals still hold: how many, and since when.
    public struct RetentionReport: Hashable, Sendable {
        /// Closed appeals whose name or phone is still kept.
        public var closedHolding: Int
        /// When the longest-closed of them closed (Unix seconds), nil when none.
        public var oldestClosedAt: Int64?
        /// Of those, how many are past the retention period (erased at the next compaction).
        public var pastRetention: Int
        /// The period in days, nil when none is set.
        public var retentionDays: Int?
    }

    /// The moment before which a closed appeal's personal data is past the period, nil when none is set.
    public func retentionCutoff(at now: Int64) -> Int64? {
        guard let days = settings.personalDataRetentionDays, days >= 0 else { return nil }
        return now - Int64(days) * 86_400
    }

    public func retentionReport(at now: Int64) -> RetentionReport {
        let cutoff = retentionCutoff(at: now)
        var report = RetentionReport(closedHolding: 0, oldestClosedAt: nil, pastRetention: 0, retentionDays: settings.personalDataRetentionDays)
        for id in appeals.liveIDs where holdsResidentData(id) {
            let progress = appeals[id].progress
            guard Self.hasClosed(progress) else { continue }
            report.closedHolding += 1
            report.oldestClosedAt = min(report.oldestClosedAt ?? progress.closedAt, progress.closedAt)
            if let cutoff, progress.closedAt < cutoff { report.pastRetention += 1 }
        }
        return report
    }

    /// Erases the name and phone of every appeal closed before the retention period began.
    /// Not an edit: nothing of the erased text may go into the journal (an edit's inverse would
    /// carry it), and versions stay as they are. Returns how many appeals were erased.
    @discardableResult
    public mutating func applyRetention(at now: Int64) -> Int {
        guard let cutoff = retentionCutoff(at: now) else { return 0 }
        var erased = 0
        for id in appeals.liveIDs where holdsResidentData(id) {
            let progress = appeals[id].progress
            guard Self.hasClosed(progress), progress.closedAt < cutoff else { continue }
            for key in Self.residentFieldKeys { overwriteText(RecordRef(.appeal, id.raw), key: key, with: "") }
            erased += 1
        }
        return erased
    }

    /// Closed for good (结案 and the like), not merely resolved and waiting for the resident's word.
    private static func hasClosed(_ progress: AppealProgress) -> Bool {
        !progress.state.isOpen && progress.state != .resolved && progress.closedAt > 0
    }

    private func holdsResidentData(_ id: AppealID) -> Bool {
        texts.string(appeals[id].submitter).isEmpty == false || texts.string(appeals[id].phone).isEmpty == false
    }
}
