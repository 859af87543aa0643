import ArgumentParser
import Foundation
import JiedaoCore
import JiedaoExchange
import JiedaoServer
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

    private var sheetFormat: ImportSheet.Format { (format ?? (file.lowercased().hasSuffix(".json") ? .json : .csv)).format }

    private func sheetBytes() throws -> [UInt8] {
        do {
            return try TextFiles.bytes(file)
        } catch {
            throw CommandFailure(error.message.text(options.language))
        }
    }

    func run() throws {
        if let socket = options.serverSocket { return try runThroughServer(socket) }
        let language = options.language
        let zh = language == .zh
        var (session, registry) = try options.open()
        let login = Environment.login
        guard let user = registry.user(login: login) else {
            throw CommandFailure(zh ? "登录名“\(login)”不是本数据集的用户，不能导入：请管理员用 jiedao user add \(login) 添加"
                                    : "The login “\(login)” is not a user of this data set, so it may not import; an admin adds it with jiedao user add \(login)")
        }
        let bytes = try sheetBytes()
        let now = Environment.now
        let plan = TableImport.plan(bytes, format: sheetFormat, into: table.table, registry: registry, by: user, at: now, partial: partial)
        printForPeople(plan.report.text(language))
        guard plan.report.applies else { throw ExitCode(1) }
        if dryRun {
            print(zh ? "（试运行：未做任何修改）" : "(Dry run: nothing was changed.)")
            if plan.steps.isEmpty, !plan.report.rejected.isEmpty { throw ExitCode(1) }
            return
        }
        guard !plan.steps.isEmpty else {
            print(zh ? "没有需要导入的修改。" : "Nothing to import.")
            if !plan.report.rejected.isEmpty { throw ExitCode(1) }
            return
        }
        // One batch: the whole import is on disk, or none of it.
        let applied: AppliedBatch
        do {
            applied = try session.append(plan.batch, to: &registry, by: user, login: login, at: now)
        } catch {
            if case .batchRefused(let refusal) = error, refusal.index < plan.steps.count {
                let row = plan.steps[refusal.index].row
                throw CommandFailure(zh
                    ? "第 \(row) 行已与他人的修改冲突：\(refusal.error.message.zh)；未导入任何行"
                    : "Row \(row) conflicts with a change made meanwhile: \(refusal.error.message.en); no rows were imported")
            }
            throw CommandFailure(zh ? "未导入任何行：\(error.message.zh)" : "No rows were imported: \(error.message.en)")
        }
        for warning in session.warnings { printError(warning.text(language)) }
        let moved = zip(plan.steps, applied.results).compactMap { step, result in result.record.flatMap { $0 != step.record ? $0.id : nil } }
        printImported(applied.results.count, moved: moved)
    }

    /// Through the data server: the server plans the sheet against the unmasked data and
    /// journals it as the login the kernel gives it; this process prints what it says.
    private func runThroughServer(_ socket: String) throws {
        let language = options.language
        let zh = language == .zh
        let bytes = try sheetBytes()
        var (replica, registry) = try options.connect(to: socket)
        let outcome: WireImportOutcome
        do {
            outcome = try replica.importSheet(bytes, table: table.table.rawValue, json: sheetFormat == .json, partial: partial,
                                              dryRun: dryRun, to: &registry)
        } catch {
            throw CommandFailure(error.message.text(language))
        }
        printForPeople(outcome.report.text(language))
        guard outcome.applies else { throw ExitCode(1) }
        if let failure = outcome.failure { throw CommandFailure(failure.text(language)) }
        if dryRun {
            print(zh ? "（试运行：未做任何修改）" : "(Dry run: nothing was changed.)")
            if outcome.planned == 0, outcome.rejected > 0 { throw ExitCode(1) }
            return
        }
        guard outcome.planned > 0 else {
            print(zh ? "没有需要导入的修改。" : "Nothing to import.")
            if outcome.rejected > 0 { throw ExitCode(1) }
            return
        }
        printImported(Int(outcome.journaled), moved: outcome.moved)
    }

    private func printImported(_ journaled: Int, moved: [Int32]) {
        let zh = options.language == .zh
        if !moved.isEmpty {
            // Others created records meanwhile, so new records got later IDs than the report shows.
            let ids = moved.map { "#\($0)" }
            print(zh ? "他人在导入期间新建了记录，新记录的编号为 \(ids.joined(separator: "、"))"
                     : "Others created records meanwhile; the new records are \(ids.joined(separator: ", "))")
        }
        print(zh ? "已导入 \(journaled) 行。" : "Imported \(journaled) row\(journaled == 1 ? "" : "s").")
    }
}

/// What `import --format` reads.
enum ImportFormat: String, ExpressibleByArgument, CaseIterable {
    case csv, json
    var format: ImportSheet.Format { self == .json ? .json : .csv }
}
