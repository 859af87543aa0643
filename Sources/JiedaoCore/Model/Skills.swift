/// 技能: a volunteer's skills as a bit set (one byte pair in the record).
public struct Skills: OptionSet, Hashable, Sendable, Codable {
    public var rawValue: UInt16
    public init(rawValue: UInt16) { self.rawValue = rawValue }

    public static let medical = Skills(rawValue: 1 << 0)
    public static let legalAid = Skills(rawValue: 1 << 1)
    public static let elderCare = Skills(rawValue: 1 << 2)
    public static let tutoring = Skills(rawValue: 1 << 3)
    public static let counselling = Skills(rawValue: 1 << 4)
    public static let it = Skills(rawValue: 1 << 5)
    public static let translation = Skills(rawValue: 1 << 6)

    /// Every skill with its labels, in display order.
    public static let catalogue: [(skill: Skills, label: Bilingual)] = [
        (.medical, Bilingual(zh: "医疗", en: "Medical")),
        (.legalAid, Bilingual(zh: "法律援助", en: "Legal aid")),
        (.elderCare, Bilingual(zh: "养老助老", en: "Elder care")),
        (.tutoring, Bilingual(zh: "四点半课堂", en: "Tutoring")),
        (.counselling, Bilingual(zh: "心理咨询", en: "Counselling")),
        (.it, Bilingual(zh: "信息技术", en: "IT")),
        (.translation, Bilingual(zh: "翻译", en: "Translation")),
    ]

    /// The skills joined by "、" (Chinese) or ", " (English).
    public func text(_ language: Language) -> String {
        Skills.catalogue.filter { contains($0.skill) }
            .map { $0.label.text(language) }
            .joined(separator: language == .zh ? "、" : ", ")
    }

    /// Parses a list separated by 、 , ; / or spaces, in either language; nil names the first unknown word.
    public static func parse(_ text: String) -> Result<Skills, ParseFailure> {
        var result = Skills()
        let separators: Set<Character> = ["、", ",", "，", ";", "；", "/", " "]
        for word in text.split(whereSeparator: { separators.contains($0) }) {
            let wanted = word.lowercased()
            guard let match = catalogue.first(where: { $0.label.zh == wanted || $0.label.en.lowercased() == wanted })
            else { return .failure(ParseFailure(word: String(word))) }
            result.insert(match.skill)
        }
        return .success(result)
    }

    /// The word of a list that names no skill.
    public struct ParseFailure: Error, Hashable {
        public var word: String
    }
}
