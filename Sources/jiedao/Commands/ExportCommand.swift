import ArgumentParser
import Foundation
import JiedaoCore
import JiedaoExchange
import JiedaoServer
import JiedaoStore

/// `jiedao export`: a table as CSV for Excel or JSON, or appeals as Open311 GeoReport v2.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a table as CSV (for Excel) or JSON, or the appeals as Open311 GeoReport v2.",
        discussion: """
        CSV is UTF-8 with a byte-order mark and CRLF line ends, headers in Chinese unless --lang en; \
        cells a spreadsheet would run as formulas get a leading '. Phone numbers and appeal submitters are \
        masked unless --reveal, which records in the audit trail whose personal data you saw. \
        open311 writes the appeals as GeoReport v2 service requests; open311-services the categories as its service list.
        """
    )

    @OptionGroup var options: DataOptions

    @Option(help: ArgumentHelp("communities, compounds, volunteers, services, appeals, projects, departments, teams, users or categories.", valueName: "TABLE"))
    var table: TableOption?

    @Flag(help: "Write an empty sheet to fill in: the headers an import reads and one example row (csv or xlsx).")
    var template = false

    @Option(help: "csv, json, xlsx (needs --out), open311 (appeals) or open311-services.")
    var format: ExportFormat = .csv

    @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "FILE"))
    var out: String?

    @Flag(help: "Show phone numbers and submitters unmasked; each record shown is recorded in the audit trail.")
    var reveal = false

    func validate() throws {
        switch format {
        case .csv, .json, .xlsx:
            if table == nil { throw ValidationError("--table is required for --format \(format.rawValue).") }
        case .open311:
            if let table, table != .appeals { throw ValidationError("--format open311 exports appeals only.") }
            if template { throw ValidationError("--template writes csv or xlsx.") }
        case .open311Services:
            if template { throw ValidationError("--template writes csv or xlsx.") }
        }
        if template, format == .json { throw ValidationError("--template writes csv or xlsx.") }
    }

    func run() throws {
        if template { return try writeTemplate() }
        let table = (self.table ?? .appeals).table
        let revealing = reveal && (format == .csv || format == .json || format == .xlsx)
        var registry: Registry
        let ids: [Int32]?
        if let socket = options.serverSocket {
            // The server's masked copy; revealing asks the server for each record's own text.
            var replica: ServerReplica
            (replica, registry) = try options.connect(to: socket)
            ids = try handlersRecords(table, registry, login: replica.login)
            if revealing {
                try recordReveals(table, ids: ids, registry) { batch in
                    _ = try replica.submit(batch, to: &registry)
                }
            }
        } else {
            var session: DataSession
            (session, registry) = try options.open()
            let login = Environment.login
            ids = try handlersRecords(table, registry, login: login)
            if revealing {
                guard let user = registry.user(login: login) else {
                    throw CommandFailure(options.language == .zh
                        ? "登录名“\(login)”不是本数据集的用户，不能查看个人信息（去掉 --reveal 可导出隐藏后的数据）"
                        : "The login “\(login)” is not a user of this data set, so it may not see personal data (without --reveal the export is masked)")
                }
                try recordReveals(table, ids: ids, registry) { batch in
                    try session.append(EditBatch(batch), to: &registry, by: user, login: login, at: Environment.now)
                }
            }
        }
        try write(table, from: registry, ids: ids)
    }

    private func write(_ table: ExchangeTable, from registry: Registry, ids: [Int32]?) throws {
        // The sheet is for Chinese Excel unless asked otherwise; messages follow the user's language.
        let sheetLanguage = options.lang?.language ?? .zh
        let text: String
        switch format {
        case .xlsx:
            guard let out else { throw ValidationError("--format xlsx needs --out FILE.xlsx.") }
            let rows = TableExport.rows(table, from: registry, language: sheetLanguage, reveal: reveal, ids: ids)
            let parts = XLSXDocument.parts(rows: rows, numericColumns: TableExport.numericColumns(table), sheetName: table.label.text(sheetLanguage))
            do {
                try TextFiles.write(try XLSXFile.bytes(parts), to: out, personal: reveal)
            } catch {
                throw CommandFailure(error.message.text(options.language))
            }
            printError(options.language == .zh ? "已导出 \(rows.count - 1) 条到 \(out)" : "Exported \(rows.count - 1) records to \(out)")
            return
        case .csv: text = TableExport.csv(table, from: registry, language: sheetLanguage, reveal: reveal, ids: ids)
        case .json: text = TableExport.json(table, from: registry, language: sheetLanguage, reveal: reveal, ids: ids).text(pretty: true) + "\n"
        case .open311: text = Open311.serviceRequests(registry, language: sheetLanguage, ids: ids).text(pretty: true) + "\n"
        case .open311Services: text = Open311.services(registry, language: sheetLanguage).text(pretty: true) + "\n"
        }
        let bytes = Array(text.utf8)
        guard let out else {
            // A terminal gets imported control characters shown escaped; a pipe or file gets the exact text.
            if isatty(STDOUT_FILENO) == 1 {
                let lines = text.replacingOccurrences(of: "\r\n", with: "\n")
                printForPeople(String(lines.dropLast(lines.hasSuffix("\n") ? 1 : 0)))
            } else {
                FileHandle.standardOutput.write(Data(bytes))
            }
            return
        }
        do {
            try TextFiles.write(bytes, to: out, personal: reveal)
        } catch {
            throw CommandFailure(error.message.text(options.language))
        }
        let rows = format == .open311Services ? registry.offeredCategories.count : TableExport.records(table, in: registry, ids: ids).count
        printError(options.language == .zh ? "已导出 \(rows) 条到 \(out)" : "Exported \(rows) records to \(out)")
    }

    /// `--template`: needs no data set, so an office can fill the sheets before `jiedao init`.
    private func writeTemplate() throws {
        let table = (self.table ?? .compounds).table
        let language = options.lang?.language ?? .zh
        let rows = TableTemplate.rows(table, language: language)
        let bytes: [UInt8]
        if format == .xlsx {
            guard let out else { throw ValidationError("--format xlsx needs --out FILE.xlsx.") }
            let parts = XLSXDocument.parts(rows: rows, numericColumns: [], sheetName: table.label.text(language))
            do {
                try TextFiles.write(try XLSXFile.bytes(parts), to: out)
            } catch {
                throw CommandFailure(error.message.text(options.language))
            }
            return
        }
        bytes = Array(TableTemplate.csv(table, language: language).utf8)
        guard let out else {
            FileHandle.standardOutput.write(Data(bytes))
            return
        }
        do {
            try TextFiles.write(bytes, to: out)
        } catch {
            throw CommandFailure(error.message.text(options.language))
        }
        printError(options.language == .zh ? "已写出\(table.label.zh)模板到 \(out)" : "Wrote the \(table.label.en.lowercased()) template to \(out)")
    }

    /// A department's handler reads only the appeals dispatched to the department (docs/permissions.md):
    /// those IDs, or nil for everyone else.
    private func handlersRecords(_ table: ExchangeTable, _ registry: Registry, login: String) throws -> [Int32]? {
        guard let user = registry.user(login: login).flatMap({ registry.users.live($0) }), user.role == .handler else { return nil }
        guard table == .appeals, format != .open311Services else {
            throw CommandFailure(options.language == .zh ? "承办人只能导出分拨到本部门的诉求（--table appeals）"
                                                         : "A handler exports only the appeals dispatched to their department (--table appeals)")
        }
        return registry.appeals.rows.indices.filter { index in
            let progress = registry.appeals.rows[index].progress
            return !registry.appeals.rows[index].isDeleted && progress.handlerKind == .department && progress.handler == user.department.raw
        }.map { Int32($0) }
    }

    /// Journals one `.reveal` per exported record that has personal data, as one batch (`journal`),
    /// before anything is shown.
    private func recordReveals(_ table: ExchangeTable, ids: [Int32]?, _ registry: Registry, journal: ([Edit]) throws -> Void) throws {
        let targets = TableExport.revealTargets(table, in: registry, ids: ids)
        guard !targets.isEmpty else { return }
        do {
            try journal(targets.map { .reveal($0) })
        } catch let error as StoreError {
            throw CommandFailure(error.message.text(options.language))
        } catch let error as ServerClientError {
            throw CommandFailure(error.message.text(options.language))
        }
        printError(options.language == .zh
            ? "已在审计记录中登记查看 \(targets.count) 条记录的个人信息"
            : "Recorded in the audit trail: personal data of \(targets.count) records shown")
    }
}

/// A table named on the command line.
enum TableOption: String, ExpressibleByArgument, CaseIterable {
    case communities, compounds, volunteers, services, appeals, projects, departments, teams, users, categories
    var table: ExchangeTable { ExchangeTable(rawValue: rawValue) ?? .compounds }
}

/// What `export --format` writes.
enum ExportFormat: String, ExpressibleByArgument, CaseIterable {
    case csv, json, xlsx, open311
    case open311Services = "open311-services"
}
