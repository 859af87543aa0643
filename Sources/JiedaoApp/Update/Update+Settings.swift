import Foundation
import JiedaoCore
import TermCanvas

extension AppState {
    /// `:eval S E A F` — the four answers of the evaluation (1 满意, 2 基本满意, 3 不满意, or the words).
    mutating func evaluateLine(_ words: [String]) -> [Effect] {
        let ratings = words.compactMap { word -> Rating? in
            if let n = UInt8(word), (1...3).contains(n) { return Rating(rawValue: n) }
            return Rating.parse(word)
        }
        guard pane == .appeals, let id = current.selectedID.map(AppealID.init), ratings.count == 4 else {
            message = StatusMessage(Bilingual(zh: "用法：在诉求栏选中后 :eval 速度 效果 态度 反馈（1满意 2基本满意 3不满意）",
                                              en: "Usage: select an appeal, then :eval SPEED EFFECT ATTITUDE FEEDBACK (1 satisfied, 2 basically, 3 dissatisfied)"), isError: true)
            return []
        }
        let appeal = registry.appeals[id]
        let redo = registry.deadline(category: appeal.category, urgency: appeal.urgency, receivedAt: now, calendar: calendar)
        let evaluation = Evaluation(speed: ratings[0], effect: ratings[1], attitude: ratings[2], feedback: ratings[3])
        return [.submit(.moveAppeal(id, version: appeal.version, .evaluate(evaluation, redoDeadline: redo), note: ""), .quick)]
    }

    /// `:limits` shows the time limits; `:limit CATEGORY|* URGENCY VALUE` changes one (24h, 5d; admins only).
    mutating func limitLine(_ name: String, _ words: [String]) -> [Effect] {
        if name == "limits" {
            var lines = Urgency.allCases.map { urgency in
                "\(tr("默认", "default")) · \(urgency.label(language)): \(registry.settings.limit(category: CategoryID(noReference), urgency: urgency).label.text(language))"
            }
            for item in registry.settings.overrides {
                lines.append("\(registry.categoryName(item.category, language)) · \(item.urgency?.label(language) ?? tr("全部", "all")): \(item.limit.label.text(language))")
            }
            mode = .pick(Picker(title: Bilingual(zh: "办理时限（:limit 类别|* 紧急程度 24h|5d 修改）", en: "Time limits (change with :limit CATEGORY|* URGENCY 24h|5d)"),
                                options: lines.map { (label: $0, edits: []) }))
            return []
        }
        guard words.count == 3, let urgency = Urgency.parse(words[1]), let limit = DeadlineRule(shortText: words[2]),
              words[0] == "*" || registry.category(named: words[0]) != nil else {
            message = StatusMessage(Bilingual(zh: "用法：:limit 类别|* 紧急程度 24h|5d（如 :limit 噪音扰民 一般 3d）",
                                              en: "Usage: :limit CATEGORY|* URGENCY 24h|5d (e.g. :limit Noise General 3d)"), isError: true)
            return []
        }
        var settings = registry.settings
        settings.setLimit(limit, urgency: urgency, category: words[0] == "*" ? nil : registry.category(named: words[0]))
        return [.submit(.changeSettings(version: registry.settings.version, settings), .quick)]
    }

    /// `:kpi DIMENSION [today|month|year|FROM TO]` — appeal KPIs received in a period, per group.
    mutating func kpiLine(_ words: [String]) -> [Effect] {
        let dimension = words.first.flatMap { word in KPIDimension.allCases.first { $0.rawValue == word || $0.label.zh == word } } ?? .community
        let today = rowContext.today
        var first = today.firstOfMonth
        var last = today
        let period = Array(words.dropFirst())
        switch period.first {
        case "today": first = today
        case "year": first = today.firstOfYear
        case nil, "month": break
        default:
            guard period.count == 2, let from = try? Day(period[0]), let to = try? Day(period[1]), from <= to else {
                message = StatusMessage(Bilingual(zh: "用法：:kpi community|compound|category|channel|department [today|month|year|起 止]",
                                                  en: "Usage: :kpi community|compound|category|channel|department [today|month|year|FROM TO]"), isError: true)
                return []
            }
            first = from
            last = to
        }
        registry.enableKPIs(calendar: calendar, at: now)
        let window = KPIWindow(registry, from: first, to: last, by: dimension, at: now, calendar: calendar, language: language)
        let lines = (window.groups + [window.total]).map { group in
            let t = group.tally
            return tr("\(group.name)：受理\(t.counted) 未办结\(t.open) 超期\(group.overdue) 办结率\(formatPercent(t.closureRate)) 按时\(formatPercent(t.onTimeRate)) 满意\(formatPercent(t.satisfactionRate)) 重办\(formatPercent(t.reopenRate)) 平均\(String(format: "%.1f", group.averageHandlingDays))工作日",
                      "\(group.name): received \(t.counted), open \(t.open), overdue \(group.overdue), closed \(formatPercent(t.closureRate)), on time \(formatPercent(t.onTimeRate)), satisfied \(formatPercent(t.satisfactionRate)), reopened \(formatPercent(t.reopenRate)), avg \(String(format: "%.1f", group.averageHandlingDays)) wd")
        }
        mode = .pick(Picker(title: Bilingual(zh: "指标 · \(dimension.label.zh) · \(first.iso)～\(last.iso)", en: "KPIs · \(dimension.label.en) · \(first.iso)–\(last.iso)"),
                            options: lines.map { (label: $0, edits: []) }))
        return []
    }
}
