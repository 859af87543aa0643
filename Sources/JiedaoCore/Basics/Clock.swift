import Foundation

/// Where "now" comes from, so tests and demos can fix it.
public protocol Clock: Sendable {
    /// Seconds since 1970-01-01T00:00:00Z.
    func now() -> Int64
}

/// The real time.
public struct SystemClock: Clock {
    public init() {}
    public func now() -> Int64 { Int64(Date().timeIntervalSince1970.rounded(.down)) }
}

/// A clock stopped at one moment.
public struct FixedClock: Clock {
    public var time: Int64
    public init(_ time: Int64) { self.time = time }
    public func now() -> Int64 { time }
}
