import Foundation

extension Registry {
    /// A category's name in `language` (the Chinese one where it has no English name); "?" for an ID
    /// that names no category.
    public func categoryName(_ id: CategoryID, _ language: Language) -> String {
        guard id.raw >= 0, id.index < categories.count else { return "?" }
        let record = categories[id]
        if language == .en, !record.englishName.isEmpty { return text(record.englishName) }
        return text(record.name)
    }

    /// The category whose Chinese or English name (ignoring case) or `#ID` is `text`; retired ones
    /// included, deleted ones not.
    public func category(named text: String) -> CategoryID? {
        let wanted = text.trimmingCharacters(in: .whitespaces)
        if wanted.hasPrefix("#"), let raw = Int32(wanted.dropFirst()), categories.isLive(raw) { return CategoryID(raw) }
        let lower = wanted.lowercased()
        return categories.rows.indices.first { index in
            let row = categories.rows[index]
            return !row.isDeleted && (self.text(row.name) == wanted || self.text(row.englishName).lowercased() == lower)
        }.map { CategoryID($0) }
    }

    /// The categories whose bits are set in a department's mask, in ID order.
    public func categories(inMask mask: UInt64) -> [CategoryID] {
        (0..<min(categories.count, AppealCategory.capacity)).filter { mask & (1 << UInt64($0)) != 0 }.map { CategoryID($0) }
    }

    /// The categories a new appeal may take: live and not retired, in ID order.
    public var offeredCategories: [CategoryID] {
        categories.rows.indices.filter { !categories.rows[$0].isDeleted && !categories.rows[$0].isRetired }.map { CategoryID($0) }
    }

    /// The time limit of an appeal of `category` and `urgency`: the category's own, else the street's for the urgency.
    public func limit(category: CategoryID, urgency: Urgency) -> DeadlineRule {
        settings.limit(category: category, urgency: urgency)
    }

    /// The deadline of an appeal of `category` and `urgency` received at `receivedAt`.
    public func deadline(category: CategoryID, urgency: Urgency, receivedAt: Int64, calendar: WorkCalendar) -> Int64 {
        settings.deadline(category: category, urgency: urgency, receivedAt: receivedAt, calendar: calendar)
    }

    /// How many appeals (deleted ones not counted) are filed under `category`.
    public func appealCount(in category: CategoryID) -> Int {
        appeals.rows.reduce(0) { $0 + (!$1.isDeleted && $1.category == category ? 1 : 0) }
    }
}
