import JiedaoCore
/// How exports name a referenced record: by its name when no other live record of its
/// kind shares it, else `name #ID`, so every reference can be imported back unambiguously.
struct ReferenceNames {
    private let registry: Registry
    /// Per kind, the names that more than one live record has.
    private var shared: [EntityKind: Set<String>] = [:]

    init(_ registry: Registry) { self.registry = registry }

    /// The text of a reference to `ref`; empty for no reference.
    mutating func text(_ ref: RecordRef) -> String {
        guard ref.id >= 0, Int(ref.id) < registry.count(of: ref.kind) else { return "" }
        let name = registry.name(of: ref)
        if shared[ref.kind] == nil { shared[ref.kind] = Self.sharedNames(of: ref.kind, in: registry) }
        if name.isEmpty || shared[ref.kind]?.contains(name) == true { return name.isEmpty ? "#\(ref.id)" : "\(name) #\(ref.id)" }
        return name
    }

    static func sharedNames(of kind: EntityKind, in registry: Registry) -> Set<String> {
        var seen = Set<String>()
        var twice = Set<String>()
        for id in 0..<Int32(registry.count(of: kind)) where registry.isLive(RecordRef(kind, id)) {
            let name = registry.name(of: RecordRef(kind, id))
            if !seen.insert(name).inserted { twice.insert(name) }
        }
        return twice
    }
}
