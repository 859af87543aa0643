import JiedaoCore
import JiedaoExchange
import XCTest

/// A small street with every exchanged kind of record, built through `apply`.
enum ExchangeFixtures {
    /// Fixtures.street() plus: community #1 桂园社区; compound #1 翠林新村 (#0) and a second
    /// 锦绣花园 (#2, in 桂园社区, so the name is shared); volunteers #0 王伟 and #1 王伟 (same
    /// name, different communities) and #2 李娜; two services; one appeal; two projects.
    static func street() throws -> Fixtures.Street {
        var s = try Fixtures.street()
        let now = Fixtures.now
        func add(_ kind: EntityKind, _ fields: [FieldChange]) throws {
            try s.registry.apply(.create(kind, fields), by: s.admin, at: now)
        }
        try s.registry.apply(.update(RecordRef(.community, 0), version: 1, [
            FieldChange("street", .text("桂香街道")), FieldChange("secretary", .text("陈静")),
            FieldChange("registered_residents", .int(5_200)), FieldChange("households", .int(4_100)),
            FieldChange("service_centre", .bool(true)),
        ]), by: s.admin, at: now)
        try add(.community, [FieldChange("name", .text("桂园社区")), FieldChange("street", .text("桂香街道")),
                             FieldChange("grids", .int(12)), FieldChange("annual_budget", .int(1_500_000))])
        try add(.compound, [FieldChange("name", .text("翠林新村")), FieldChange("community", .int(0)),
                            FieldChange("kind", .int(Int64(CompoundKind.urbanVillage.rawValue))), FieldChange("floating_members", .int(124))])
        try add(.compound, [FieldChange("name", .text("锦绣花园")), FieldChange("community", .int(1)),
                            FieldChange("party_org", .int(Int64(PartyOrgKind.jointBranch.rawValue))),
                            FieldChange("owners_committee", .bool(true)), FieldChange("owners_term_end", .day(20_634)),
                            FieldChange("property_company", .text("万科物业, 深圳"))])
        try add(.volunteer, [FieldChange("name", .text("王伟")), FieldChange("phone", .text("13812345678")),
                             FieldChange("community", .int(0)), FieldChange("compound", .int(0)),
                             FieldChange("kind", .int(Int64(VolunteerKind.inServiceMember.rawValue))),
                             FieldChange("workplace", .text("区教育局")), FieldChange("reported_residence", .bool(true)),
                             FieldChange("skills", .int(Int64(Skills([.legalAid, .tutoring]).rawValue)))])
        try add(.volunteer, [FieldChange("name", .text("王伟")), FieldChange("phone", .text("0755-88886666")),
                             FieldChange("community", .int(1)), FieldChange("compound", .int(2))])
        try add(.volunteer, [FieldChange("name", .text("李娜")), FieldChange("community", .int(1))])
        try add(.serviceRecord, [FieldChange("volunteer", .int(1)), FieldChange("date", .day(20_600)),
                                 FieldChange("hours", .int(25)), FieldChange("activity", .text("四点半课堂")),
                                 FieldChange("place", .int(Int64(ServicePlace.compound.rawValue))), FieldChange("place_name", .text("锦绣花园"))])
        try add(.serviceRecord, [FieldChange("volunteer", .int(0)), FieldChange("date", .day(20_601)),
                                 FieldChange("hours", .int(20)), FieldChange("activity", .text("法律咨询")), FieldChange("confirmed_by", .text("陈静"))])
        var appeal = Fixtures.appealFields()
        appeal += [FieldChange("submitter", .text("张三丰")), FieldChange("phone", .text("13900001111")),
                   FieldChange("address", .text("侨香路 1 号")), FieldChange("description", .text("垃圾已堆放三天，\n气味很大")),
                   FieldChange("photo", .text("photos/0001.jpg"))]
        try add(.appeal, appeal)
        try add(.project, [FieldChange("name", .text("加装电梯")), FieldChange("community", .int(0)),
                           FieldChange("kind", .int(Int64(ProjectKind.works.rawValue))), FieldChange("proposer", .text("居民议事会")),
                           FieldChange("budget", .int(800_000)), FieldChange("year", .int(2026)), FieldChange("description", .text("3 栋加装电梯"))])
        try add(.project, [FieldChange("name", .text("长者饭堂")), FieldChange("community", .int(1)),
                           FieldChange("budget", .int(120_000)), FieldChange("year", .int(2026))])
        return s
    }

    /// A data set with one admin and nothing else.
    static func empty() throws -> (registry: Registry, admin: UserID) {
        var registry = Registry()
        try registry.apply(.create(.user, Fixtures.user("admin", "管理员", .admin)), by: nil, at: Fixtures.now)
        return (registry, UserID(0))
    }

    /// The record lines of `kinds` (without the workflow lines), for comparing data sets.
    static func recordLines(_ registry: Registry, _ kinds: [String]) -> [String] {
        registry.contentLines().filter { line in
            kinds.contains { line.hasPrefix($0 + "#") } && line.contains(" deleted=")
        }
    }

    /// Plans an import and journals nothing: applies the plan's steps to `registry` as the command would.
    @discardableResult
    static func importing(_ bytes: [UInt8], format: ImportSheet.Format = .csv, into table: ExchangeTable,
                          _ registry: inout Registry, by user: UserID, partial: Bool = false) throws -> ImportReport {
        let plan = TableImport.plan(bytes, format: format, into: table, registry: registry, by: user, at: Fixtures.now, partial: partial)
        for step in plan.steps {
            let applied = try registry.apply(step.edit, by: user, at: Fixtures.now)
            XCTAssertEqual(applied.record, step.record)
        }
        return plan.report
    }

    /// A CSV text as the bytes of a file.
    static func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    /// The GBK bytes of "名称,社区,类型,户数,业委会任期届满\r\n阳光雅苑,侨香社区,商品房,800,2027/6/30\r\n翠林新村,侨香社区,城中村,1200,\r\n",
    /// as Excel on Chinese Windows saves a hand-typed sheet.
    static let gbkCompounds: [UInt8] = [
        0xC3, 0xFB, 0xB3, 0xC6, 0x2C, 0xC9, 0xE7, 0xC7, 0xF8, 0x2C, 0xC0, 0xE0, 0xD0, 0xCD, 0x2C, 0xBB,
        0xA7, 0xCA, 0xFD, 0x2C, 0xD2, 0xB5, 0xCE, 0xAF, 0xBB, 0xE1, 0xC8, 0xCE, 0xC6, 0xDA, 0xBD, 0xEC,
        0xC2, 0xFA, 0x0D, 0x0A, 0xD1, 0xF4, 0xB9, 0xE2, 0xD1, 0xC5, 0xD4, 0xB7, 0x2C, 0xC7, 0xC8, 0xCF,
        0xE3, 0xC9, 0xE7, 0xC7, 0xF8, 0x2C, 0xC9, 0xCC, 0xC6, 0xB7, 0xB7, 0xBF, 0x2C, 0x38, 0x30, 0x30,
        0x2C, 0x32, 0x30, 0x32, 0x37, 0x2F, 0x36, 0x2F, 0x33, 0x30, 0x0D, 0x0A, 0xB4, 0xE4, 0xC1, 0xD6,
        0xD0, 0xC2, 0xB4, 0xE5, 0x2C, 0xC7, 0xC8, 0xCF, 0xE3, 0xC9, 0xE7, 0xC7, 0xF8, 0x2C, 0xB3, 0xC7,
        0xD6, 0xD0, 0xB4, 0xE5, 0x2C, 0x31, 0x32, 0x30, 0x30, 0x2C, 0x0D, 0x0A,
    ]

    /// The GBK bytes of "名称,社区\r\n锦绣花园二期,梅林社区\r\n": a community this data set does not have.
    static let gbkUnknownCommunity: [UInt8] = [
        0xC3, 0xFB, 0xB3, 0xC6, 0x2C, 0xC9, 0xE7, 0xC7, 0xF8, 0x0D, 0x0A, 0xBD, 0xF5, 0xD0, 0xE5, 0xBB,
        0xA8, 0xD4, 0xB0, 0xB6, 0xFE, 0xC6, 0xDA, 0x2C, 0xC3, 0xB7, 0xC1, 0xD6, 0xC9, 0xE7, 0xC7, 0xF8,
        0x0D, 0x0A,
    ]
}
