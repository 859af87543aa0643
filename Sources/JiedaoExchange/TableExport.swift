import JiedaoCore
/// A table of records as a spreadsheet or JSON: what `jiedao export` writes and
/// ``TableImport`` reads back.
///
/// ```swift
/// let csv = TableExport.csv(.compounds, from: registry, language: .zh, reveal: false)
/// // "\u{FEFF}编号,名称,社区,类型,…\r\n0,锦绣花园,侨香社区,商品房,…\r\n"
/// ```
///
/// Cells use ``FieldText/format(_:as:in:language:)``, except that references name a record
/// `name #ID` when its name is not unique, and personal data (``ExchangeTable/personalKeys``)
/// is masked unless `reveal` is set, in which case the caller records a ``Edit/reveal(_:)``
/// for each of ``revealTargets(_:in:ids:)``.
public enum TableExport {
    /// The live records of the table, in ID order, or those of `ids` that are live.
    public static func records(_ table: ExchangeTable, in registry: Registry, ids: [Int32]? = nil) -> [Int32] {
        let candidates = ids ?? Array(0..<Int32(registry.count(of: table.kind)))
        return candidates.filter { registry.isLive(RecordRef(table.kind, $0)) }
    }

    /// The exported records whose personal data a revealing export shows: each needs its `.reveal` edit.
    public static func revealTargets(_ table: ExchangeTable, in registry: Registry, ids: [Int32]? = nil) -> [RecordRef] {
        guard !table.personalKeys.isEmpty else { return [] }
        return records(table, in: registry, ids: ids).map { RecordRef(table.kind, $0) }
            .filter { PersonalData.hasPersonalData($0, in: registry) }
    }

    /// Header row then one row per record.
    public static func rows(_ table: ExchangeTable, from registry: Registry, language: Language, reveal: Bool, ids: [Int32]? = nil) -> [[String]] {
        var names = ReferenceNames(registry)
        let columns = table.columns
        var rows = [columns.map { $0.header(language) }]
        for id in records(table, in: registry, ids: ids) {
            let ref = RecordRef(table.kind, id)
            let values = fieldValues(ref, registry)
            rows.append(columns.map { column in
                switch column {
                case .id: String(id)
                case .name(let spec), .field(let spec):
                    cellText(values[spec.key] ?? .none, spec, table: table, registry: registry, names: &names, language: language, reveal: reveal)
                case .workflow(let workflow):
                    workflowText(workflow, ref, registry, language: language)
                }
            })
        }
        return rows
    }

    /// The table as CSV for Excel: BOM, CRLF, formula cells defused (see ``CSVWriter``).
    public static func csv(_ table: ExchangeTable, from registry: Registry, language: Language, reveal: Bool, ids: [Int32]? = nil) -> String {
        CSVWriter.document(rows(table, from: registry, language: language, reveal: reveal, ids: ids))
    }

    /// The table as a JSON array of objects keyed by field key (`id` first); appeals carry
    /// their `timeline`. Numbers and yes/no are JSON numbers and booleans, dates `YYYY-MM-DD`,
    /// instants ISO 8601 with the data set's offset, choices their label in `language`.
    public static func json(_ table: ExchangeTable, from registry: Registry, language: Language, reveal: Bool, ids: [Int32]? = nil) -> JSONValue {
        var names = ReferenceNames(registry)
        var items: [JSONValue] = []
        for id in records(table, in: registry, ids: ids) {
            let ref = RecordRef(table.kind, id)
            let values = fieldValues(ref, registry)
            var members: [(key: String, value: JSONValue)] = []
            for column in table.columns {
                switch column {
                case .id: members.append(("id", .int(Int64(id))))
                case .name(let spec), .field(let spec):
                    members.append((spec.key, jsonValue(values[spec.key] ?? .none, spec, table: table, registry: registry,
                                                        names: &names, language: language, reveal: reveal)))
                case .workflow(let workflow):
                    members.append((workflow.key, workflowJSON(workflow, ref, registry, language: language)))
                }
            }
            if table == .appeals { members.append(("timeline", timeline(AppealID(id), registry, language: language))) }
            items.append(.object(members))
        }
        return .array(items)
    }

    // MARK: - Cells

    static func fieldValues(_ ref: RecordRef, _ registry: Registry) -> [String: FieldValue] {
        guard let values = Schema.values(of: ref, in: registry) else { return [:] }
        var result: [String: FieldValue] = [:]
        for (spec, value) in zip(Schema.fields(of: ref.kind), values) { result[spec.key] = value }
        return result
    }

    static func cellText(_ value: FieldValue, _ spec: FieldSpec, table: ExchangeTable, registry: Registry,
                         names: inout ReferenceNames, language: Language, reveal: Bool) -> String {
        // Category names are unique in each language, and imports read either: the sheet's language.
        if case .reference(.category, _) = spec.kind, case .int(let raw) = value {
            return registry.categoryName(CategoryID(Int32(truncatingIfNeeded: raw)), language)
        }
        if case .reference(let kind, _) = spec.kind {
            guard case .int(let raw) = value else { return "" }
            return names.text(RecordRef(kind, Int32(truncatingIfNeeded: raw)))
        }
        let text = FieldText.format(value, as: spec, in: registry, language: language)
        return !reveal && table.personalKeys.contains(spec.key) ? PersonalData.masked(text, key: spec.key) : text
    }

    static func jsonValue(_ value: FieldValue, _ spec: FieldSpec, table: ExchangeTable, registry: Registry,
                          names: inout ReferenceNames, language: Language, reveal: Bool) -> JSONValue {
        switch (spec.kind, value) {
        case (_, .none): return .null
        case (.count, .int(let n)), (.money, .int(let n)): return .int(n)
        case (.tenthsOfHour, .int(let tenths)): return tenths % 10 == 0 ? .int(tenths / 10) : .double(Double(tenths) / 10)
        case (_, .bool(let flag)): return .bool(flag)
        case (_, .time(let time)): return .string(ExchangeTime.iso(time, in: registry))
        case (.skills, .int(let raw)):
            let skills = Skills(rawValue: UInt16(truncatingIfNeeded: raw))
            return .array(Skills.catalogue.filter { skills.contains($0.skill) }.map { .string($0.label.text(language)) })
        case (.categories, .int(let raw)):
            return .array(registry.categories(inMask: UInt64(bitPattern: raw)).map { .string(registry.categoryName($0, language)) })
        default:
            return .string(cellText(value, spec, table: table, registry: registry, names: &names, language: language, reveal: reveal))
        }
    }

    // MARK: - Workflow

    static func workflowText(_ column: WorkflowColumn, _ ref: RecordRef, _ registry: Registry, language: Language) -> String {
        if column == .deadline || column == .firstContact {
            // Like every other time in a sheet: local, to the minute.
            guard let progress = appealProgress(ref, registry) else { return "" }
            let time = column == .deadline ? progress.deadline : progress.firstContactAt
            return time > 0 ? FieldText.formatTime(time, registry.settings.utcOffset(at: time)) : ""
        }
        switch workflowJSON(column, ref, registry, language: language) {
        case .string(let text): return text
        case .int(let n): return String(n)
        default: return ""
        }
    }

    static func workflowJSON(_ column: WorkflowColumn, _ ref: RecordRef, _ registry: Registry, language: Language) -> JSONValue {
        switch column {
        case .appealState:
            return appealProgress(ref, registry).map { .string($0.state.label(language)) } ?? .null
        case .deadline:
            guard let progress = appealProgress(ref, registry), progress.deadline > 0 else { return .null }
            return .string(ExchangeTime.iso(progress.deadline, in: registry))
        case .firstContact:
            guard let progress = appealProgress(ref, registry), progress.firstContactAt > 0 else { return .null }
            return .string(ExchangeTime.iso(progress.firstContactAt, in: registry))
        case .handler:
            guard let progress = appealProgress(ref, registry) else { return .null }
            let name = handlerName(progress, registry)
            return name.isEmpty ? .null : .string(name)
        case .projectState:
            return projectProgress(ref, registry).map { .string($0.state.label(language)) } ?? .null
        case .votesFor:
            return projectProgress(ref, registry).map { .int(Int64($0.votesFor)) } ?? .null
        case .votesAgainst:
            return projectProgress(ref, registry).map { .int(Int64($0.votesAgainst)) } ?? .null
        }
    }

    /// The department or community an appeal is dispatched to, by name; empty when not dispatched.
    public static func handlerName(_ progress: AppealProgress, _ registry: Registry) -> String {
        switch progress.handlerKind {
        case .none: ""
        case .department: registry.name(of: RecordRef(.department, progress.handler))
        case .community: registry.name(of: RecordRef(.community, progress.handler))
        }
    }

    private static func appealProgress(_ ref: RecordRef, _ registry: Registry) -> AppealProgress? {
        guard ref.kind == .appeal, ref.id >= 0, Int(ref.id) < registry.appeals.count else { return nil }
        return registry.appeals.rows[Int(ref.id)].progress
    }

    private static func projectProgress(_ ref: RecordRef, _ registry: Registry) -> ProjectProgress? {
        guard ref.kind == .project, ref.id >= 0, Int(ref.id) < registry.projects.count else { return nil }
        return registry.projects.rows[Int(ref.id)].progress
    }

    /// An appeal's events, oldest first: what happened, the state after, when, who (login and name), the note.
    static func timeline(_ id: AppealID, _ registry: Registry, language: Language) -> JSONValue {
        .array(registry.timeline(of: id).map { event in
            // A user deleted since still names who acted.
            let actor = event.actor.raw >= 0 && event.actor.index < registry.users.count ? registry.users[event.actor] : nil
            return .object([
                ("kind", .string(event.kind.label(language))),
                ("state", .string(event.stateAfter.label(language))),
                ("time", .string(ExchangeTime.iso(event.at, in: registry))),
                ("actor_login", actor.map { .string(registry.text($0.login)) } ?? .null),
                ("actor_name", actor.map { .string(registry.text($0.displayName)) } ?? .null),
                ("note", .string(registry.text(event.note))),
            ])
        })
    }
}
