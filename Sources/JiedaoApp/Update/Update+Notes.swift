import JiedaoCore
import TermCanvas

extension AppState {
    /// The note form for steps of the closed loop (all of one kind: one per marked row, or one).
    func noteForm(for edits: [Edit]) -> NoteForm {
        guard case .moveAppeal(let id, _, let move, _)? = edits.first else {
            return NoteForm(title: Bilingual(zh: "备注", en: "Note"), prompt: Bilingual(zh: "备注", en: "Note"), requirement: nil, edits: edits)
        }
        let subject = edits.count > 1 ? Bilingual(zh: "\(edits.count)件诉求", en: "\(edits.count) appeals")
            : Bilingual(zh: "“\(registry.text(registry.appeals[id].summary))”", en: "“\(registry.text(registry.appeals[id].summary))”")
        let step = move.label
        let required = registry.settings.moveNotesRequired == true ? AppealMove.noteRequirement(move) : nil
        let prompt: Bilingual = switch move {
        case .giveBack: Bilingual(zh: "退单原因", en: "Why it is returned")
        case .resolve: Bilingual(zh: "办理结果（回访时告知群众）", en: "Handling result (told to the resident at the callback)")
        case .extend, .requestExtension: Bilingual(zh: "延期原因", en: "Why more time is needed")
        case .approveExtension: Bilingual(zh: "审批意见（可不填）", en: "Comment on the approval (optional)")
        case .refuseExtension: Bilingual(zh: "不批准的原因", en: "Why it is refused")
        case .contact: Bilingual(zh: "联系情况（可不填）", en: "What was agreed (optional)")
        case .residentUrge: Bilingual(zh: "群众来电内容（可不填）", en: "What the resident said (optional)")
        case .suspend: Bilingual(zh: "挂起原因（等待什么）", en: "Why it waits (on whom, for what)")
        case .resume: Bilingual(zh: "恢复说明（可不填）", en: "Note on resuming (optional)")
        case .evaluate, .callback, .closeUnreachable: Bilingual(zh: "回访记录（可不填）", en: "Callback notes (optional)")
        case .withdraw: Bilingual(zh: "撤销原因（可不填）", en: "Why it is withdrawn (optional)")
        case .supervise: Bilingual(zh: "督办意见（可不填）", en: "What the supervision asks for (optional)")
        default: Bilingual(zh: "备注（可不填）", en: "Note (optional)")
        }
        return NoteForm(title: Bilingual(zh: "\(step.zh) \(subject.zh)", en: "\(step.en): \(subject.en)"),
                        prompt: required == nil ? prompt : Bilingual(zh: prompt.zh + "（必填）", en: prompt.en + " (required)"),
                        requirement: required, edits: edits)
    }

    /// Keys of the note form: typing edits the note, Enter sends the step, Esc sends nothing.
    mutating func noteKey(_ key: Key, _ form: inout NoteForm) -> [Effect] {
        switch Keymap.command(for: key, in: .note) {
        case .cancel?:
            mode = .browse
            message = StatusMessage(Bilingual(zh: "已取消，未作修改", en: "Cancelled; nothing changed"))
            return []
        case .choose?:
            let edits = form.notedEdits()
            if let requirement = form.requirement, form.field.value.allSatisfy(\.isWhitespace) {
                form.error = requirement
                mode = .note(form)
                return []
            }
            mode = .browse
            return edits.count == 1 ? edits.map { .submit($0, .quick) } : [.submitBatch(edits, .quick)]
        default:
            if form.field.applyEditingKey(key) { form.error = nil }
            mode = .note(form)
            return []
        }
    }
}
