import JiedaoCore
import Foundation

/// Finds the record a reference cell names: `#ID`, a name, or `name #ID` (what exports
/// write for names that are not unique). A name several records share is narrowed to the
/// row's community (compounds, teams and volunteers) before it is called ambiguous.
struct ReferenceResolver {
    /// Live IDs per name, per kind; dropped when records of the kind change.
    private var index: [EntityKind: [String: [Int32]]] = [:]

    mutating func invalidate(_ kind: EntityKind) { index[kind] = nil }

    mutating func resolve(_ text: String, kind: EntityKind, optional: Bool, label: Bilingual,
                          community: Int32?, in registry: Registry) -> Result<FieldValue, Bilingual> {
        if text.isEmpty {
            return optional ? .success(.none) : .failure(Bilingual(zh: "\(label.zh)不能为空", en: "\(label.en) is required"))
        }
        if text.hasPrefix("#") {
            guard let id = Int32(text.dropFirst()), registry.isLive(RecordRef(kind, id)) else { return .failure(notFound(kind, text)) }
            return .success(.int(Int64(id)))
        }
        var name = text
        if let hash = text.range(of: " #", options: .backwards), let id = Int32(text[hash.upperBound...]) {
            name = String(text[..<hash.lowerBound]).trimmingCharacters(in: .whitespaces)
            // The ID decides when it still names that record; otherwise the name does.
            if registry.isLive(RecordRef(kind, id)), registry.name(of: RecordRef(kind, id)) == name { return .success(.int(Int64(id))) }
        }
        if index[kind] == nil { index[kind] = Self.names(of: kind, in: registry) }
        var found = index[kind]?[name] ?? []
        if found.count > 1, let community {
            let local = found.filter { Self.community(of: RecordRef(kind, $0), in: registry) == community }
            if !local.isEmpty { found = local }
        }
        switch found.count {
        case 1: return .success(.int(Int64(found[0])))
        case 0: return .failure(notFound(kind, name))
        default:
            return .failure(Bilingual(zh: "有多个名为“\(name)”的\(kind.label.zh)，请写成“\(name) #编号”",
                                      en: "Several \(kind.label.en.lowercased()) records are named “\(name)”; write “\(name) #ID”"))
        }
    }

    /// Names the missing record and the table to import first.
    private func notFound(_ kind: EntityKind, _ text: String) -> Bilingual {
        let table = ExchangeTable(kind: kind)
        let first = table.map { Bilingual(zh: "（请先导入\($0.label.zh)：--table \($0.rawValue)）", en: " (import \($0.label.en.lowercased()) first: --table \($0.rawValue))") }
            ?? Bilingual(zh: "", en: "")
        return Bilingual(zh: "找不到\(kind.label.zh)“\(text)”\(first.zh)", en: "No \(kind.label.en.lowercased()) “\(text)”\(first.en)")
    }

    private static func names(of kind: EntityKind, in registry: Registry) -> [String: [Int32]] {
        var names: [String: [Int32]] = [:]
        for id in 0..<Int32(registry.count(of: kind)) where registry.isLive(RecordRef(kind, id)) {
            names[registry.name(of: RecordRef(kind, id)), default: []].append(id)
            // A category is found by its English name too, as the English sheets write it.
            if kind == .category {
                let english = registry.categoryName(CategoryID(id), .en)
                if english != registry.name(of: RecordRef(kind, id)) { names[english, default: []].append(id) }
            }
        }
        return names
    }

    /// The community a compound, team or volunteer belongs to.
    private static func community(of ref: RecordRef, in registry: Registry) -> Int32? {
        let i = Int(ref.id)
        switch ref.kind {
        case .compound: return registry.compounds.rows[i].community.raw
        case .team: return registry.teams.rows[i].community.raw
        case .volunteer: return registry.volunteers.rows[i].community.raw
        default: return nil
        }
    }
}
