import JiedaoCore
import Foundation

/// Turns a sheet into edits: each row becomes a `.create` (empty ID, or an ID this data set
/// does not have yet) or an `.update` of the fields whose value differs, parsed with
/// ``FieldText``. Every edit is tried on a copy of the registry in row order, through
/// ``Registry/apply(_:by:at:)`` itself, so a later row may refer to a record an earlier
/// row creates, and a row is accepted exactly when journaling it will succeed.
///
/// ```swift
/// let plan = TableImport.plan(bytes, format: .csv, into: .compounds, registry: registry, by: user, at: now)
/// print(plan.report.text(.zh))
/// try session.append(plan.batch, to: &registry, by: user, login: login, at: now)
/// ```
///
/// All or nothing by default: when any row is rejected the plan has no steps. With
/// `partial`, the accepted rows' steps remain (checked without the rejected rows).
public enum TableImport {
    /// Reads `bytes` as `format` and plans the import; an unreadable file gives a report with its ``ImportReport/fileError``.
    public static func plan(_ bytes: [UInt8], format: ImportSheet.Format, into table: ExchangeTable, registry: Registry,
                            by user: UserID, at time: Int64, partial: Bool = false) -> ImportPlan {
        do {
            let sheet = try ImportSheet.read(bytes, format: format)
            return plan(sheet, into: table, registry: registry, by: user, at: time, partial: partial)
        } catch {
            var report = ImportReport(table: table, format: format, partial: partial)
            report.fileError = error
            return ImportPlan(report: report, steps: [])
        }
    }

    /// Plans the import of a sheet already read.
    public static func plan(_ sheet: ImportSheet, into table: ExchangeTable, registry: Registry,
                            by user: UserID, at time: Int64, partial: Bool = false) -> ImportPlan {
        var report = ImportReport(table: table, format: sheet.format, encoding: sheet.encoding, partial: partial)
        if sheet.encoding == .gb18030 || sheet.encoding == .utf16 {
            report.notes.append(Bilingual(zh: "文件编码为 \(sheet.encoding.label)，已自动转换", en: "The file is \(sheet.encoding.label); converted"))
        }
        let mapping = ColumnMapping(header: sheet.header, table: table)
        guard mapping.hasDataColumns else {
            report.fileError = ExchangeError(.noKnownColumns(table: table.label))
            return ImportPlan(report: report, steps: [])
        }
        report.notes += mapping.notes

        let counts = Dictionary(uniqueKeysWithValues: EntityKind.allCases.map { ($0, registry.count(of: $0)) })
        var copy = registry
        var resolver = ReferenceResolver()
        var steps: [ImportPlan.Step] = []
        for row in sheet.rows {
            let planned: RowPlan
            switch planRow(row, sheet: sheet, table: table, mapping: mapping, registry: copy, resolver: &resolver) {
            case .failure(let reason):
                report.rejected.append(.init(row: row.number, reason: reason))
                continue
            case .success(let plan):
                planned = plan
            }
            guard let edit = planned.edit else {
                if let target = planned.target {
                    report.accepted.append(.init(row: row.number, outcome: .unchanged(target, name: copy.name(of: target))))
                }
                continue
            }
            do {
                let applied = try copy.apply(edit, by: user, at: time)
                guard let ref = applied.record else { continue }
                resolver.invalidate(table.kind)
                steps.append(.init(row: row.number, edit: edit, record: ref))
                let name = copy.name(of: ref)
                let outcome: ImportReport.Accepted.Outcome = planned.target == nil
                    ? .created(ref, name: name, requestedID: planned.requestedID)
                    : .updated(ref, name: name, fields: planned.changed)
                report.accepted.append(.init(row: row.number, outcome: outcome))
            } catch {
                report.rejected.append(.init(row: row.number, reason: error.message))
            }
        }
        return ImportPlan(report: report, steps: report.applies ? steps : [], counts: counts)
    }

    // MARK: - One row

    /// What a row asks for: an edit (nil when nothing changes) and, for an update, its target.
    struct RowPlan {
        var edit: Edit?
        var target: RecordRef?
        var requestedID: Int32?
        var changed: [Bilingual] = []
    }

    static func planRow(_ row: ImportSheet.Row, sheet: ImportSheet, table: ExchangeTable, mapping: ColumnMapping,
                        registry: Registry, resolver: inout ReferenceResolver) -> Result<RowPlan, Bilingual> {
        if let problem = row.problem { return .failure(problem) }
        var plan = RowPlan()

        // The ID decides between create and update.
        if let column = mapping.id, column < row.cells.count, let cell = row.cells[column].map(ImportSheet.trimmed), !cell.isEmpty {
            guard let id = parseID(cell) else {
                return .failure(Bilingual(zh: "编号“\(cell)”不是数字", en: "The ID “\(cell)” is not a number"))
            }
            let ref = RecordRef(table.kind, id)
            if Int(id) >= registry.count(of: table.kind) {
                plan.requestedID = id
            } else if !registry.isLive(ref) {
                return .failure(Bilingual(zh: "\(table.kind.label.zh) #\(id) 已删除", en: "\(table.kind.label.en) #\(id) was deleted"))
            } else {
                plan.target = ref
            }
        }
        let current = plan.target.map { TableExport.fieldValues($0, registry) } ?? [:]
        // The row's community narrows down compound and team names.
        var community: Int32? = current["community"].flatMap { if case .int(let v) = $0 { Int32(truncatingIfNeeded: v) } else { nil } }

        var changes: [FieldChange] = []
        var problems: [Bilingual] = []
        for (column, spec) in mapping.fields {
            if let problem = row.cellProblems[column] {
                problems.append(Bilingual(zh: "\(spec.label.zh)：\(problem.zh)", en: "\(spec.label.en): \(problem.en)"))
                continue
            }
            guard column < row.cells.count, let raw = row.cells[column] else { continue }
            let text = ImportSheet.trimmed(raw)
            let old = current[spec.key]
            if let old, isUnchanged(text, old, spec, table: table, registry: registry) { continue }
            if table.personalKeys.contains(spec.key), PersonalData.looksMasked(text) {
                problems.append(Bilingual(zh: "\(spec.label.zh)是隐藏过的（\(text)）：要修改请用 --reveal 导出的表",
                                          en: "\(spec.label.en) is masked (\(text)): to change it, use a sheet exported with --reveal"))
                continue
            }
            // A new record takes the default for an empty cell.
            if plan.target == nil, text.isEmpty { continue }
            switch parse(text, spec, registry: registry, resolver: &resolver, community: community) {
            case .failure(let problem):
                problems.append(problem)
            case .success(let value):
                if spec.key == "community", case .int(let id) = value { community = Int32(truncatingIfNeeded: id) }
                if let old, (try? spec.normalize(value)) == old { continue }
                changes.append(FieldChange(spec.key, value))
                plan.changed.append(spec.label)
            }
        }
        if !problems.isEmpty {
            return .failure(Bilingual(zh: problems.map(\.zh).joined(separator: "；"), en: problems.map(\.en).joined(separator: "; ")))
        }
        if let target = plan.target {
            guard !changes.isEmpty else { return .success(plan) }
            plan.edit = .update(target, version: registry.version(of: target) ?? 0, changes)
        } else {
            plan.edit = .create(table.kind, changes)
        }
        return .success(plan)
    }

    // MARK: - Cells

    /// `12`, `#12` or `12.0`.
    static func parseID(_ text: String) -> Int32? {
        let digits = SheetValues.wholeNumber(text.hasPrefix("#") ? String(text.dropFirst()) : text)
        guard let id = Int32(digits), id >= 0 else { return nil }
        return id
    }

    /// Whether the cell shows the record's current value: as either language exports it, or masked.
    static func isUnchanged(_ text: String, _ value: FieldValue, _ spec: FieldSpec, table: ExchangeTable, registry: Registry) -> Bool {
        let zh = FieldText.format(value, as: spec, in: registry, language: .zh)
        if text == zh || text == FieldText.format(value, as: spec, in: registry, language: .en) { return true }
        return table.personalKeys.contains(spec.key) && !zh.isEmpty && text == PersonalData.masked(zh, key: spec.key)
    }

    /// The value of a cell for `spec`, accepting what spreadsheets make of typed values.
    static func parse(_ text: String, _ spec: FieldSpec, registry: Registry, resolver: inout ReferenceResolver,
                      community: Int32?) -> Result<FieldValue, Bilingual> {
        switch spec.kind {
        case .reference(let kind, let optional):
            return resolver.resolve(text, kind: kind, optional: optional, label: spec.label, community: community, in: registry)
        case .skills:
            if let skills = SheetValues.skills(text) { return .success(.int(Int64(skills.rawValue))) }
            return FieldText.parse(text, as: spec, in: registry)
        case .count, .money:
            return FieldText.parse(SheetValues.wholeNumber(text), as: spec, in: registry)
        case .day:
            return FieldText.parse(SheetValues.isoDay(text), as: spec, in: registry)
        case .time:
            return FieldText.parse(SheetValues.isoTime(text), as: spec, in: registry)
        default:
            return FieldText.parse(text, as: spec, in: registry)
        }
    }
}
