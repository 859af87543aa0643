import JiedaoCore

/// 重复提示 while a new appeal is typed: open appeals of the chosen community with the same
/// phone, the same ticket number, or an address that contains what was typed. Only the
/// community's appeals are looked at (its index), so the hint costs no scan of the street.
enum DuplicateHint {
    /// The fields the hint depends on.
    static let keys = ["community", "phone", "ticket", "address"]

    /// The likely duplicates of the appeal the form describes, with why each matches; nil when none.
    /// What to ask the data server when the copy holds phones masked: the community and the
    /// whole phone typed (one request per phone, none while it is still being typed); nil
    /// when there is nothing to ask or the answer for them is already in the form.
    static func phoneLookup(for form: FormState, registry: Registry) -> (community: Int32, phone: String)? {
        guard registry.acceptsMaskedText, form.kind == .appeal, form.target == nil,
              let spec = Schema.field("community", of: .appeal),
              case .success(.int(let raw)) = FieldText.parse(form.value(of: "community").trimmingSpaces, as: spec, in: registry),
              let phone = PhoneNumber.canonical(form.value(of: "phone").trimmingSpaces) else { return nil }
        let community = Int32(truncatingIfNeeded: raw)
        if let known = form.phoneMatches, known.community == community, known.phone == phone { return nil }
        return (community, phone)
    }

    static func text(for form: FormState, registry: Registry, language: Language) -> Bilingual? {
        guard form.kind == .appeal, form.target == nil else { return nil }
        func value(_ key: String) -> String { form.value(of: key).trimmingSpaces }
        guard let spec = Schema.field("community", of: .appeal),
              case .success(.int(let raw)) = FieldText.parse(value("community"), as: spec, in: registry) else { return nil }
        let phone = PhoneNumber.canonical(value("phone")).flatMap { $0.count >= 7 ? $0 : nil }
        let ticket = value("ticket").count >= 6 ? value("ticket") : nil
        let address = value("address").count >= 4 ? value("address") : nil
        guard phone != nil || ticket != nil || address != nil else { return nil }
        let community = Int32(truncatingIfNeeded: raw)
        // A masked copy cannot compare phones: the server's answer for this community and phone says.
        let serverMatches = registry.acceptsMaskedText
            ? form.phoneMatches.flatMap { $0.community == community && $0.phone == phone ? Set($0.appeals) : nil } ?? []
            : nil
        var found: [(id: Int32, why: Bilingual)] = []
        for id in registry.indexes.appealsByCommunity.children(of: community).reversed() {
            let appeal = registry.appeals.rows[Int(id)]
            guard !appeal.isDeleted, appeal.progress.state.isOpen else { continue }
            if let ticket, registry.text(appeal.ticket) == ticket {
                found.append((id, Bilingual(zh: "同一工单号", en: "same ticket")))
            } else if let phone, serverMatches.map({ $0.contains(id) }) ?? (PhoneNumber.canonical(registry.text(appeal.phone)) == phone) {
                found.append((id, Bilingual(zh: "同一电话", en: "same phone")))
            } else if let address, registry.text(appeal.address).contains(address) {
                found.append((id, Bilingual(zh: "同一地址", en: "same address")))
            }
            if found.count == 3 { break }
        }
        guard !found.isEmpty else { return nil }
        let zh = found.map { "#\($0.id) \(registry.text(registry.appeals.rows[Int($0.id)].summary))（\($0.why.zh)）" }.joined(separator: "、")
        let en = found.map { "#\($0.id) \(registry.text(registry.appeals.rows[Int($0.id)].summary)) (\($0.why.en))" }.joined(separator: ", ")
        return Bilingual(zh: "可能重复：\(zh)；保存后按 M 合并", en: "Possible duplicates: \(en); after saving, M merges")
    }
}

private extension String {
    var trimmingSpaces: String {
        var text = Substring(self)
        while text.first?.isWhitespace == true { text.removeFirst() }
        while text.last?.isWhitespace == true { text.removeLast() }
        return String(text)
    }
}
