/// Where a street stands in the database, read from its row in `streets`.
public enum PublishState: Sendable, Equatable {
    /// The street has never published.
    case unknown
    /// A backfill started at journal sequence `sequence` has written every table before
    /// `table` and the records of `table` below `next`.
    case backfilling(sequence: UInt64, table: Int, next: Int)
    /// Everything up to and including `sequence` is published.
    case published(sequence: UInt64)
}
