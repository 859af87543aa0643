/// Edits told as people read them, for status lines and the audit trail.
public enum EditDescription {
    /// What an edit did, in both languages; with the inverse of an update, old → new values.
    public static func describe(_ edit: Edit, registry: Registry, inverse: Edit? = nil) -> Bilingual {
        func named(_ ref: RecordRef) -> (zh: String, en: String) {
            let name = registry.name(of: ref)
            return ("\(ref.kind.label.zh)“\(name)”", "\(ref.kind.label.en.lowercased()) “\(name)”")
        }
        switch edit {
        case .create(let kind, let changes):
            let name = changes.first { $0.key == "name" || $0.key == "summary" }.map { change -> String in
                if case .text(let text) = change.value { return text }
                return ""
            } ?? ""
            return Bilingual(zh: "新增\(kind.label.zh)“\(name)”", en: "added \(kind.label.en.lowercased()) “\(name)”")
        case .update(let ref, _, let changes):
            let n = named(ref)
            let fields = changes.compactMap { Schema.field($0.key, of: ref.kind) }
            guard case .update(_, _, let old)? = inverse else {
                return Bilingual(zh: "修改\(n.zh)的\(fields.map(\.label.zh).joined(separator: "、"))",
                                 en: "changed \(fields.map { $0.label.en.lowercased() }.joined(separator: ", ")) of \(n.en)")
            }
            func detail(_ language: Language) -> String {
                changes.compactMap { change -> String? in
                    guard let spec = Schema.field(change.key, of: ref.kind) else { return nil }
                    let before = old.first { $0.key == change.key }.map { FieldText.format($0.value, as: spec, in: registry, language: language) } ?? ""
                    let after = FieldText.format(change.value, as: spec, in: registry, language: language)
                    return "\(spec.label.text(language)) \(before) → \(after)"
                }.joined(separator: language == .zh ? "；" : "; ")
            }
            return Bilingual(zh: "修改\(n.zh)：\(detail(.zh))", en: "changed \(n.en): \(detail(.en))")
        case .delete(let ref, _), .discard(let ref, _):
            let n = named(ref)
            return Bilingual(zh: "删除\(n.zh)", en: "deleted \(n.en)")
        case .restore(let ref, _):
            let n = named(ref)
            return Bilingual(zh: "恢复\(n.zh)", en: "restored \(n.en)")
        case .moveAppeal(let id, _, let move, let note):
            let n = named(RecordRef(.appeal, id.raw))
            let words = note.isEmpty ? Bilingual(zh: "", en: "") : Bilingual(zh: "：\(note)", en: ": \(note)")
            return Bilingual(zh: "\(move.label.zh) \(n.zh)\(words.zh)", en: "\(move.label.en.lowercased()) \(n.en)\(words.en)")
        case .revertAppeal(let id, _, _):
            let n = named(RecordRef(.appeal, id.raw))
            return Bilingual(zh: "撤回\(n.zh)的上一步", en: "took back the last step of \(n.en)")
        case .moveProject(let id, _, let move, _):
            let n = named(RecordRef(.project, id.raw))
            return Bilingual(zh: "\(move.label.zh) \(n.zh)", en: "\(move.label.en) \(n.en)")
        case .revertProject(let id, _, _):
            let n = named(RecordRef(.project, id.raw))
            return Bilingual(zh: "撤回\(n.zh)的上一步", en: "took back the last step of \(n.en)")
        case .changeSettings:
            return Bilingual(zh: "修改设置", en: "changed the settings")
        case .reveal(let ref):
            let n = named(ref)
            return Bilingual(zh: "查看\(n.zh)的个人信息", en: "revealed personal data of \(n.en)")
        }
    }
}
