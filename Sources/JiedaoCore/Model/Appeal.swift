/// 民生诉求: a resident's appeal, from intake to evaluation.
///
/// Fields a form may change are described by ``Field``; the workflow part lives in
/// ``progress`` and changes only through ``AppealMove``s.
public struct Appeal: Record, Hashable {
    public static let kind = EntityKind.appeal

    public var version: UInt32 = 0
    public var isDeleted = false
    /// Unix seconds.
    public var receivedAt: Int64 = 0
    public var channel = Channel.hotline12345
    /// The channel's own reference: the 12345 ticket number, a mailbox letter's number.
    public var ticket = TextRef.empty
    /// The category's ID in one byte, as the table of a million appeals keeps it small.
    public var categoryCode = UInt8(CategoryID.other.raw)
    /// 类别: a category record (at most ``AppealCategory/capacity`` exist, so the ID fits the byte).
    public var category: CategoryID {
        get { CategoryID(Int32(categoryCode)) }
        set { categoryCode = UInt8(clamping: max(0, newValue.raw)) }
    }
    public var urgency = Urgency.general
    public var community = CommunityID(noReference)
    public var compound = CompoundID(noReference)
    public var address = TextRef.empty
    /// Personal data: masked in lists unless revealed.
    public var submitter = TextRef.empty
    /// Personal data.
    public var phone = TextRef.empty
    public var summary = TextRef.empty
    public var details = TextRef.empty
    /// A reference to a photo kept elsewhere (民意通 uploads).
    public var photo = TextRef.empty
    /// The micro-project this appeal led to.
    public var project = ProjectID(noReference)
    public var progress = AppealProgress()

    public init() {}

    public enum Field: String, CaseIterable, Sendable {
        case summary, receivedAt = "received_at", channel, category, urgency, community, compound, ticket, address
        case submitter, phone, details = "description", photo, project
    }

    public static func spec(_ field: Field) -> FieldSpec {
        switch field {
        case .summary: FieldSpec("summary", "标题", "Summary", .name)
        case .receivedAt: FieldSpec("received_at", "受理时间", "Received", .time)
        case .channel: FieldSpec("channel", "渠道", "Channel", FieldSpec.options(Channel.self))
        case .ticket: FieldSpec("ticket", "工单号", "Ticket no.", .text)
        case .category: FieldSpec("category", "类别", "Category", .reference(.category, optional: false))
        case .urgency: FieldSpec("urgency", "紧急程度", "Urgency", FieldSpec.options(Urgency.self))
        case .community: FieldSpec("community", "社区", "Community", .reference(.community, optional: false))
        case .compound: FieldSpec("compound", "小区", "Compound", .reference(.compound, optional: true))
        case .address: FieldSpec("address", "地址", "Address", .text)
        case .submitter: FieldSpec("submitter", "诉求人", "Submitter", .text)
        case .phone: FieldSpec("phone", "电话", "Phone", .phone(required: false))
        case .details: FieldSpec("description", "诉求内容", "Description", .longText)
        case .photo: FieldSpec("photo", "照片", "Photo", .text)
        case .project: FieldSpec("project", "微实事", "Micro-project", .reference(.project, optional: true))
        }
    }

    public func value(_ field: Field, _ texts: TextStore) -> FieldValue {
        switch field {
        case .summary: texts.value(summary)
        case .receivedAt: .time(receivedAt)
        case .channel: .int(Int64(channel.rawValue))
        case .ticket: texts.value(ticket)
        case .category: .int(Int64(categoryCode))
        case .urgency: .int(Int64(urgency.rawValue))
        case .community: .ref(community.raw)
        case .compound: .ref(compound.raw)
        case .address: texts.value(address)
        case .submitter: texts.value(submitter)
        case .phone: texts.value(phone)
        case .details: texts.value(details)
        case .photo: texts.value(photo)
        case .project: .ref(project.raw)
        }
    }

    public mutating func assign(_ field: Field, _ value: FieldValue, _ texts: inout TextStore) {
        let raw = UInt8(truncatingIfNeeded: value.intValue)
        switch field {
        case .summary: summary = texts.intern(value.textValue)
        case .receivedAt: receivedAt = value.intValue
        case .channel: channel = Channel(rawValue: raw) ?? .walkIn
        case .ticket: ticket = texts.intern(value.textValue)
        case .category:
            // Out of range is kept out of range (255 names no category), so the check refuses it.
            categoryCode = (0..<Int64(AppealCategory.capacity)).contains(value.intValue) ? raw : UInt8.max
        case .urgency: urgency = Urgency(rawValue: raw) ?? .general
        case .community: community = CommunityID(value.refValue)
        case .compound: compound = CompoundID(value.refValue)
        case .address: address = texts.intern(value.textValue)
        case .submitter: submitter = texts.intern(value.textValue)
        case .phone: phone = texts.intern(value.textValue)
        case .details: details = texts.intern(value.textValue)
        case .photo: photo = texts.intern(value.textValue)
        case .project: project = ProjectID(value.refValue)
        }
    }
}
