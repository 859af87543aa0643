import JiedaoCore
import TermCanvas

extension AppState {
    mutating func openForm(target: RecordRef?) {
        guard let kind = pane.kind else { return }
        mode = .form(FormState(kind: kind, target: target, registry: registry, language: language, scope: scope, now: now))
    }

    mutating func formKey(_ key: Key, _ form: inout FormState) -> [Effect] {
        switch form.reduce(key) {
        case .stay(var next):
            // The hint looks through the community's appeals: only when what it matches on changed.
            if next.kind == .appeal, next.target == nil, DuplicateHint.keys.contains(where: { next.value(of: $0) != form.value(of: $0) }) {
                next.hint = DuplicateHint.text(for: next, registry: registry, language: language)
                mode = .form(next)
                if let lookup = DuplicateHint.phoneLookup(for: next, registry: registry) {
                    return [.findPhone(community: lookup.community, phone: lookup.phone)]
                }
                return []
            }
            mode = .form(next)
        case .leave:
            mode = .browse
            pendingProjectLinks = []
            pendingServiceVolunteers = []
            message = StatusMessage(Bilingual(zh: "已取消，未作修改", en: "Cancelled; nothing changed"))
        case .finish(var filled):
            return submit(&filled)
        }
        return []
    }

    /// Checks every field, then asks the store to apply the edit; invalid input is never sent.
    mutating func submit(_ form: inout FormState) -> [Effect] {
        var changes: [FieldChange] = []
        var hasErrors = false
        form.general = nil
        for index in form.keys.indices {
            guard let spec = form.spec(index) else { continue }
            let text = form.inputs[index].value
            if form.target != nil, form.original.indices.contains(index), form.original[index] == text { continue }
            switch FieldText.parse(text, as: spec, in: registry) {
            case .success(let value):
                do {
                    changes.append(FieldChange(spec.key, try spec.normalize(value)))
                    form.errors[index] = nil
                } catch {
                    form.errors[index] = error.message
                    hasErrors = true
                }
            case .failure(let message):
                form.errors[index] = message
                hasErrors = true
            }
        }
        if hasErrors {
            if let first = form.errors.firstIndex(where: { $0 != nil }) { form.focus(first) }
            mode = .form(form)
            return []
        }
        guard let target = form.target else {
            mode = .form(form)
            if form.kind == .project, !pendingProjectLinks.isEmpty {
                // The project and its links to the appeals are one change; the links name it by placeholder.
                let links: [Edit] = pendingProjectLinks.compactMap { id in
                    guard let version = registry.version(of: RecordRef(.appeal, id.raw)) else { return nil }
                    return .update(RecordRef(.appeal, id.raw), version: version, [FieldChange("project", .int(Int64(EditBatch.placeholder(0))))])
                }
                return [.submitBatch([.create(.project, changes)] + links, .form)]
            }
            if form.kind == .serviceRecord, pendingServiceVolunteers.count > 1 {
                // One activity for every marked volunteer, as one change: all are logged or none.
                let others = changes.filter { $0.key != "volunteer" }
                let creates: [Edit] = pendingServiceVolunteers.map { .create(.serviceRecord, [FieldChange("volunteer", .int(Int64($0)))] + others) }
                return [.submitBatch(creates, .form)]
            }
            return [.submit(.create(form.kind, changes), .form)]
        }
        guard !changes.isEmpty else {
            mode = .browse
            message = StatusMessage(Bilingual(zh: "没有修改", en: "Nothing changed"))
            return []
        }
        mode = .form(form)
        return [.submit(.update(target, version: form.version, changes), .form)]
    }

    mutating func askToDelete() {
        guard let record = selectedRecord, let version = registry.version(of: record) else { return }
        let name = registry.name(of: record)
        mode = .confirm(Confirmation(
            title: Bilingual(zh: "删除\(record.kind.label.zh)", en: "Delete \(record.kind.label.en.lowercased())"),
            message: Bilingual(zh: "确定删除“\(name)”吗？（可用 u 撤销）", en: "Delete “\(name)”? (u undoes it)"),
            edit: .delete(record, version: version)))
    }

    /// The server's phone matches reach the form they were asked for (the same community and
    /// phone are still typed in it); otherwise they are dropped.
    mutating func takePhoneMatches(_ matches: PhoneMatches) {
        guard case .form(var form) = mode, form.kind == .appeal, form.target == nil else { return }
        form.phoneMatches = matches
        guard DuplicateHint.phoneLookup(for: form, registry: registry) == nil else { return }
        form.hint = DuplicateHint.text(for: form, registry: registry, language: language)
        mode = .form(form)
    }
}
