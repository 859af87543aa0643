import JiedaoCore
import TermCanvas

/// "剩2个工作日", "今日到期", "超期3天", "剩5小时": what is left of an appeal's time, and its colour.
public enum DeadlineText {
    public static func text(_ progress: AppealProgress, _ context: RowContext) -> String {
        guard progress.state.isOpen, progress.deadline > 0 else { return context.dash }
        // The clock stands still while suspended: no time left or past to show.
        if progress.state == .suspended { return context.tr("挂起中", "suspended") }
        let now = context.now
        let offset = context.registry.settings.utcOffset(at: now)
        if progress.deadline < now {
            let days = max(1, Int((now - progress.deadline) / 86_400))
            if now - progress.deadline < 86_400 {
                let hours = max(1, Int((now - progress.deadline) / 3_600))
                return context.tr("超期\(hours)小时", "\(hours)h overdue")
            }
            return context.tr("超期\(days)天", "\(days)d overdue")
        }
        if progress.deadline - now < 86_400 {
            let hours = max(1, Int((progress.deadline - now) / 3_600))
            return context.tr("剩\(hours)小时", "\(hours)h left")
        }
        let due = Day(unixTime: progress.deadline, utcOffset: offset)
        let left = context.calendar.workingDays(from: context.today, to: due)
        if left <= 0 { return context.tr("今日到期", "due today") }
        return context.tr("剩\(left)个工作日", "\(left) working days left")
    }

    /// Every character the texts above can hold, in both languages (and the dash), so a search
    /// for anything else skips the column.
    public static let alphabet = Set("0123456789超期小时天剩今日到挂起中个工作—-" + "hoverdue left due today working days suspended")

    /// A number that is the same for two appeals exactly when ``text(_:_:)`` is, so a search
    /// matches each distinct text once: the whole hours past or left, or the day due.
    public static func textKey(_ progress: AppealProgress, _ context: RowContext) -> Int64 {
        guard progress.state.isOpen, progress.deadline > 0 else { return -1 }
        if progress.state == .suspended { return -2 }
        let now = context.now
        if progress.deadline < now { return 1_000_000_000 + (now - progress.deadline) / 3_600 }
        if progress.deadline - now < 86_400 { return 2_000_000_000 + (progress.deadline - now) / 3_600 }
        let offset = context.registry.settings.utcOffset(at: now)
        return 3_000_000_000 + Int64(Day(unixTime: progress.deadline, utcOffset: offset).daysSince1970)
    }

    /// Overdue in the overdue colour, the last working day in the warning colour.
    public static func role(_ progress: AppealProgress, _ context: RowContext) -> StyleRole? {
        guard progress.state.runsClock, progress.deadline > 0 else { return nil }
        if progress.deadline < context.now { return .overdue }
        if progress.deadline - context.now < 86_400 * 2 { return .warning }
        return .ok
    }

    /// Sorts overdue first (most overdue first), then by time left.
    public static func sortKey(_ progress: AppealProgress) -> SortKey {
        guard progress.state.isOpen else { return .number(Int64.max) }
        // New appeals (no deadline yet) after every running one, finished ones last.
        return .number(progress.deadline > 0 ? progress.deadline : Int64.max - 1)
    }
}
