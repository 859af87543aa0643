import ArgumentParser
import Foundation
import JiedaoCore
import JiedaoStore

/// `jiedao settings`: the street's name, district, code and time zone; changing them is an
/// admin's journaled edit.
struct SettingsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "settings",
        abstract: "Show the data set's settings, or change the street's name, district, code, time zone or time limits (admins).",
        discussion: "Without options it prints the settings. Every change is one journaled edit, in the audit trail."
    )

    @OptionGroup var options: DataOptions

    @Option(help: ArgumentHelp("The street's name, as the office writes it.", valueName: "NAME"))
    var street: String?

    @Option(help: ArgumentHelp("The district the street belongs to.", valueName: "NAME"))
    var district: String?

    @Option(name: .customLong("street-code"), help: ArgumentHelp("A code unique among the city's streets.", valueName: "CODE"))
    var streetCode: String?

    @Option(name: .customLong("time-zone"), help: ArgumentHelp("The zone every date and “today” is in (default Asia/Shanghai).", valueName: "ZONE"))
    var timeZone: String?

    @Option(name: .customLong("limit"), help: ArgumentHelp(
        "A time limit: CATEGORY:URGENCY:24h|5d (e.g. 噪音扰民:一般:3d), or *:URGENCY:… for every category without its own. Repeatable.",
        valueName: "CATEGORY:URGENCY:LIMIT"))
    var limits: [String] = []

    @Option(name: .customLong("retention-days"), help: ArgumentHelp(
        "Keep residents' names and phones this many days after their appeal closes; a compaction erases them after (none: keep).",
        valueName: "DAYS|none"))
    var retentionDays: String?

    func validate() throws {
        if let retentionDays, retentionDays != "none", Int(retentionDays).map({ $0 < 0 || $0 > 36_500 }) ?? true {
            throw ValidationError("--retention-days is a number of days (0 to 36500), or none.")
        }
        if let street, street.allSatisfy(\.isWhitespace) { throw ValidationError("--street needs a name.") }
        if let timeZone, Day.utcOffset(ofTimeZone: timeZone, at: Environment.now) == nil {
            throw ValidationError("Unknown time zone “\(timeZone)” (for example Asia/Shanghai).")
        }
    }

    func run() throws {
        let zh = options.language == .zh
        guard street != nil || district != nil || streetCode != nil || timeZone != nil || !limits.isEmpty || retentionDays != nil else {
            let registry = try options.readOnly()
            let settings = registry.settings
            let lines: [(String, String)] = [
                (zh ? "街道" : "Street", settings.streetName),
                (zh ? "区" : "District", settings.districtName ?? ""),
                (zh ? "街道编码" : "Street code", settings.streetCode ?? ""),
                (zh ? "时区" : "Time zone", settings.timeZone),
                (zh ? "办理意见必填" : "Step notes required", Self.yesNo(settings.moveNotesRequired == true, zh)),
                (zh ? "延期须审批" : "Extensions need approval", Self.yesNo(settings.extensionsNeedApproval == true, zh)),
                (zh ? "每件最多延期" : "Extensions per appeal", String(settings.maxExtensions)),
                (zh ? "挂起最多顺延工作日" : "Suspension adds at most (working days)", String(settings.maxSuspensionDays)),
                (zh ? "回访未接通几次后可结案" : "Unreached callbacks before closing", String(settings.callbacksBeforeUnreachable)),
                (zh ? "结案后保留居民姓名电话（天）" : "Residents' names and phones kept after closing (days)",
                 settings.personalDataRetentionDays.map(String.init) ?? (zh ? "不限" : "no limit")),
            ]
            for (label, value) in lines { printForPeople("\(label): \(value)") }
            let language = options.language
            printForPeople(zh ? "办理时限（紧急·咨询·一般·复杂）：" : "Time limits (emergency · consultation · general · complex):")
            for index in registry.categories.rows.indices where !registry.categories.rows[index].isDeleted {
                let category = CategoryID(index)
                let limits = Urgency.allCases.map { registry.limit(category: category, urgency: $0).shortText }.joined(separator: " · ")
                let retired = registry.categories[category].isRetired ? (zh ? "（已停用）" : " (retired)") : ""
                printForPeople("  \(registry.categoryName(category, language))\(retired): \(limits)")
            }
            return
        }
        try options.change { registry in
            var settings = registry.settings
            if let street { settings.streetName = street.trimmingCharacters(in: .whitespaces) }
            if let district { settings.districtName = district.isEmpty ? nil : district }
            if let streetCode { settings.streetCode = streetCode.isEmpty ? nil : streetCode }
            if let timeZone { settings.timeZone = timeZone }
            for text in limits { try Self.apply(limit: text, to: &settings, in: registry, zh: zh) }
            if let retentionDays { settings.personalDataRetentionDays = Int(retentionDays) }
            return .changeSettings(version: registry.settings.version, settings)
        }
        print(zh ? "已修改设置" : "Settings changed")
    }

    /// `CATEGORY:URGENCY:LIMIT` into the settings: a category's own limit, or the street's (`*`).
    private static func apply(limit text: String, to settings: inout Settings, in registry: Registry, zh: Bool) throws {
        let parts = text.split(whereSeparator: { $0 == ":" || $0 == "：" }).map(String.init)
        guard parts.count == 3, let urgency = Urgency.parse(parts[1]), let limit = DeadlineRule(shortText: parts[2]) else {
            throw CommandFailure(zh ? "--limit \(text)：应为 类别:紧急程度:24h 或 5d（如 噪音扰民:一般:3d）"
                                    : "--limit \(text): expected CATEGORY:URGENCY:24h or 5d (e.g. Noise:General:3d)")
        }
        let category = registry.category(named: parts[0])
        guard parts[0] == "*" || category != nil else {
            throw CommandFailure(zh ? "--limit \(text)：没有类别“\(parts[0])”" : "--limit \(text): no category “\(parts[0])”")
        }
        settings.setLimit(limit, urgency: urgency, category: category)
    }

    private static func yesNo(_ flag: Bool, _ zh: Bool) -> String { zh ? (flag ? "是" : "否") : (flag ? "yes" : "no") }
}
