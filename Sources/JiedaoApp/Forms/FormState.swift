import JiedaoCore
import TermCanvas

/// A form to add or edit one record: one text input per field, with the options of
/// choice and reference fields, and an error line per field.
public struct FormState: Equatable, Sendable {
    public var kind: EntityKind
    /// The record being edited; nil when adding.
    public var target: RecordRef?
    /// The record's version when the form opened (an edit against it is refused if it changed since).
    public var version: UInt32
    public var keys: [String]
    public var inputs: [TextField]
    /// Choices for fields picked with ←/→ (choice, yes/no and reference fields); empty for typed fields.
    public var options: [[String]]
    /// For a compound field: each option's community, so the list follows the community chosen.
    public var optionCommunities: [[String]]
    /// What was typed into each picked field to find an option (Chinese or pinyin initials).
    public var queries: [String]
    public var errors: [Bilingual?]
    /// A refusal that belongs to no single field.
    public var general: Bilingual?
    /// Likely duplicates of a new appeal, found as its phone, ticket or address is typed.
    public var hint: Bilingual?
    /// Through a data server the copy holds phones masked, so the server says which open
    /// appeals have the phone typed: its answer for that community and phone.
    public var phoneMatches: PhoneMatches?
    public var focused = 0
    /// The text of each field when the form opened, to send only what changed.
    public var original: [String]
    /// A first Esc over typed input asked for a second one before discarding it.
    public var isDiscardArmed = false

    /// Whether anything differs from what the form opened with.
    public var hasChanges: Bool { inputs.map(\.value) != original }

    /// What is typed in the field named `key` (empty when the form has none).
    public func value(of key: String) -> String {
        keys.firstIndex(of: key).map { inputs[$0].value } ?? ""
    }

    /// The spec of field `index`.
    public func spec(_ index: Int) -> FieldSpec? {
        keys.indices.contains(index) ? Schema.field(keys[index], of: kind) : nil
    }

    /// A form for `kind`, empty for a new record or filled from `target`.
    public init(kind: EntityKind, target: RecordRef?, registry: Registry, language: Language, scope: [Scope], now: Int64) {
        self.kind = kind
        self.target = target
        version = target.flatMap { registry.version(of: $0) } ?? 0
        let specs = Schema.fields(of: kind)
        keys = specs.map(\.key)
        let values = target.flatMap { Schema.values(of: $0, in: registry) }
        let blank = Schema.blankValues(of: kind)
        var texts: [String] = []
        var options: [[String]] = []
        var communities: [[String]] = []
        for (index, spec) in specs.enumerated() {
            let choices = FormState.choices(for: spec, registry: registry, language: language)
            options.append(choices)
            communities.append(FormState.communities(of: spec, choices: choices, registry: registry))
            if let values {
                let text = FieldText.format(values[index], as: spec, in: registry, language: language)
                // An appeal keeps a category retired since; it is its option until changed.
                if case .reference(.category, _) = spec.kind, !text.isEmpty, !options[index].contains(text) { options[index].append(text) }
                texts.append(text)
            } else {
                var text = FormState.defaultText(for: spec, choices: choices, registry: registry, language: language, scope: scope, now: now)
                if case .choice = spec.kind, index < blank.count {
                    // A new record starts at the model's default (an appeal: urgency 一般), not the first option;
                    // an appeal's category is left for the coordinator to choose.
                    text = kind == .appeal && spec.key == "category" ? "" : FieldText.format(blank[index], as: spec, in: registry, language: language)
                }
                texts.append(text)
            }
        }
        self.options = options
        optionCommunities = communities
        queries = Array(repeating: "", count: specs.count)
        inputs = texts.map { TextField($0, isFocused: false) }
        // What the form started with, so Esc and Ctrl-C can tell whether anything was typed.
        original = texts
        errors = Array(repeating: nil, count: specs.count)
        if !inputs.isEmpty { inputs[0].isFocused = true }
    }

    /// Puts `text` into the field with `key` (a prefilled value).
    mutating func set(_ key: String, to text: String) {
        guard let index = keys.firstIndex(of: key) else { return }
        inputs[index] = TextField(text, isFocused: index == focused)
    }

    /// Whether field `index` is chosen from a list rather than typed.
    public func isPicked(_ index: Int) -> Bool { options.indices.contains(index) && !options[index].isEmpty }

    mutating func focus(_ index: Int) {
        guard !inputs.isEmpty else { return }
        inputs[focused].isFocused = false
        // What was typed to find an option is done with once the field is left.
        if queries.indices.contains(focused) { queries[focused] = "" }
        focused = (index + inputs.count) % inputs.count
        inputs[focused].isFocused = true
    }


    // MARK: - Options and defaults

    /// The community of each compound option (the optional empty one has none); empty for other fields.
    private static func communities(of spec: FieldSpec, choices: [String], registry: Registry) -> [String] {
        guard case .reference(.compound, _) = spec.kind, !choices.isEmpty else { return [] }
        var result: [String] = choices.first == "" ? [""] : []
        for id in 0..<Int32(registry.count(of: .compound)) where registry.isLive(RecordRef(.compound, id)) {
            result.append(registry.name(of: RecordRef(.community, registry.compounds[CompoundID(id)].community.raw)))
        }
        return result.count == choices.count ? result : []
    }

    private static func choices(for spec: FieldSpec, registry: Registry, language: Language) -> [String] {
        switch spec.kind {
        case .bool: return language == .zh ? ["否", "是"] : ["no", "yes"]
        case .choice(let options): return options.map { $0.label.text(language) }
        case .reference(.category, _):
            // Retired categories are offered to no appeal (one that has it keeps it: see init).
            return registry.offeredCategories.map { registry.categoryName($0, language) }
        case .reference(let kind, let optional):
            // Long lists (volunteers, appeals) are typed by name or #ID instead.
            guard registry.liveCount(kind) <= 2_000 else { return [] }
            var names = (0..<Int32(registry.count(of: kind))).filter { registry.isLive(RecordRef(kind, $0)) }
                .map { registry.name(of: RecordRef(kind, $0)) }
            if optional { names.insert("", at: 0) }
            return names
        default: return []
        }
    }

    private static func defaultText(for spec: FieldSpec, choices: [String], registry: Registry, language: Language, scope: [Scope], now: Int64) -> String {
        switch spec.kind {
        case .reference(.community, _):
            for item in scope.reversed() {
                switch item {
                case .community(let id): return registry.name(of: RecordRef(.community, id.raw))
                case .compound(let id): return registry.name(of: RecordRef(.community, registry.compounds[id].community.raw))
                }
            }
            return choices.first ?? ""
        case .reference(.compound, _):
            for case .compound(let id) in scope.reversed() { return registry.name(of: RecordRef(.compound, id.raw)) }
            return ""
        case .time: return FieldText.format(.time(now), as: spec, in: registry, language: language)
        case .day: return spec.isRequired ? Day(unixTime: now, utcOffset: registry.settings.utcOffset(at: now)).iso : ""
        case .count where spec.key == "year": return String(Day(unixTime: now, utcOffset: registry.settings.utcOffset(at: now)).year)
        case .choice, .bool: return choices.first ?? ""
        case .count, .tenthsOfHour: return "0"
        case .money where spec.key == "annual_budget": return String(registry.settings.defaultBudget)
        case .money: return "0"
        default: return ""
        }
    }
}

extension FormState {
    /// The form's own reducer: typing, moving between fields, cycling choices and the guard
    /// against losing typed input (a first Esc over changes only asks). Leaving is Esc;
    /// finishing is Enter, with the form as it stands, which the dashboard checks and submits.
    public func reduce(_ key: Key) -> ModeStep<FormState, FormState> {
        var form = self
        let command = Keymap.command(for: key, in: .form)
        if command != .cancel, form.isDiscardArmed {
            form.isDiscardArmed = false
            form.general = nil
        }
        switch command {
        case .cancel? where form.hasChanges && !form.isDiscardArmed:
            form.isDiscardArmed = true
            form.general = Bilingual(zh: "有未保存的内容：再按 Esc 放弃，按其他键继续填写", en: "Unsaved input: Esc again discards it, any other key goes on")
        case .cancel?:
            return .leave
        case .nextField?:
            form.focus(form.focused + 1)
        case .previousField?:
            form.focus(form.focused - 1)
        case .choose?:
            return .finish(form)
        case .previousOption? where form.isPicked(form.focused):
            form.cycle(by: -1)
        case .nextOption? where form.isPicked(form.focused):
            form.cycle(by: 1)
        default:
            // A picked field: typing finds an option (Chinese or pinyin initials).
            if form.isPicked(form.focused), form.type(key) { break }
            // Text: typed into the focused field (←, → and space move and type in a text field).
            guard form.inputs.indices.contains(form.focused) else { break }
            var field = form.inputs[form.focused]
            if field.applyEditingKey(key) {
                form.inputs[form.focused] = field
                form.errors[form.focused] = nil
            }
        }
        return .stay(form)
    }
}
