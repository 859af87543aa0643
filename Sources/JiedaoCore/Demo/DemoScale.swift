/// How big a demo data set is.
public enum DemoScale: String, Sendable, CaseIterable {
    case street, district, city

    public var communities: Int { [12, 120, 700][index] }
    public var compounds: Int { [90, 900, 5_000][index] }
    public var volunteers: Int { [3_000, 30_000, 250_000][index] }
    public var appeals: Int { [30_000, 300_000, 1_000_000][index] }
    public var projects: Int { [150, 1_500, 8_000][index] }

    private var index: Int {
        switch self {
        case .street: 0
        case .district: 1
        case .city: 2
        }
    }
}
