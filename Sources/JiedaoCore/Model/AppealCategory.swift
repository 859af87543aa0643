/// 诉求类别: a category appeals are filed under, with its name in each language.
///
/// Categories are records so a street can add its own and rename or retire them; the twelve
/// built in (``builtIn``) are the defaults of every data set, at IDs 0–11. A retired category
/// is offered for no new appeal, and the appeals that have it keep it. Its time limits per
/// urgency are in the settings' overrides (``Registry/limit(category:urgency:)``).
public struct AppealCategory: Record, Hashable {
    public static let kind = EntityKind.category
    /// Appeals store their category in one byte and departments the categories they handle in a
    /// 64-bit mask: a data set holds at most this many categories, retired and deleted ones included.
    public static let capacity = 64

    public var version: UInt32 = 0
    public var isDeleted = false
    public var name = TextRef.empty
    /// The English name; empty shows the Chinese one.
    public var englishName = TextRef.empty
    public var isRetired = false

    public init() {}

    public enum Field: String, CaseIterable, Sendable {
        case name, englishName = "name_en", retired
    }

    public static func spec(_ field: Field) -> FieldSpec {
        switch field {
        case .name: FieldSpec("name", "名称", "Name", .name)
        case .englishName: FieldSpec("name_en", "英文名称", "English name", .text)
        case .retired: FieldSpec("retired", "已停用", "Retired", .bool)
        }
    }

    public func value(_ field: Field, _ texts: TextStore) -> FieldValue {
        switch field {
        case .name: texts.value(name)
        case .englishName: texts.value(englishName)
        case .retired: .bool(isRetired)
        }
    }

    public mutating func assign(_ field: Field, _ value: FieldValue, _ texts: inout TextStore) {
        switch field {
        case .name: name = texts.intern(value.textValue)
        case .englishName: englishName = texts.intern(value.textValue)
        case .retired: isRetired = value.boolValue
        }
    }

    /// The twelve categories every data set starts with, in ID order (their IDs are the raw
    /// values the category enumeration of earlier versions stored, so old files keep their meaning).
    public static let builtIn: [Bilingual] = [
        Bilingual(zh: "环境卫生", en: "Environment"),
        Bilingual(zh: "物业管理", en: "Property management"),
        Bilingual(zh: "交通出行", en: "Traffic"),
        Bilingual(zh: "噪音扰民", en: "Noise"),
        Bilingual(zh: "安全隐患", en: "Safety hazard"),
        Bilingual(zh: "养老服务", en: "Elder care"),
        Bilingual(zh: "教育", en: "Education"),
        Bilingual(zh: "医疗卫生", en: "Health"),
        Bilingual(zh: "劳动就业", en: "Employment"),
        Bilingual(zh: "住房", en: "Housing"),
        Bilingual(zh: "政策咨询", en: "Policy consultation"),
        Bilingual(zh: "其他", en: "Other"),
    ]
}

/// The built-in categories by name, for the demo, tests and the defaults.
extension ID where Entity == AppealCategory {
    public static let environment = CategoryID(0)
    public static let property = CategoryID(1)
    public static let traffic = CategoryID(2)
    public static let noise = CategoryID(3)
    public static let safety = CategoryID(4)
    public static let elderCare = CategoryID(5)
    public static let education = CategoryID(6)
    public static let health = CategoryID(7)
    public static let employment = CategoryID(8)
    public static let housing = CategoryID(9)
    public static let consultation = CategoryID(10)
    public static let other = CategoryID(11)

    /// The twelve built in, in ID order.
    public static var builtIn: [CategoryID] { AppealCategory.builtIn.indices.map { CategoryID($0) } }
}
