/// A time limit that replaces the default for one category (and optionally one urgency).
public struct TimeLimitOverride: Hashable, Sendable, Codable {
    public var category: CategoryID
    /// Nil: every urgency of the category.
    public var urgency: Urgency?
    public var limit: DeadlineRule

    public init(category: CategoryID, urgency: Urgency?, limit: DeadlineRule) {
        self.category = category
        self.urgency = urgency
        self.limit = limit
    }
}

/// Data-set-wide settings, kept in the data and changed by edits like any record.
public struct Settings: Hashable, Sendable, Codable {
    public var version: UInt32 = 0
    /// The street (or district) the data set is for.
    public var streetName: String = ""
    /// Every date and "today" is in this zone, whatever the server's.
    public var timeZone: String = "Asia/Shanghai"
    /// A new community's annual micro-project budget, CNY.
    public var defaultBudget: Int64 = 2_000_000
    /// Limits per urgency when no override applies.
    public var emergencyLimit = DeadlineRule.emergency
    public var consultationLimit = DeadlineRule.consultation
    public var generalLimit = DeadlineRule.general
    public var complexLimit = DeadlineRule.complex
    public var overrides: [TimeLimitOverride] = []
    /// The district the street belongs to (optional; older files have none).
    public var districtName: String?
    /// The street's code, unique among the streets of a city (for figures across streets).
    public var streetCode: String?
    /// Set on data made by `jiedao demo` or the first run: fictional, never a real street's.
    public var demoData: Bool?
    /// When true, 退单 and 延期 need a reason and 办结 the handling result (`Edit.moveAppeal`'s
    /// note). Set by `jiedao init` and the demo; a data set from before has it unset, so its
    /// journal of moves without notes still replays, until an admin turns it on.
    public var moveNotesRequired: Bool?
    /// When true, 延期 is a request a supervisor or an admin decides (set by `init` and the demo;
    /// older data sets extend directly, as their journals did).
    public var extensionsNeedApproval: Bool?
    /// At most this many extensions per appeal (nil: 1).
    public var extensionLimit: Int?
    /// A suspension moves the deadline on by at most this many working days (nil: 10).
    public var suspensionLimitDays: Int?
    /// After this many unreached callbacks an appeal may be closed as 无法联系 (nil: 3; 0: never).
    public var unreachableCallbacks: Int?
    /// The State Council's holiday notices an admin added, each the text of a `holidays-YYYY.txt`
    /// (the shipped format), oldest first: part of the data, so every process and every replay
    /// counts the same working days.
    public var holidayNotices: [String]?
    /// How many days residents' names and phones are kept after their appeal closes (the
    /// personal-information law's minimum period); nil keeps them. Past it, a compaction
    /// erases them (`Registry.applyRetention(at:)`).
    public var personalDataRetentionDays: Int?

    public init() {}

    /// The added notices, parsed (each was checked when it was added).
    public var holidayData: [HolidayData] {
        (holidayNotices ?? []).enumerated().compactMap { index, text in try? HolidayData(parsing: text, source: "notice \(index + 1)") }
    }

    /// The working-day calendar of the data set: the shipped notices, then the added ones, then
    /// `files` (a data directory's `holidays-YYYY.txt`), a later source winning date by date.
    public func workCalendar(adding files: [HolidayData] = []) -> WorkCalendar {
        WorkCalendar(adding: holidayData + files)
    }

    /// Extensions allowed per appeal.
    public var maxExtensions: Int { max(0, extensionLimit ?? 1) }
    /// Working days a suspension may add to the deadline.
    public var maxSuspensionDays: Int { max(0, suspensionLimitDays ?? 10) }
    /// Unreached callbacks before 无法联系 may close an appeal (0: never).
    public var callbacksBeforeUnreachable: Int { max(0, unreachableCallbacks ?? 3) }

    /// Whether the data set is the built-in demo rather than a real street.
    public var isDemo: Bool { demoData == true }

    /// The data set's offset from UTC at `time`, in seconds (Asia/Shanghai's +8 h when the zone is unknown).
    public func utcOffset(at time: Int64) -> Int {
        Day.utcOffset(ofTimeZone: timeZone, at: time) ?? Day.shanghaiUTCOffset
    }

    /// The deadline of an appeal received at `receivedAt`, by its category and urgency.
    public func deadline(category: CategoryID, urgency: Urgency, receivedAt: Int64, calendar: WorkCalendar) -> Int64 {
        limit(category: category, urgency: urgency)
            .deadline(receivedAt: receivedAt, utcOffset: utcOffset(at: receivedAt), calendar: calendar)
    }

    /// Sets the limit for `urgency`: of `category` alone (replacing its earlier one), or the
    /// street's for every category without its own when `category` is nil.
    public mutating func setLimit(_ limit: DeadlineRule, urgency: Urgency, category: CategoryID?) {
        guard let category else {
            switch urgency {
            case .emergency: emergencyLimit = limit
            case .consultation: consultationLimit = limit
            case .general: generalLimit = limit
            case .complex: complexLimit = limit
            }
            return
        }
        overrides.removeAll { $0.category == category && $0.urgency == urgency }
        overrides.append(TimeLimitOverride(category: category, urgency: urgency, limit: limit))
    }

    /// The limit for an appeal of `category` and `urgency`: the most specific override, else the urgency's default.
    public func limit(category: CategoryID, urgency: Urgency) -> DeadlineRule {
        if let exact = overrides.first(where: { $0.category == category && $0.urgency == urgency }) { return exact.limit }
        if let general = overrides.first(where: { $0.category == category && $0.urgency == nil }) { return general.limit }
        switch urgency {
        case .emergency: return emergencyLimit
        case .consultation: return consultationLimit
        case .general: return generalLimit
        case .complex: return complexLimit
        }
    }
}
