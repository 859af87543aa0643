import ArgumentParser
import Foundation
import JiedaoCore
import JiedaoStore

/// `jiedao import`: rows of a CSV or JSON file become edits, journaled under the importing user.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import a CSV (UTF-8 or GBK) or JSON file into a table; prints a report row by row.",
        discussion: """
        Headers may be Chinese or English, in any order; other columns are ignored with a note. A row with an \
        empty 编号/id makes a new record; one with an ID updates the fields that differ. All or nothing: when any \
        row is rejected nothing is changed, unless --partial. Exit status 0 when the import was applied (or, with \
        --dry-run, would be), 1 when rows were rejected and nothing was applied.
        """
    )

    @OptionGroup var options: DataOptions

    @Option(help: ArgumentHelp("communities, compounds, volunteers, services, appeals or projects.", valueName: "TABLE"))
    var table: TableOption

    @Argument(help: ArgumentHelp("The file to import.", valueName: "FILE"))
    var file: String

    @Option(help: "csv or json (default: json for a .json file, csv otherwise).")
    var format: ImportFormat?

    @Flag(name: .customLong("dry-run"), help: "Check every row and print the report; change nothing.")
    var dryRun = false

    @Flag(help: "Take the good rows even when others are rejected.")
    var partial = false

    func run() throws {
        let language = options.language
        let zh = language == .zh
        var (session, registry) = try options.open()
        let login = Environment.login
        guard let user = registry.user(login: login) else {
            throw CommandFailure(zh ? "登录名“\(login)”不是本数据集的用户，不能导入：请管理员先添加该用户"
                                    : "The login “\(login)” is not a user of this data set, so it may not import; ask an admin to add it")
        }
        let bytes: [UInt8]
        do {
            bytes = try TextFiles.bytes(file)
        } catch {
            throw CommandFailure(error.message.text(language))
        }
        let sheetFormat = (format ?? (file.lowercased().hasSuffix(".json") ? .json : .csv)).format
        let now = Environment.now
        let plan = TableImport.plan(bytes, format: sheetFormat, into: table.table, registry: registry, by: user, at: now, partial: partial)
        printForPeople(plan.report.text(language))
        guard plan.report.applies else { throw ExitCode(1) }
        if dryRun {
            print(zh ? "（试运行：未做任何修改）" : "(Dry run: nothing was changed.)")
            if plan.steps.isEmpty, !plan.report.rejected.isEmpty { throw ExitCode(1) }
            return
        }
        var journaled = 0
        for step in plan.steps {
            do {
                let applied = try session.append(step.edit, to: &registry, by: user, login: login, at: now)
                journaled += 1
                // Someone else created records meanwhile: later rows may name IDs that now mean other records.
                guard applied.record == step.record else {
                    throw CommandFailure(zh
                        ? "第 \(step.row) 行得到编号 #\(applied.record?.id ?? -1) 而不是 #\(step.record.id)：数据在导入期间被他人修改，已停止（已导入 \(journaled) 行）"
                        : "Row \(step.row) became #\(applied.record?.id ?? -1) instead of #\(step.record.id): the data changed during the import; stopped after \(journaled) rows")
                }
            } catch let error as StoreError {
                throw CommandFailure(zh
                    ? "第 \(step.row) 行无法保存：\(error.message.zh)（已导入 \(journaled) 行）"
                    : "Row \(step.row) could not be saved: \(error.message.en) (\(journaled) rows were imported)")
            }
        }
        print(zh ? "已导入 \(journaled) 行。" : "Imported \(journaled) row\(journaled == 1 ? "" : "s").")
        if journaled == 0, !plan.report.rejected.isEmpty { throw ExitCode(1) }
    }
}

/// What `import --format` reads.
enum ImportFormat: String, ExpressibleByArgument, CaseIterable {
    case csv, json
    var format: ImportSheet.Format { self == .json ? .json : .csv }
}
