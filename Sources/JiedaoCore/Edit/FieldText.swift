import Foundation

/// Field values as people type and read them: in forms, CSV cells and messages.
///
/// ```swift
/// FieldText.parse("是", as: spec, in: registry)      // .success(.bool(true))
/// FieldText.format(.int(3), as: kindSpec, in: registry, language: .zh)   // "联合党支部"
/// ```
public enum FieldText {
    /// Text for a value; references show the record's name, choices their label.
    public static func format(_ value: FieldValue, as spec: FieldSpec, in registry: Registry, language: Language) -> String {
        switch (spec.kind, value) {
        case (_, .none): return ""
        case (.bool, .bool(let flag)): return flag ? (language == .zh ? "是" : "yes") : (language == .zh ? "否" : "no")
        case (.choice(let options), .int(let raw)):
            return options.first { Int64($0.raw) == raw }?.label.text(language) ?? String(raw)
        case (.reference(.category, _), .int(let raw)):
            return registry.categoryName(CategoryID(Int32(truncatingIfNeeded: raw)), language)
        case (.reference(let kind, _), .int(let raw)):
            return registry.name(of: RecordRef(kind, Int32(truncatingIfNeeded: raw)))
        case (.tenthsOfHour, .int(let tenths)):
            return tenths % 10 == 0 ? String(tenths / 10) : String(format: "%.1f", Double(tenths) / 10)
        case (.skills, .int(let raw)):
            return Skills(rawValue: UInt16(truncatingIfNeeded: raw)).text(language)
        case (.categories, .int(let raw)):
            return registry.categories(inMask: UInt64(bitPattern: raw)).map { registry.categoryName($0, language) }
                .joined(separator: language == .zh ? "、" : ", ")
        case (_, .day(let day)): return Day(daysSince1970: day).iso
        case (_, .time(let time)): return formatTime(time, registry.settings.utcOffset(at: time))
        case (_, .int(let number)): return String(number)
        case (_, .text(let text)): return text
        case (_, .bool(let flag)): return flag ? "1" : "0"
        }
    }

    /// The value typed as `text`, or why it cannot be one (in both languages).
    public static func parse(_ text: String, as spec: FieldSpec, in registry: Registry) -> Result<FieldValue, Bilingual> {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty {
            switch spec.kind {
            case .name, .text, .longText, .phone: return .success(.text(""))
            case .skills, .categories: return .success(.int(0))
            default: return spec.isRequired ? .failure(required(spec)) : .success(.none)
            }
        }
        switch spec.kind {
        case .name, .text, .longText, .phone:
            return .success(.text(trimmed))
        case .count, .money:
            let digits = trimmed.replacingOccurrences(of: ",", with: "").replacingOccurrences(of: "，", with: "")
            guard let number = Int64(digits) else { return .failure(notANumber(spec, trimmed)) }
            return .success(.int(number))
        case .tenthsOfHour:
            guard let hours = Double(trimmed), hours.isFinite else { return .failure(notANumber(spec, trimmed)) }
            return .success(.int(Int64((hours * 10).rounded())))
        case .bool:
            switch trimmed.lowercased() {
            case "是", "有", "y", "yes", "true", "1", "✓": return .success(.bool(true))
            case "否", "无", "n", "no", "false", "0", "✗": return .success(.bool(false))
            default: return .failure(Bilingual(zh: "\(spec.label.zh)应为“是”或“否”", en: "\(spec.label.en) must be yes or no"))
            }
        case .day:
            do {
                return .success(.day(try Day(trimmed).daysSince1970))
            } catch {
                return .failure(Bilingual(zh: "\(spec.label.zh)：\(error.message.zh)", en: "\(spec.label.en): \(error.message.en)"))
            }
        case .time:
            guard let time = parseTime(trimmed, registry: registry) else {
                return .failure(Bilingual(zh: "\(spec.label.zh)应为“YYYY-MM-DD HH:MM”", en: "\(spec.label.en) must be YYYY-MM-DD HH:MM"))
            }
            return .success(.time(time))
        case .choice(let options):
            let wanted = trimmed.lowercased()
            if let match = options.first(where: { $0.label.zh == trimmed || $0.label.en.lowercased() == wanted || String($0.raw) == trimmed }) {
                return .success(.int(Int64(match.raw)))
            }
            let list = options.map(\.label.zh).joined(separator: "、")
            return .failure(Bilingual(zh: "\(spec.label.zh)应为：\(list)", en: "\(spec.label.en) must be one of: \(options.map(\.label.en).joined(separator: ", "))"))
        case .reference(.category, _):
            // A category by its Chinese or English name.
            if let category = registry.category(named: trimmed) { return .success(.int(Int64(category.raw))) }
            return reference(trimmed, kind: .category, spec: spec, registry: registry)
        case .reference(let kind, _):
            return reference(trimmed, kind: kind, spec: spec, registry: registry)
        case .skills:
            switch Skills.parse(trimmed) {
            case .success(let skills): return .success(.int(Int64(skills.rawValue)))
            case .failure(let failure):
                return .failure(Bilingual(zh: "未知技能“\(failure.word)”", en: "Unknown skill “\(failure.word)”"))
            }
        case .categories:
            var mask: UInt64 = 0
            for word in trimmed.split(whereSeparator: { "、,，;；/".contains($0) }) {
                let name = word.trimmingCharacters(in: .whitespaces)
                guard !name.isEmpty else { continue }
                guard let category = registry.category(named: name), category.index < AppealCategory.capacity else {
                    return .failure(Bilingual(zh: "未知类别“\(name)”", en: "Unknown category “\(name)”"))
                }
                mask |= 1 << UInt64(category.raw)
            }
            return .success(.int(Int64(bitPattern: mask)))
        }
    }

    // MARK: - Pieces

    /// `#12` or a unique name of a live record of `kind`.
    private static func reference(_ text: String, kind: EntityKind, spec: FieldSpec, registry: Registry) -> Result<FieldValue, Bilingual> {
        if text.hasPrefix("#"), let id = Int32(text.dropFirst()), registry.isLive(RecordRef(kind, id)) {
            return .success(.int(Int64(id)))
        }
        // "王芳 #12": a name with its ID, as forms fill a record in; the ID decides if the name is its own.
        if let hash = text.lastIndex(of: "#"), let id = Int32(text[text.index(after: hash)...]), registry.isLive(RecordRef(kind, id)),
           String(text[..<hash]).trimmingCharacters(in: .whitespaces) == registry.name(of: RecordRef(kind, id)) {
            return .success(.int(Int64(id)))
        }
        let count = registry.count(of: kind)
        var found: [Int32] = []
        for id in 0..<Int32(count) where registry.isLive(RecordRef(kind, id)) && registry.name(of: RecordRef(kind, id)) == text {
            found.append(id)
            if found.count > 1 { break }
        }
        switch found.count {
        case 1: return .success(.int(Int64(found[0])))
        case 0: return .failure(Bilingual(zh: "找不到\(kind.label.zh)“\(text)”", en: "No \(kind.label.en.lowercased()) named “\(text)”"))
        default: return .failure(Bilingual(zh: "有多个名为“\(text)”的\(kind.label.zh)，请用 #编号", en: "Several records are named “\(text)”; use #ID"))
        }
    }

    /// `YYYY-MM-DD HH:MM[:SS]` in the data set's zone, or an ISO 8601 instant with an offset.
    public static func parseTime(_ text: String, registry: Registry) -> Int64? {
        let iso = ISO8601DateFormatter()
        if let date = iso.date(from: text) { return Int64(date.timeIntervalSince1970) }
        let parts = text.split(whereSeparator: { $0 == " " || $0 == "T" })
        guard let first = parts.first, let day = try? Day(first) else { return nil }
        var seconds = 0
        if parts.count > 1 {
            let clock = parts[1].split(separator: ":").compactMap { Int($0) }
            guard (2...3).contains(clock.count), (0..<24).contains(clock[0]), (0..<60).contains(clock[1]) else { return nil }
            seconds = clock[0] * 3600 + clock[1] * 60 + (clock.count == 3 ? clock[2] : 0)
        }
        let local = Int64(day.daysSince1970) * 86_400 + Int64(seconds)
        return local - Int64(registry.settings.utcOffset(at: local))
    }

    /// `YYYY-MM-DD HH:MM` at a UTC offset.
    public static func formatTime(_ time: Int64, _ utcOffset: Int) -> String {
        let local = time + Int64(utcOffset)
        let day = Day(unixTime: time, utcOffset: utcOffset)
        let secondOfDay = Int(((local % 86_400) + 86_400) % 86_400)
        let hh = secondOfDay / 3600
        let mm = (secondOfDay % 3600) / 60
        return day.iso + " " + (hh < 10 ? "0" : "") + String(hh) + ":" + (mm < 10 ? "0" : "") + String(mm)
    }

    private static func required(_ spec: FieldSpec) -> Bilingual {
        Bilingual(zh: "\(spec.label.zh)不能为空", en: "\(spec.label.en) is required")
    }

    private static func notANumber(_ spec: FieldSpec, _ text: String) -> Bilingual {
        Bilingual(zh: "\(spec.label.zh)应为数字，而不是“\(text)”", en: "\(spec.label.en) must be a number, not “\(text)”")
    }
}

extension Registry {
    /// How many slots `kind`'s table has (deleted records included).
    public func count(of kind: EntityKind) -> Int {
        switch kind {
        case .community: communities.count
        case .compound: compounds.count
        case .volunteer: volunteers.count
        case .serviceRecord: services.count
        case .appeal: appeals.count
        case .project: projects.count
        case .department: departments.count
        case .team: teams.count
        case .user: users.count
        case .category: categories.count
        }
    }
}
