import ArgumentParser
import Foundation
import JiedaoCore
import JiedaoStore

/// `jiedao init`: an empty data set for a real street, with its admin.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Start an empty data set for a real street, with you (or --admin) as its admin.",
        discussion: """
        The data set holds the street's name (and district and code, when given), one admin and the built-in \
        categories with their time limits; communities, compounds and the rest are imported or added afterwards. \
        A directory that already holds data is refused. --replace-demo replaces demo data (and only demo data): \
        the demo is kept as a backup file next to the directory first.
        """
    )

    @OptionGroup var options: DataOptions

    @Option(help: ArgumentHelp("The street's name, e.g. 桂香街道.", valueName: "NAME"))
    var street: String

    @Option(help: ArgumentHelp("The district the street belongs to.", valueName: "NAME"))
    var district: String?

    @Option(name: .customLong("street-code"), help: ArgumentHelp("A code unique among the city's streets (for figures across streets).", valueName: "CODE"))
    var streetCode: String?

    @Option(help: ArgumentHelp("The admin's OS login, optionally with a display name (LOGIN:显示名); default: your login.", valueName: "LOGIN[:NAME]"))
    var admin: String?

    @Flag(name: .customLong("replace-demo"), help: "Replace the demo data set in the directory (kept as a backup file).")
    var replaceDemo = false

    func validate() throws {
        guard !street.trimmingCharacters(in: .whitespaces).isEmpty else { throw ValidationError("--street must name the street") }
        if let admin, admin.split(separator: ":", omittingEmptySubsequences: false).first?.isEmpty ?? true {
            throw ValidationError("--admin must start with an OS login (LOGIN or LOGIN:显示名)")
        }
    }

    func run() throws {
        let zh = options.language == .zh
        let directory = options.directory
        let now = Environment.now
        if !directory.isMissing {
            guard replaceDemo else {
                throw CommandFailure(zh ? "\(directory.path) 已有数据，不会覆盖（若那是演示数据，可加 --replace-demo 替换）"
                                        : "\(directory.path) already holds data; it will not be overwritten (if it is the demo, --replace-demo replaces it)")
            }
            try retireDemo(directory, now: now, zh: zh)
        } else if replaceDemo {
            throw CommandFailure(zh ? "\(directory.path) 中没有演示数据可替换" : "There is no demo data in \(directory.path) to replace")
        }
        let parts = (admin ?? Environment.login).split(separator: ":", maxSplits: 1).map(String.init)
        let login = parts[0]
        let name = parts.count > 1 && !parts[1].isEmpty ? parts[1] : login
        var registry = Registry()
        do {
            let created = try registry.apply(.create(.user, [FieldChange("login", .text(login)), FieldChange("name", .text(name)),
                                                             FieldChange("role", .int(Int64(Role.admin.rawValue)))]), by: nil, at: now)
            var settings = registry.settings
            settings.streetName = street.trimmingCharacters(in: .whitespaces)
            settings.districtName = district
            settings.streetCode = streetCode
            settings.moveNotesRequired = true
            settings.extensionsNeedApproval = true
            try registry.apply(.changeSettings(version: settings.version, settings), by: created.record.map { UserID($0.id) }, at: now)
            try directory.create(registry, author: Environment.login, at: now)
        } catch let error as EditError {
            throw CommandFailure(error.message.text(options.language))
        } catch let error as StoreError {
            throw CommandFailure(error.message.text(options.language))
        }
        // The street's name and the admin's are the user's own text: shown escaped like any other.
        let dir = directory.path
        printForPeople(zh ? """
            已为\(settings(registry))新建数据集：\(dir)，管理员 \(name)（\(login)）。
            下一步：
              1. 导入社区和小区：jiedao export --table communities --template --out 社区.csv 得到表头和示例行，填好后
                 jiedao import --data \(dir) --table communities 社区.csv（小区同理，--table compounds）
              2. 职能部门：--table departments 同上导入；诉求类别已有内置 12 类，本街道自己的类别用 --table categories 导入
              3. 添加用户：jiedao user add --data \(dir) 登录名 --name 姓名 --role coordinator
              4. 打开看板：jiedao --data \(dir)
            """ : """
            Created a data set for \(settings(registry)) in \(dir), admin \(name) (\(login)).
            Next:
              1. Import the communities and compounds: jiedao export --table communities --template --out communities.csv
                 gives the headers and an example row; fill it in, then jiedao import --data \(dir) --table communities communities.csv
                 (compounds likewise, --table compounds)
              2. Departments: import them the same way with --table departments. The twelve built-in appeal
                 categories are there already; import the street's own with --table categories
              3. Add the users: jiedao user add --data \(dir) LOGIN --name NAME --role coordinator
              4. Open the dashboard: jiedao --data \(dir)
            """)
    }

    private func settings(_ registry: Registry) -> String {
        [registry.settings.districtName, registry.settings.streetName].compactMap { $0 }.joined(separator: " ")
    }

    /// Moves the demo out of the way, keeping it as a backup file beside the directory.
    private func retireDemo(_ directory: DataDirectory, now: Int64, zh: Bool) throws {
        let registry = try options.open().registry
        guard registry.settings.isDemo else {
            throw CommandFailure(zh ? "\(directory.path) 中是真实数据，不是演示数据：不会替换"
                                    : "\(directory.path) holds real data, not the demo: it will not be replaced")
        }
        let backup = directory.path + "-demo-backup-\(Day(unixTime: now, utcOffset: registry.settings.utcOffset(at: now)))"
        do {
            try directory.retire(backupTo: backup, author: Environment.login, at: now)
        } catch {
            throw CommandFailure(error.message.text(options.language))
        }
        printError(zh ? "演示数据已备份到 \(backup)（可用 jiedao restore 恢复）" : "The demo was kept as a backup in \(backup) (jiedao restore brings it back)")
    }
}
