/// The appeal figures of one group for the appeals received on one day, in 32-bit
/// counters so that a city's ledger stays small.
public struct KPICell: Hashable, Sendable {
    /// Live appeals received, merged and withdrawn ones included.
    public var received: Int32 = 0
    var counted: Int32 = 0
    var open: Int32 = 0
    var handled: Int32 = 0
    var handledOnTime: Int32 = 0
    var evaluated: Int32 = 0
    var satisfied: Int32 = 0
    var reopened: Int32 = 0
    /// Working days from receipt to resolution, summed over handled appeals.
    public var handlingDays: Int32 = 0

    public init() {}

    /// The counts as the rates of docs/metrics.md use them.
    public var tally: AppealTally {
        var tally = AppealTally()
        tally.counted = Int(counted)
        tally.open = Int(open)
        tally.handled = Int(handled)
        tally.handledOnTime = Int(handledOnTime)
        tally.evaluated = Int(evaluated)
        tally.satisfied = Int(satisfied)
        tally.reopened = Int(reopened)
        return tally
    }

    mutating func add(_ appeal: Appeal, handlingDays days: Int32, sign: Int32) {
        let one = AppealTally.of(appeal)
        received &+= sign
        counted &+= sign &* Int32(one.counted)
        open &+= sign &* Int32(one.open)
        handled &+= sign &* Int32(one.handled)
        handledOnTime &+= sign &* Int32(one.handledOnTime)
        evaluated &+= sign &* Int32(one.evaluated)
        satisfied &+= sign &* Int32(one.satisfied)
        reopened &+= sign &* Int32(one.reopened)
        handlingDays &+= sign &* days &* Int32(one.handled)
    }

    mutating func add(_ other: KPICell) {
        received &+= other.received
        counted &+= other.counted
        open &+= other.open
        handled &+= other.handled
        handledOnTime &+= other.handledOnTime
        evaluated &+= other.evaluated
        satisfied &+= other.satisfied
        reopened &+= other.reopened
        handlingDays &+= other.handlingDays
    }

    var isEmpty: Bool { self == KPICell() }
}
