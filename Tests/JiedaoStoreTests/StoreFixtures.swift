import Foundation
import JiedaoCore
@testable import JiedaoStore
import XCTest

enum StoreFixtures {
    static let now: Int64 = 1_795_744_800

    /// A fresh empty directory under the system's temporary directory.
    static func temporaryDirectory(_ name: String = #function) throws -> String {
        let base = NSTemporaryDirectory() + "jiedao-tests-\(getpid())-" + name.filter { $0.isLetter || $0.isNumber }
        try? FileManager.default.removeItem(atPath: base)
        try FileManager.default.createDirectory(atPath: base, withIntermediateDirectories: true)
        return base
    }

    /// A small street with a little of everything, built through the real apply path.
    static func smallRegistry() throws -> Registry {
        var r = Registry()
        let admin = UserID(0)
        try r.apply(.create(.user, [FieldChange("login", .text("admin")), FieldChange("name", .text("管理员")), FieldChange("role", .int(0))]), by: nil, at: now)
        try r.apply(.create(.community, [FieldChange("name", .text("侨香社区")), FieldChange("grids", .int(12))]), by: admin, at: now)
        try r.apply(.create(.compound, [FieldChange("name", .text("锦绣花园")), FieldChange("community", .int(0)),
                                        FieldChange("party_org", .int(1)), FieldChange("owners_term_end", .day(20_800))]), by: admin, at: now)
        try r.apply(.create(.department, [FieldChange("name", .text("城管局")), FieldChange("categories", .int(3))]), by: admin, at: now)
        try r.apply(.create(.team, [FieldChange("name", .text("先锋队")), FieldChange("community", .int(0))]), by: admin, at: now)
        try r.apply(.create(.volunteer, [FieldChange("name", .text("张伟")), FieldChange("community", .int(0)), FieldChange("compound", .int(0)),
                                         FieldChange("phone", .text("13812345678")), FieldChange("kind", .int(0)), FieldChange("team", .int(0)),
                                         FieldChange("skills", .int(5))]), by: admin, at: now)
        try r.apply(.create(.serviceRecord, [FieldChange("volunteer", .int(0)), FieldChange("date", .day(20_400)), FieldChange("hours", .int(20)),
                                             FieldChange("activity", .text("义诊")), FieldChange("confirmed_by", .text("李四"))]), by: admin, at: now)
        try r.apply(.create(.appeal, [FieldChange("summary", .text("路灯不亮")), FieldChange("received_at", .time(now - 7_200)),
                                      FieldChange("community", .int(0)), FieldChange("compound", .int(0)),
                                      FieldChange("description", .text("控制字符\u{1B}[31m也要原样保存"))]), by: admin, at: now)
        try r.apply(.moveAppeal(AppealID(0), version: 1, .dispatch(.department, handler: 0, deadline: now + 86_400), note: "请尽快处理"), by: admin, at: now)
        try r.apply(.create(.project, [FieldChange("name", .text("楼道照明更新")), FieldChange("community", .int(0)), FieldChange("budget", .int(120_000)),
                                       FieldChange("year", .int(2026)), FieldChange("kind", .int(0))]), by: admin, at: now)
        try r.apply(.moveProject(ProjectID(0), version: 1, .deliberate(votesFor: 30, votesAgainst: 2), note: ""), by: admin, at: now)
        try r.apply(.create(.compound, [FieldChange("name", .text("已删除小区")), FieldChange("community", .int(0))]), by: admin, at: now)
        try r.apply(.delete(RecordRef(.compound, 1), version: 1), by: admin, at: now)
        return r
    }
}

/// Everything a user could see of a registry, versions included.
func storeContents(_ r: Registry) -> [String] { r.contentLines(includingVersions: true) }
