extension Registry {
    /// Applies one edit: checks who may make it, validates every invariant, changes
    /// the data, keeps indexes and metrics current, and returns the inverse.
    ///
    /// - Parameters:
    ///   - author: the user making the edit; nil only for the first admin of an empty data set.
    ///   - time: when the edit is made (Unix seconds), recorded in timelines.
    /// - Throws: ``EditError`` with the reason in both languages; the registry is then unchanged.
    @discardableResult
    public mutating func apply(_ edit: Edit, by author: UserID?, at time: Int64) throws(EditError) -> AppliedEdit {
        try authorize(edit, by: author)
        switch edit {
        case .create(let kind, _):
            return try applyRecordEdit(edit, kind: kind, by: author, at: time)
        case .update(let ref, _, _), .delete(let ref, _), .restore(let ref, _), .discard(let ref, _):
            return try applyRecordEdit(edit, kind: ref.kind, by: author, at: time)
        case .moveAppeal(let id, let version, let move, let note):
            return try moveAppeal(id, version: version, move, note: note, by: author, at: time)
        case .revertAppeal(let id, let version, let previous):
            return try revertAppeal(id, version: version, to: previous)
        case .moveProject(let id, let version, let move, _):
            return try moveProject(id, version: version, move, at: time)
        case .revertProject(let id, let version, let previous):
            return try revertProject(id, version: version, to: previous)
        case .reveal(let ref):
            guard isLive(ref) else { throw EditError(.notFound(ref)) }
            return AppliedEdit(inverse: edit, record: ref)
        case .changeSettings(let version, let newSettings):
            guard version == settings.version else {
                throw EditError(.versionConflict(RecordRef(.user, -1), expected: version, actual: settings.version), Bilingual(
                    zh: "设置已被他人修改，你的修改未保存", en: "The settings were changed by someone else; your change was not applied"))
            }
            for (index, notice) in (newSettings.holidayNotices ?? []).enumerated() {
                do {
                    _ = try HolidayData(parsing: notice, source: "notice \(index + 1)")
                } catch {
                    throw EditError(.invalid(""), error.message)
                }
            }
            let old = settings
            settings = newSettings
            settings.version = old.version + 1
            if let kpis, old.timeZone != settings.timeZone {
                self.kpis = KPILedger(appeals: appeals.rows, calendar: kpis.calendar, utcOffset: settings.utcOffset(at: time))
            }
            return AppliedEdit(inverse: .changeSettings(version: settings.version, old), record: nil)
        }
    }

    private mutating func applyRecordEdit(_ edit: Edit, kind: EntityKind, by author: UserID?, at time: Int64) throws(EditError) -> AppliedEdit {
        switch kind {
        case .community: try applyRecordEdit(edit, Community.self, by: author, at: time)
        case .compound: try applyRecordEdit(edit, Compound.self, by: author, at: time)
        case .volunteer: try applyRecordEdit(edit, Volunteer.self, by: author, at: time)
        case .serviceRecord: try applyRecordEdit(edit, ServiceRecord.self, by: author, at: time)
        case .appeal: try applyRecordEdit(edit, Appeal.self, by: author, at: time)
        case .project: try applyRecordEdit(edit, MicroProject.self, by: author, at: time)
        case .department: try applyRecordEdit(edit, Department.self, by: author, at: time)
        case .team: try applyRecordEdit(edit, Team.self, by: author, at: time)
        case .user: try applyRecordEdit(edit, User.self, by: author, at: time)
        case .category: try applyRecordEdit(edit, AppealCategory.self, by: author, at: time)
        }
    }

    private mutating func applyRecordEdit<R: TrackedRecord>(_ edit: Edit, _ type: R.Type, by author: UserID?, at time: Int64) throws(EditError) -> AppliedEdit {
        switch edit {
        case .create(_, let changes): return try create(R.self, changes, by: author, at: time)
        case .update(let ref, let version, let changes): return try update(R.self, ref, version: version, changes, at: time)
        case .delete(let ref, let version): return try delete(R.self, ref, version: version)
        case .restore(let ref, let version): return try restore(R.self, ref, version: version, at: time)
        case .discard(let ref, let version): return try discard(R.self, ref, version: version)
        default: throw EditError(.invalid("unsupported edit"))
        }
    }

    // MARK: - Record edits

    private mutating func create<R: TrackedRecord>(_ type: R.Type, _ changes: [FieldChange], by author: UserID?, at time: Int64) throws(EditError) -> AppliedEdit {
        let id = Int32(self[keyPath: R.table].count)
        let given = Set(changes.map(\.key))
        for field in R.Field.allCases {
            let spec = R.spec(field)
            if spec.isRequired, !given.contains(spec.key), Self.needsValueOnCreate(spec.kind) {
                throw EditError(.missing(field: spec.key), field: spec.label)
            }
        }
        var record = R()
        // Text goes straight into the store (a copy would cost the whole store per edit)
        // and is cut off again if the edit is refused.
        let mark = texts.count
        do {
            try Self.assign(changes, to: &record, texts: &texts, maskedText: acceptsMaskedText)
            record.version = 1
            try record.check(id: id, in: self, at: time)
        } catch {
            texts.truncate(to: mark)
            throw error
        }
        self[keyPath: R.table].rows.append(record)
        self[keyPath: R.table].liveCount += 1
        R.track(id, old: nil, new: record, in: &self)
        let ref = RecordRef(R.kind, id)
        if R.kind == .appeal { recordAppealIntake(AppealID(id), by: author, at: time) }
        return AppliedEdit(inverse: .discard(ref, version: record.version), record: ref)
    }

    private mutating func update<R: TrackedRecord>(_ type: R.Type, _ ref: RecordRef, version: UInt32, _ changes: [FieldChange], at time: Int64) throws(EditError) -> AppliedEdit {
        let old = try liveRecord(R.self, ref, version: version)
        var record = old
        let inverseChanges = changes.compactMap { change in
            R.field(change.key).map { FieldChange(change.key, old.value($0, texts)) }
        }
        let mark = texts.count
        do {
            try Self.assign(changes, to: &record, texts: &texts, maskedText: acceptsMaskedText)
            record.version = old.version + 1
            try record.check(id: ref.id, in: self, at: time)
        } catch {
            texts.truncate(to: mark)
            throw error
        }
        self[keyPath: R.table].rows[Int(ref.id)] = record
        R.track(ref.id, old: old, new: record, in: &self)
        return AppliedEdit(inverse: .update(ref, version: record.version, inverseChanges), record: ref)
    }

    private mutating func delete<R: TrackedRecord>(_ type: R.Type, _ ref: RecordRef, version: UInt32) throws(EditError) -> AppliedEdit {
        let old = try liveRecord(R.self, ref, version: version)
        if let (kind, count) = R.dependents(of: ref.id, in: self) {
            throw EditError(.hasDependents(ref, dependents: kind, count: count))
        }
        if R.kind == .user { try checkNotLastAdmin(ref.id) }
        var record = old
        record.isDeleted = true
        record.version = old.version + 1
        self[keyPath: R.table].rows[Int(ref.id)] = record
        self[keyPath: R.table].liveCount -= 1
        R.track(ref.id, old: old, new: nil, in: &self)
        return AppliedEdit(inverse: .restore(ref, version: record.version), record: ref)
    }

    private mutating func restore<R: TrackedRecord>(_ type: R.Type, _ ref: RecordRef, version: UInt32, at time: Int64) throws(EditError) -> AppliedEdit {
        guard ref.id >= 0, Int(ref.id) < self[keyPath: R.table].count else { throw EditError(.notFound(ref)) }
        let old = self[keyPath: R.table].rows[Int(ref.id)]
        guard old.isDeleted else { throw EditError(.invalid(""), Bilingual(zh: "记录未被删除", en: "The record is not deleted")) }
        guard old.version == version else { throw EditError(.versionConflict(ref, expected: version, actual: old.version)) }
        var record = old
        record.isDeleted = false
        record.version = old.version + 1
        // What it referred to may have gone while it was deleted.
        try record.check(id: ref.id, in: self, at: time)
        self[keyPath: R.table].rows[Int(ref.id)] = record
        self[keyPath: R.table].liveCount += 1
        R.track(ref.id, old: nil, new: record, in: &self)
        return AppliedEdit(inverse: .delete(ref, version: record.version), record: ref)
    }

    private mutating func discard<R: TrackedRecord>(_ type: R.Type, _ ref: RecordRef, version: UInt32) throws(EditError) -> AppliedEdit {
        let old = try liveRecord(R.self, ref, version: version)
        if let (kind, count) = R.dependents(of: ref.id, in: self) {
            throw EditError(.hasDependents(ref, dependents: kind, count: count))
        }
        if R.kind == .user { try checkNotLastAdmin(ref.id) }
        R.track(ref.id, old: old, new: nil, in: &self)
        if R.kind == .appeal { dropAppealIntake(AppealID(ref.id)) }
        self[keyPath: R.table].liveCount -= 1
        if Int(ref.id) == self[keyPath: R.table].count - 1 {
            // The newest record goes entirely, so create-then-discard leaves no trace.
            self[keyPath: R.table].rows.removeLast()
            return AppliedEdit(inverse: .create(R.kind, Self.allChanges(of: old, texts)), record: ref)
        }
        // Others were created since: keep the slot so their IDs stay valid.
        var record = old
        record.isDeleted = true
        record.version = old.version + 1
        self[keyPath: R.table].rows[Int(ref.id)] = record
        return AppliedEdit(inverse: .restore(ref, version: record.version), record: ref)
    }

    // MARK: - Helpers

    /// The live record at `ref`, refused when missing, deleted or changed since `version`.
    func liveRecord<R: TrackedRecord>(_ type: R.Type, _ ref: RecordRef, version: UInt32) throws(EditError) -> R {
        guard ref.id >= 0, Int(ref.id) < self[keyPath: R.table].count else { throw EditError(.notFound(ref)) }
        let record = self[keyPath: R.table].rows[Int(ref.id)]
        guard !record.isDeleted else { throw EditError(.deleted(ref)) }
        guard record.version == version else {
            throw EditError(.versionConflict(ref, expected: version, actual: record.version))
        }
        return record
    }

    /// Normalises and stores each change; text goes into `texts`.
    static func assign<R: Record>(_ changes: [FieldChange], to record: inout R, texts: inout TextStore, maskedText: Bool = false) throws(EditError) {
        for change in changes {
            guard let field = R.field(change.key) else { throw EditError(.unknownField(change.key)) }
            let spec = R.spec(field)
            record.assign(field, try spec.normalize(change.value, maskedText: maskedText), &texts)
        }
    }

    /// Every field of a record as changes, to recreate it.
    static func allChanges<R: Record>(of record: R, _ texts: TextStore) -> [FieldChange] {
        R.Field.allCases.map { FieldChange(R.spec($0).key, record.value($0, texts)) }
    }

    /// Fields without a natural default must be given when a record is created.
    private static func needsValueOnCreate(_ kind: FieldSpec.Kind) -> Bool {
        switch kind {
        // A category defaults to 其他 (always ID 11), as it did when categories were a fixed list.
        case .reference(.category, _): false
        case .name, .time, .day, .reference, .phone: true
        default: false
        }
    }

    private func checkNotLastAdmin(_ id: Int32) throws(EditError) {
        guard users.rows[Int(id)].role == .admin else { return }
        let admins = users.rows.reduce(0) { $0 + (!$1.isDeleted && $1.role == .admin ? 1 : 0) }
        if admins <= 1 {
            throw EditError(.invalid(""), Bilingual(zh: "不能删除最后一个管理员", en: "The last admin cannot be removed"))
        }
    }
}
