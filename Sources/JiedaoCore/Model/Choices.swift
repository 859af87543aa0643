// The enumerations of the domain, each with its Chinese and English label.
// Raw values are stored in snapshots and journals: never renumber, only add.

/// 小区类型: the kind of a residential compound.
public enum CompoundKind: UInt8, Choice {
    case commercial = 0, urbanVillage, publicHousing, workUnit, industrialPark
    public var label: Bilingual {
        switch self {
        case .commercial: Bilingual(zh: "商品房", en: "Commercial housing")
        case .urbanVillage: Bilingual(zh: "城中村", en: "Urban village")
        case .publicHousing: Bilingual(zh: "保障房", en: "Public housing")
        case .workUnit: Bilingual(zh: "单位宿舍", en: "Work-unit housing")
        case .industrialPark: Bilingual(zh: "产业园区", en: "Industrial park")
        }
    }
}

/// 党组织: the party organisation of a compound, if any.
public enum PartyOrgKind: UInt8, Choice {
    case none = 0, branch, jointBranch, functionalBranch
    public var label: Bilingual {
        switch self {
        case .none: Bilingual(zh: "无", en: "None")
        case .branch: Bilingual(zh: "党支部", en: "Party branch")
        case .jointBranch: Bilingual(zh: "联合党支部", en: "Joint branch")
        case .functionalBranch: Bilingual(zh: "功能型党支部", en: "Functional branch")
        }
    }
}

/// 志愿者类型.
public enum VolunteerKind: UInt8, Choice {
    case inServiceMember = 0, floatingMember, resident
    public var label: Bilingual {
        switch self {
        case .inServiceMember: Bilingual(zh: "在职党员", en: "In-service party member")
        case .floatingMember: Bilingual(zh: "流动党员", en: "Floating party member")
        case .resident: Bilingual(zh: "群众志愿者", en: "Resident volunteer")
        }
    }
}

/// 服务地点: where a service took place.
public enum ServicePlace: UInt8, Choice {
    case serviceCentre = 0, compound, checkpoint, other
    public var label: Bilingual {
        switch self {
        case .serviceCentre: Bilingual(zh: "党群服务中心", en: "Service centre")
        case .compound: Bilingual(zh: "小区", en: "Compound")
        case .checkpoint: Bilingual(zh: "卡口", en: "Checkpoint")
        case .other: Bilingual(zh: "其他", en: "Other")
        }
    }
}

/// 诉求渠道: where an appeal came in.
public enum Channel: UInt8, Choice {
    case hotline12345 = 0, mailbox, weibo, gridPatrol, memberContact, deputiesVisit, miniProgram, walkIn
    public var label: Bilingual {
        switch self {
        case .hotline12345: Bilingual(zh: "12345热线", en: "12345 hotline")
        case .mailbox: Bilingual(zh: "政府信箱", en: "Government mailbox")
        case .weibo: Bilingual(zh: "微博", en: "Weibo")
        case .gridPatrol: Bilingual(zh: "网格巡查", en: "Grid patrol")
        case .memberContact: Bilingual(zh: "党员联系群众", en: "Party-member contact")
        case .deputiesVisit: Bilingual(zh: "两代表一委员", en: "Deputies' visit")
        case .miniProgram: Bilingual(zh: "民意通", en: "Mini-program")
        case .walkIn: Bilingual(zh: "来访", en: "Walk-in")
        }
    }
}

/// 紧急程度: sets the default time limit of an appeal.
public enum Urgency: UInt8, Choice {
    case emergency = 0, consultation, general, complex
    public var label: Bilingual {
        switch self {
        case .emergency: Bilingual(zh: "紧急", en: "Emergency")
        case .consultation: Bilingual(zh: "咨询", en: "Consultation")
        case .general: Bilingual(zh: "一般", en: "General")
        case .complex: Bilingual(zh: "复杂", en: "Complex")
        }
    }
}

/// 满意度: one answer of the resident's evaluation.
public enum Rating: UInt8, Choice {
    case none = 0, satisfied, basicallySatisfied, dissatisfied
    public var label: Bilingual {
        switch self {
        case .none: Bilingual(zh: "未评价", en: "Not rated")
        case .satisfied: Bilingual(zh: "满意", en: "Satisfied")
        case .basicallySatisfied: Bilingual(zh: "基本满意", en: "Basically satisfied")
        case .dissatisfied: Bilingual(zh: "不满意", en: "Dissatisfied")
        }
    }
}

/// 微实事类型, with its cap per item.
public enum ProjectKind: UInt8, Choice {
    case works = 0, service, goods
    public var label: Bilingual {
        switch self {
        case .works: Bilingual(zh: "工程", en: "Works")
        case .service: Bilingual(zh: "服务", en: "Service")
        case .goods: Bilingual(zh: "货物", en: "Goods")
        }
    }

    /// The most one project of this kind may cost, in CNY.
    public var cap: Int64 { self == .works ? 1_000_000 : 500_000 }
}

/// 用户角色.
public enum Role: UInt8, Choice {
    case admin = 0, coordinator, supervisor
    /// 承办人: a department's handler, who works the appeals dispatched to that department.
    case handler
    public var label: Bilingual {
        switch self {
        case .admin: Bilingual(zh: "管理员", en: "Admin")
        case .coordinator: Bilingual(zh: "协调员", en: "Coordinator")
        case .supervisor: Bilingual(zh: "督导", en: "Supervisor")
        case .handler: Bilingual(zh: "承办人", en: "Handler")
        }
    }

    /// Whether the role may change data at all.
    public var canEdit: Bool { self != .supervisor }
}

/// 承办方类型: who an appeal is dispatched to.
public enum HandlerKind: UInt8, Choice {
    case none = 0, department, community
    public var label: Bilingual {
        switch self {
        case .none: Bilingual(zh: "未分拨", en: "Not dispatched")
        case .department: Bilingual(zh: "职能部门", en: "Department")
        case .community: Bilingual(zh: "社区", en: "Community")
        }
    }
}
