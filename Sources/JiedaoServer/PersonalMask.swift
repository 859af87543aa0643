import JiedaoCore
import JiedaoExchange
import JiedaoStore

/// What keeps residents' names and phones inside the data server: the copy of the data and
/// every record it sends are masked (郭**, 188****9392), a reveal answers with one record's
/// own text, and an edit that would store a masked value over the real one is caught.
public enum PersonalMask {
    /// The personal fields of a kind (the same ones exports mask).
    static func keys(of kind: EntityKind) -> Set<String> {
        ExchangeTable(kind: kind)?.personalKeys ?? []
    }

    /// A copy of the data with every personal field masked. The text it replaced is still in
    /// the copy's text store: encode it with `compactingText`, so its snapshot holds none of it.
    public static func masked(_ registry: Registry) -> Registry {
        var copy = registry
        for kind in [EntityKind.appeal, .volunteer] {
            let keys = Self.keys(of: kind)
            let count = kind == .appeal ? registry.appeals.count : registry.volunteers.count
            for id in 0..<Int32(count) {
                let ref = RecordRef(kind, id)
                for (key, text) in personalText(of: ref, in: registry, keys: keys) where !text.isEmpty {
                    copy.overwriteText(ref, key: key, with: PersonalData.masked(text, key: key))
                }
            }
        }
        return copy
    }

    /// A journal record as clients see it: personal values masked in its edits and inverses.
    public static func masked(_ entry: JournalEntry) -> JournalEntry {
        var copy = entry
        copy.edits = entry.edits.map(masked)
        copy.inverses = entry.inverses.map(masked)
        return copy
    }

    /// One edit as clients see it.
    public static func masked(_ edit: Edit) -> Edit {
        switch edit {
        case .create(let kind, let changes): .create(kind, masked(changes, keys(of: kind)))
        case .update(let ref, let version, let changes): .update(ref, version: version, masked(changes, keys(of: ref.kind)))
        default: edit
        }
    }

    private static func masked(_ changes: [FieldChange], _ keys: Set<String>) -> [FieldChange] {
        guard !keys.isEmpty else { return changes }
        return changes.map { change in
            guard keys.contains(change.key), case .text(let text) = change.value, !text.isEmpty else { return change }
            return FieldChange(change.key, .text(PersonalData.masked(text, key: change.key)))
        }
    }

    /// A record's personal fields with their own text, for the client that revealed it.
    public static func revealedFields(of ref: RecordRef, in registry: Registry) -> [FieldChange] {
        personalText(of: ref, in: registry, keys: keys(of: ref.kind)).map { FieldChange($0.key, .text($0.text)) }
    }

    /// The edits a client sent, made safe to apply. A client holds masked text, so a form may
    /// send a masked value back unchanged: that change is dropped. A masked value that is not
    /// the record's own masked text would overwrite real data with stars, and is refused.
    /// - Returns: the edits, or which one is refused and why.
    public static func sanitized(_ edits: [Edit], in registry: Registry) -> Result<[Edit], Refusal> {
        var result: [Edit] = []
        for (index, edit) in edits.enumerated() {
            switch edit {
            case .create(let kind, let changes):
                if let key = changes.first(where: { isMasked($0, keys(of: kind)) })?.key { return .failure(Refusal(part: index, key: key)) }
                result.append(edit)
            case .update(let ref, let version, let changes):
                let keys = keys(of: ref.kind)
                let current = Dictionary(personalText(of: ref, in: registry, keys: keys), uniquingKeysWith: { first, _ in first })
                var kept: [FieldChange] = []
                for change in changes {
                    guard isMasked(change, keys), case .text(let text) = change.value else {
                        kept.append(change)
                        continue
                    }
                    guard let own = current[change.key], text == PersonalData.masked(own, key: change.key) else {
                        return .failure(Refusal(part: index, key: change.key))
                    }
                }
                result.append(.update(ref, version: version, kept))
            default:
                result.append(edit)
            }
        }
        return .success(result)
    }

    /// An edit that carries masked personal text as a new value.
    public struct Refusal: Error, Hashable, Sendable {
        public var part: Int
        public var key: String

        public var message: Bilingual {
            Bilingual(zh: "“\(key)”是脱敏后的值（带 *），不能存为新值：请输入完整内容，或先按 v 显示原值",
                      en: "“\(key)” holds a masked value (with *), which cannot be saved: type the full value, or reveal it first with v")
        }
    }

    private static func isMasked(_ change: FieldChange, _ keys: Set<String>) -> Bool {
        guard keys.contains(change.key), case .text(let text) = change.value else { return false }
        return PersonalData.looksMasked(text)
    }

    private static func personalText(of ref: RecordRef, in registry: Registry, keys: Set<String>) -> [(key: String, text: String)] {
        guard !keys.isEmpty, let values = Schema.values(of: ref, in: registry) else { return [] }
        return zip(Schema.fields(of: ref.kind), values).compactMap { spec, value in
            guard keys.contains(spec.key), case .text(let text) = value else { return nil }
            return (spec.key, text)
        }
    }
}
