import JiedaoCore
import TermCanvas

extension AppState {
    mutating func openForm(target: RecordRef?) {
        guard let kind = pane.kind else { return }
        mode = .form(FormState(kind: kind, target: target, registry: registry, language: language, scope: scope, now: now))
    }

    mutating func formKey(_ key: Key, _ form: inout FormState) -> [Effect] {
        let command = Keymap.command(for: key, in: .form)
        if command != .cancel, form.isDiscardArmed {
            form.isDiscardArmed = false
            form.general = nil
        }
        switch command {
        case .cancel? where form.hasChanges && !form.isDiscardArmed:
            // Typed input is never lost to one stray key.
            form.isDiscardArmed = true
            form.general = Bilingual(zh: "有未保存的内容：再按 Esc 放弃，按其他键继续填写", en: "Unsaved input: Esc again discards it, any other key goes on")
        case .cancel?:
            mode = .browse
            pendingProjectLinks = []
            message = StatusMessage(Bilingual(zh: "已取消，未作修改", en: "Cancelled; nothing changed"))
            return []
        case .nextField?:
            form.focus(form.focused + 1)
        case .previousField?:
            form.focus(form.focused - 1)
        case .choose?:
            return submit(&form)
        case .previousOption? where form.isPicked(form.focused):
            form.cycle(by: -1)
        case .nextOption? where form.isPicked(form.focused):
            form.cycle(by: 1)
        default:
            // Text: typed into the focused field (←, → and space move and type in a text field).
            guard form.inputs.indices.contains(form.focused) else { break }
            var field = form.inputs[form.focused]
            if edit(&field, with: key) {
                form.inputs[form.focused] = field
                form.errors[form.focused] = nil
            }
        }
        mode = .form(form)
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
}
