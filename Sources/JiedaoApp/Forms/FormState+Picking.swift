import JiedaoCore
import TermCanvas

/// Picked fields (choices, yes/no, references): ←/→ step through the options, and typing
/// narrows them, by Chinese text or pinyin initials (`jx` finds 锦绣花园). A compound field
/// offers only the compounds of the community chosen in the form.
extension FormState {
    /// The options field `index` offers now: those of the chosen community (for a compound),
    /// then those matching what was typed.
    public func offered(_ index: Int) -> [String] {
        guard options.indices.contains(index) else { return [] }
        var choices = options[index]
        if optionCommunities.indices.contains(index), optionCommunities[index].count == choices.count,
           let community = keys.firstIndex(of: "community").map({ inputs[$0].value }), !community.isEmpty {
            choices = zip(choices, optionCommunities[index]).filter { $0.0.isEmpty || $0.1 == community }.map(\.0)
        }
        let query = queries.indices.contains(index) ? queries[index] : ""
        guard !query.isEmpty else { return choices }
        let lowered = query.lowercased()
        let byInitials = query.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
        return choices.filter { !$0.isEmpty && ($0.lowercased().contains(lowered) || (byInitials && PinyinInitials.matches(lowered, in: $0))) }
    }

    /// Steps the focused picked field to the next or previous option it offers.
    mutating func cycle(by step: Int) {
        guard isPicked(focused) else { return }
        let choices = offered(focused)
        guard !choices.isEmpty else { return }
        let current = choices.firstIndex(of: inputs[focused].value) ?? -1
        let next = current < 0 && step < 0 ? choices.count - 1 : ((current + step) % choices.count + choices.count) % choices.count
        choose(choices[next])
    }

    /// Typing into the focused picked field: characters and Backspace edit the query, which
    /// picks its first match; Ctrl-U clears it. False for keys that are not typing.
    mutating func type(_ key: Key) -> Bool {
        var query = queries[focused]
        switch key {
        case .character(let c) where c != " ": query.append(c)
        case .backspace: guard !query.isEmpty else { return true }; query.removeLast()
        case .control("u"): query = ""
        default: return false
        }
        queries[focused] = query
        let matches = offered(focused)
        if let first = matches.first {
            choose(first, keepingQuery: true)
        } else {
            errors[focused] = Bilingual(zh: "没有与“\(query)”相符的选项（退格修改）", en: "Nothing matches “\(query)” (Backspace to change)")
        }
        return true
    }

    /// Puts `value` into the focused field; a new community drops a compound outside it.
    private mutating func choose(_ value: String, keepingQuery: Bool = false) {
        inputs[focused] = TextField(value, isFocused: true)
        errors[focused] = nil
        if !keepingQuery { queries[focused] = "" }
        guard keys[focused] == "community", let compound = keys.firstIndex(of: "compound") else { return }
        queries[compound] = ""
        if !offered(compound).contains(inputs[compound].value) {
            inputs[compound] = TextField(offered(compound).first { $0.isEmpty } ?? "", isFocused: false)
        }
    }
}
