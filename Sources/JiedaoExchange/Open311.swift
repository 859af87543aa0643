import JiedaoCore
/// Appeals as Open311 GeoReport v2 service requests, and the categories as its service
/// list, in the standard's JSON: exactly its field names, with `null` where Jiedao has no
/// value (coordinates, postal codes: the standard's own sample does the same).
///
/// ```swift
/// Open311.serviceRequests(registry, language: .zh).text()
/// // [{"service_request_id":"0","status":"open","status_notes":"办理中",…}]
/// ```
///
/// `service_code` is the category's stable number (``Open311/serviceCode(_:)``); times are
/// ISO 8601 with the data set's UTC offset (+08:00 for China). Submitter and phone are
/// not part of a service request, so nothing personal is exported.
public enum Open311 {
    /// The field names of a GeoReport v2 service request, in the standard's order.
    public static let requestFields = [
        "service_request_id", "status", "status_notes", "service_name", "service_code", "description",
        "agency_responsible", "service_notice", "requested_datetime", "updated_datetime", "expected_datetime",
        "address", "address_id", "zipcode", "lat", "long", "media_url",
    ]

    /// The field names of a GeoReport v2 service (GET services), in the standard's order.
    public static let serviceFields = ["service_code", "service_name", "description", "metadata", "type", "keywords", "group"]

    /// The live appeals (or those of `ids`) as service requests.
    public static func serviceRequests(_ registry: Registry, language: Language, ids: [Int32]? = nil) -> JSONValue {
        .array(TableExport.records(.appeals, in: registry, ids: ids).map { request(AppealID($0), registry, language: language) })
    }

    /// One appeal as a service request.
    public static func request(_ id: AppealID, _ registry: Registry, language: Language) -> JSONValue {
        let appeal = registry.appeals[id]
        let progress = appeal.progress
        let summary = registry.text(appeal.summary)
        let details = registry.text(appeal.details)
        let handler = TableExport.handlerName(progress, registry)
        let photo = registry.text(appeal.photo)
        let lastEvent = progress.lastEvent.raw >= 0 && progress.lastEvent.index < registry.events.count
            ? registry.events[progress.lastEvent.index].at : appeal.receivedAt
        func time(_ t: Int64) -> JSONValue { .string(ExchangeTime.iso(t, in: registry)) }
        return .object([
            ("service_request_id", .string(String(id.raw))),
            ("status", .string(progress.state.isOpen ? "open" : "closed")),
            ("status_notes", .string(statusNotes(progress, registry, language: language))),
            ("service_name", .string(registry.categoryName(appeal.category, language))),
            ("service_code", .string(serviceCode(appeal.category))),
            ("description", .string(details.isEmpty ? summary : summary + "\n" + details)),
            ("agency_responsible", handler.isEmpty ? .null : .string(handler)),
            ("service_notice", .null),
            ("requested_datetime", time(appeal.receivedAt)),
            ("updated_datetime", time(max(lastEvent, appeal.receivedAt))),
            ("expected_datetime", progress.deadline > 0 ? time(progress.deadline) : .null),
            ("address", .string(address(appeal, registry))),
            ("address_id", .null),
            ("zipcode", .null),
            ("lat", .null),
            ("long", .null),
            ("media_url", photo.isEmpty ? .null : .string(photo)),
        ])
    }

    /// Every category a new appeal may take (live, not retired) as a service.
    public static func services(_ registry: Registry, language: Language) -> JSONValue {
        .array(registry.offeredCategories.map { category in
            .object([
                ("service_code", .string(serviceCode(category))),
                ("service_name", .string(registry.categoryName(category, language))),
                ("description", .string(language == .zh
                    ? "民生诉求：\(registry.categoryName(category, .zh))" : "Resident appeal: \(registry.categoryName(category, .en).lowercased())")),
                ("metadata", .bool(false)),
                ("type", .string("realtime")),
                ("keywords", .string(keywords(category)?.text(language) ?? registry.categoryName(category, language))),
                ("group", .string((group(category) ?? Bilingual(zh: "本街道类别", en: "Street categories")).text(language))),
            ])
        })
    }

    /// The category's stored number as two digits: stable, because stored numbers are never reused.
    public static func serviceCode(_ category: CategoryID) -> String {
        category.raw < 10 ? "0" + String(category.raw) : String(category.raw)
    }

    // MARK: - Pieces

    /// The detailed state: 办理中, with 督办 and the original of a merged duplicate when they apply.
    static func statusNotes(_ progress: AppealProgress, _ registry: Registry, language: Language) -> String {
        var notes = [progress.state.label(language)]
        if progress.isSupervised { notes.append(language == .zh ? "督办" : "under supervision") }
        if progress.redoCount > 0 { notes.append(language == .zh ? "重办 \(progress.redoCount) 次" : "reopened \(progress.redoCount)×") }
        if progress.state == .merged, progress.mergedInto.raw >= 0 {
            notes.append(language == .zh ? "并入 #\(progress.mergedInto.raw)" : "merged into #\(progress.mergedInto.raw)")
        }
        var text = notes.joined(separator: language == .zh ? "，" : ", ")
        // The latest words of the timeline (a handling result, a reason), as the resident is told them.
        var event = progress.lastEvent
        while event.raw >= 0, event.index < registry.events.count {
            let record = registry.events[event.index]
            let note = registry.text(record.note)
            if !note.isEmpty {
                text += (language == .zh ? "：" : ": ") + note
                break
            }
            // Events link to earlier ones only; anything else is damage, not a reason to loop.
            guard record.previous.raw < event.raw else { break }
            event = record.previous
        }
        return text
    }

    /// The address typed in, else the compound and community.
    static func address(_ appeal: Appeal, _ registry: Registry) -> String {
        let typed = registry.text(appeal.address)
        if !typed.isEmpty { return typed }
        let places = [registry.name(of: RecordRef(.community, appeal.community.raw)),
                      registry.name(of: RecordRef(.compound, appeal.compound.raw))]
        return places.filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// Comma-separated search words of a built-in category, as the standard has them (nil for a street's own).
    static func keywords(_ category: CategoryID) -> Bilingual? {
        switch category {
        case .environment: Bilingual(zh: "垃圾, 绿化, 污水, 卫生", en: "rubbish, greenery, sewage, cleaning")
        case .property: Bilingual(zh: "物业, 电梯, 门禁, 停车", en: "property, lift, gate, parking")
        case .traffic: Bilingual(zh: "信号灯, 人行道, 公交, 停放", en: "traffic light, pavement, bus, parking")
        case .noise: Bilingual(zh: "噪音, 施工, 扰民", en: "noise, construction, disturbance")
        case .safety: Bilingual(zh: "消防, 路灯, 井盖, 隐患", en: "fire lane, street light, manhole, hazard")
        case .elderCare: Bilingual(zh: "养老, 助餐, 长者", en: "elderly, meals, care")
        case .education: Bilingual(zh: "学位, 托管, 课堂", en: "school place, after-school, class")
        case .health: Bilingual(zh: "社康, 疫苗, 医疗", en: "clinic, vaccine, health")
        case .employment: Bilingual(zh: "工资, 就业, 社保", en: "wages, jobs, social insurance")
        case .housing: Bilingual(zh: "公租房, 漏水, 租赁", en: "public housing, leak, tenancy")
        case .consultation: Bilingual(zh: "咨询, 政策, 证明", en: "enquiry, policy, certificate")
        case .other: Bilingual(zh: "建议, 其他", en: "suggestion, other")
        default: nil
        }
    }

    /// The group a built-in category is listed under (nil for a street's own).
    static func group(_ category: CategoryID) -> Bilingual? {
        switch category {
        case .environment, .noise, .safety: Bilingual(zh: "城市管理", en: "City management")
        case .property, .housing: Bilingual(zh: "住房物业", en: "Housing and property")
        case .traffic: Bilingual(zh: "交通出行", en: "Transport")
        case .elderCare, .education, .health, .employment: Bilingual(zh: "社会民生", en: "Social services")
        case .consultation, .other: Bilingual(zh: "咨询建议", en: "Enquiries and suggestions")
        default: nil
        }
    }
}
