import JiedaoCore

/// What the data server did with a sheet sent for import (``WireMessage/importSheet(request:table:json:partial:dryRun:bytes:)``):
/// the row-by-row report, and whether and how much of it was journaled.
public struct WireImportOutcome: Hashable, Sendable {
    /// The report, as `ImportReport.text` gives it in each language.
    public var report: Bilingual
    /// Whether the accepted rows were to be journaled (no file error, no rejected row unless partial).
    public var applies: Bool
    /// Rows that change something (the planned batch's edits).
    public var planned: UInt32
    /// Rows rejected.
    public var rejected: UInt32
    /// Edits journaled (0 for a dry run, or when nothing was to change).
    public var journaled: UInt32
    /// The record that holds them, 0 when none was written.
    public var sequence: UInt64
    /// New records that got other IDs than the report shows (others created records meanwhile).
    public var moved: [Int32]
    /// Why the batch was refused when it was applied (a conflict with a change made meanwhile).
    public var failure: Bilingual?

    public init(report: Bilingual, applies: Bool, planned: UInt32, rejected: UInt32, journaled: UInt32 = 0,
                sequence: UInt64 = 0, moved: [Int32] = [], failure: Bilingual? = nil) {
        self.report = report
        self.applies = applies
        self.planned = planned
        self.rejected = rejected
        self.journaled = journaled
        self.sequence = sequence
        self.moved = moved
        self.failure = failure
    }
}
