/// The field tables of every kind of record, reachable by kind at run time
/// (forms, imports and exports work on any kind).
public enum Schema {
    /// The fields of `kind`, in display order.
    public static func fields(of kind: EntityKind) -> [FieldSpec] {
        switch kind {
        case .community: Community.fieldSpecs
        case .compound: Compound.fieldSpecs
        case .volunteer: Volunteer.fieldSpecs
        case .serviceRecord: ServiceRecord.fieldSpecs
        case .appeal: Appeal.fieldSpecs
        case .project: MicroProject.fieldSpecs
        case .department: Department.fieldSpecs
        case .team: Team.fieldSpecs
        case .user: User.fieldSpecs
        case .category: AppealCategory.fieldSpecs
        }
    }

    /// The field of `kind` with `key`.
    public static func field(_ key: String, of kind: EntityKind) -> FieldSpec? {
        fields(of: kind).first { $0.key == key }
    }

    /// The values of a new record's fields before a create fills them (same order as ``fields(of:)``).
    public static func blankValues(of kind: EntityKind) -> [FieldValue] {
        let texts = TextStore()
        switch kind {
        case .community: return Community().values(texts)
        case .compound: return Compound().values(texts)
        case .volunteer: return Volunteer().values(texts)
        case .serviceRecord: return ServiceRecord().values(texts)
        case .appeal: return Appeal().values(texts)
        case .project: return MicroProject().values(texts)
        case .department: return Department().values(texts)
        case .team: return Team().values(texts)
        case .user: return User().values(texts)
        case .category: return AppealCategory().values(texts)
        }
    }

    /// The values of a record's fields (same order as ``fields(of:)``); nil when the ID is out of range.
    public static func values(of ref: RecordRef, in registry: Registry) -> [FieldValue]? {
        guard ref.id >= 0 else { return nil }
        let i = Int(ref.id)
        let texts = registry.texts
        switch ref.kind {
        case .community: return i < registry.communities.count ? registry.communities.rows[i].values(texts) : nil
        case .compound: return i < registry.compounds.count ? registry.compounds.rows[i].values(texts) : nil
        case .volunteer: return i < registry.volunteers.count ? registry.volunteers.rows[i].values(texts) : nil
        case .serviceRecord: return i < registry.services.count ? registry.services.rows[i].values(texts) : nil
        case .appeal: return i < registry.appeals.count ? registry.appeals.rows[i].values(texts) : nil
        case .project: return i < registry.projects.count ? registry.projects.rows[i].values(texts) : nil
        case .department: return i < registry.departments.count ? registry.departments.rows[i].values(texts) : nil
        case .team: return i < registry.teams.count ? registry.teams.rows[i].values(texts) : nil
        case .user: return i < registry.users.count ? registry.users.rows[i].values(texts) : nil
        case .category: return i < registry.categories.count ? registry.categories.rows[i].values(texts) : nil
        }
    }
}
