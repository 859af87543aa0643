import JiedaoCore
import TermCanvas

extension AppState {
    /// The store applied an edit: move on, remember it for undo, and say what happened.
    mutating func applied(_ edit: Edit, _ applied: AppliedEdit, _ origin: EditOrigin) -> [Effect] {
        switch origin {
        case .undo: history.didUndo(applied, in: registry)
        case .redo: history.didRedo(applied, in: registry)
        case .reveal:
            if let record = applied.record { revealed.insert(record) }
            return []
        case .form, .quick: history.record(edit, applied, in: registry)
        }
        if let record = applied.record { lastEditor[record] = EditorStamp(login: login, time: now) }
        lastChange = LastChange(who: displayName(login: login), what: describe(edit), when: now)
        if case .form = mode { mode = .browse }
        followSettings([edit])
        dataChanged()
        if case .create = edit, let record = applied.record, record.kind == pane.kind { select(record.id) }
        // Undo and redo show the record they changed, where the pane lists it.
        if origin == .undo || origin == .redo, let record = applied.record, record.kind == pane.kind { select(record.id) }
        let verb: Bilingual = switch origin {
        case .undo: Bilingual(zh: "已撤销", en: "Undone")
        case .redo: Bilingual(zh: "已重做", en: "Redone")
        default: Bilingual(zh: "已保存", en: "Saved")
        }
        let what = describe(edit)
        message = StatusMessage(Bilingual(zh: "\(verb.zh)：\(what.zh)", en: "\(verb.en): \(what.en)"))
        if case .create(.appeal, _) = edit, origin == .form, let record = applied.record {
            // 重复提示: likely duplicates of a new appeal, with the key to merge.
            let candidates = duplicateCandidates(of: AppealID(record.id))
            if !candidates.isEmpty {
                let list = candidates.prefix(3).map { "#\($0.raw)" }.joined(separator: " ")
                message = StatusMessage(Bilingual(zh: "可能重复：\(list)（按 M 合并）", en: "Possible duplicates: \(list) (press M to merge)"))
            }
        }
        if case .create(.serviceRecord, _) = edit, origin == .form, !pendingServiceVolunteers.isEmpty {
            pendingServiceVolunteers = []
            withPane { $0.marked.removeAll() }
        }
        if case .create(.project, _) = edit, origin == .form, !pendingProjectLinks.isEmpty {
            // The links were part of the same batch.
            pendingProjectLinks = []
            withPane { $0.marked.removeAll() }
        }
        return []
    }

    /// The store refused an edit: nothing changed; show why, where it belongs.
    mutating func refused(_ edit: Edit, _ error: EditError?, _ text: Bilingual, _ origin: EditOrigin) {
        var text = text
        if case .versionConflict(let ref, _, _)? = error?.code, let editor = lastEditor[ref] {
            let name = displayName(login: editor.login)
            let time = String(FieldText.formatTime(editor.time, registry.settings.utcOffset(at: editor.time)).suffix(5))
            let dash = isASCII ? "-" : "—"
            text = Bilingual(zh: "已被\(name)于\(time)修改\(dash)\(dash)你的修改未保存", en: "changed by \(name) at \(time) \(dash) your change was not applied")
        }
        if case .form(var form) = mode, origin == .form {
            // Keep what the user typed; take the record's new version so Enter applies it again.
            if let target = form.target, case .versionConflict = error?.code {
                form.version = registry.version(of: target) ?? form.version
                showTheirValues(in: &form, of: target)
                form.general = Bilingual(zh: text.zh + "；按回车用你的数值重试，按 Esc 保留对方的",
                                         en: text.en + "; Enter retries with yours, Esc keeps theirs")
            } else if let key = error.flatMap({ Self.fieldKey(of: $0.code) }), let index = form.keys.firstIndex(of: key) {
                form.errors[index] = text
                form.focus(index)
            } else {
                form.general = text
            }
            mode = .form(form)
            return
        }
        message = StatusMessage(text, isError: true)
    }

    /// After a conflict, each field the other person changed says their value beside yours; the
    /// form now starts from their record, so Esc keeps theirs.
    private func showTheirValues(in form: inout FormState, of target: RecordRef) {
        guard let values = Schema.values(of: target, in: registry) else { return }
        for index in form.keys.indices where index < values.count && index < form.original.count {
            guard let spec = form.spec(index) else { continue }
            let theirs = FieldText.format(values[index], as: spec, in: registry, language: language)
            guard theirs != form.original[index] else { continue }
            let yours = form.inputs[index].value
            if yours == form.original[index] {
                // Only they changed this field: take theirs, so a retry cannot put the old value back.
                form.inputs[index] = TextField(theirs, isFocused: form.inputs[index].isFocused)
            } else {
                form.errors[index] = Bilingual(zh: "对方改为“\(theirs)”，你的是“\(yours)”", en: "they changed it to “\(theirs)”; yours is “\(yours)”")
            }
            form.original[index] = theirs
        }
    }

    static func fieldKey(of code: EditError.Code) -> String? {
        switch code {
        case .missing(let field), .emptyName(let field), .negative(let field), .badPhone(let field),
             .badChoice(let field), .wrongType(let field), .badReference(let field, _):
            field
        case .datesOutOfOrder(_, let later): later
        case .overCap: "budget"
        default: nil
        }
    }

    // MARK: - Undo, redo, reveal

    mutating func undo() -> [Effect] {
        guard let edit = history.nextUndo() else {
            message = StatusMessage(Bilingual(zh: "没有可撤销的修改", en: "Nothing to undo"))
            return []
        }
        return [.submit(edit, .undo)]
    }

    mutating func redo() -> [Effect] {
        guard let edit = history.nextRedo() else {
            message = StatusMessage(Bilingual(zh: "没有可重做的修改", en: "Nothing to redo"))
            return []
        }
        return [.submit(edit, .redo)]
    }

    mutating func reveal() -> [Effect] {
        guard let record = selectedRecord else { return [] }
        if revealed.contains(record) {
            revealed.remove(record)
            return []
        }
        return [.submit(.reveal(record), .reveal)]
    }

    // MARK: - Describing edits

    /// "修改小区“锦绣花园”的户数" — what an edit did, for the status line and the summary.
    /// What an edit did, in words.
    func describe(_ edit: Edit) -> Bilingual { interfaceWords(EditDescription.describe(edit, registry: registry)) }

    /// Words of the interface's own making; with `--ascii` their arrow (old → new) is `->`.
    func interfaceWords(_ words: Bilingual) -> Bilingual {
        guard isASCII else { return words }
        return Bilingual(zh: words.zh.replacing(" → ", with: " -> "), en: words.en.replacing(" → ", with: " -> "))
    }
}
