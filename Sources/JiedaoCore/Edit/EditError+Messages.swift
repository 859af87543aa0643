extension EditError {
    /// An error whose message is written from its code; `field` is the label of the field it is about.
    public init(_ code: Code, field: Bilingual? = nil) {
        self.init(code, EditError.message(for: code, field: field))
    }

    // The figures go into the message so that a refusal explains itself.
    static func message(for code: Code, field: Bilingual?) -> Bilingual {
        let zhField = field?.zh ?? ""
        let enField = field?.en ?? ""
        switch code {
        case .notFound(let ref):
            return Bilingual(zh: "找不到\(ref.kind.label.zh) #\(ref.id)", en: "No \(ref.kind.label.en.lowercased()) #\(ref.id)")
        case .deleted(let ref):
            return Bilingual(zh: "\(ref.kind.label.zh) #\(ref.id) 已删除", en: "\(ref.kind.label.en) #\(ref.id) was deleted")
        case .unknownField(let key):
            return Bilingual(zh: "未知字段“\(key)”", en: "Unknown field “\(key)”")
        case .wrongType:
            return Bilingual(zh: "\(zhField)的值类型不对", en: "\(enField): wrong kind of value")
        case .missing:
            return Bilingual(zh: "\(zhField)不能为空", en: "\(enField) is required")
        case .emptyName:
            return Bilingual(zh: "\(zhField)不能为空", en: "\(enField) cannot be empty")
        case .negative:
            return Bilingual(zh: "\(zhField)不能为负数", en: "\(enField) cannot be negative")
        case .badPhone:
            return Bilingual(
                zh: "\(zhField)不是有效的手机号（11位，以13到19开头，如13812345678）或固定电话（如0755-88886666）",
                en: "\(enField) is not a valid mobile (11 digits starting 13 to 19, such as 13812345678) or landline (such as 0755-88886666)")
        case .badChoice:
            return Bilingual(zh: "\(zhField)的选项无效", en: "\(enField): not one of the options")
        case .badReference(_, let ref):
            return Bilingual(
                zh: "\(zhField)引用的\(ref.kind.label.zh) #\(ref.id) 不存在",
                en: "\(enField) refers to \(ref.kind.label.en.lowercased()) #\(ref.id), which does not exist")
        case .datesOutOfOrder(let earlier, let later):
            return Bilingual(zh: "\(later)不能早于\(earlier)", en: "\(later) cannot be before \(earlier)")
        case .hasDependents(let ref, let dependents, let count):
            return Bilingual(
                zh: "\(ref.kind.label.zh) #\(ref.id) 还有 \(count) 个\(dependents.label.zh)，不能删除",
                en: "\(ref.kind.label.en) #\(ref.id) still has \(count) \(dependents.label.en.lowercased()) record(s); it cannot be deleted")
        case .versionConflict(let ref, _, _):
            return Bilingual(
                zh: "\(ref.kind.label.zh) #\(ref.id) 已被他人修改，你的修改未保存",
                en: "\(ref.kind.label.en) #\(ref.id) was changed by someone else; your change was not applied")
        case .moveNotAllowed(let move, let state):
            return Bilingual(zh: "当前状态“\(state)”下不能\(move)", en: "Cannot \(move) in state “\(state)”")
        case .notOverdue:
            return Bilingual(zh: "诉求尚未超期，不能催办", en: "The appeal is not overdue; it cannot be urged")
        case .overCap(let kind, let budget, let cap):
            return Bilingual(
                zh: "\(kind.label.zh)类项目预算 \(budget) 元超过上限 \(cap) 元",
                en: "A \(kind.label.en.lowercased()) project's budget of \(budget) CNY exceeds the cap of \(cap) CNY")
        case .overBudget(let budget, let remaining, let total):
            return Bilingual(
                zh: "预算 \(budget) 元超过社区剩余额度 \(remaining) 元（年度总额 \(total) 元）",
                en: "Budget \(budget) CNY exceeds the community's remaining \(remaining) CNY (annual total \(total) CNY)")
        case .notPermitted(let role):
            let zhRole = role?.label.zh ?? "未登记用户"
            let enRole = role?.label.en.lowercased() ?? "unregistered user"
            return Bilingual(zh: "\(zhRole)无权进行此操作", en: "A \(enRole) may not do this")
        case .invalid(let text):
            return Bilingual(zh: text, en: text)
        }
    }
}
