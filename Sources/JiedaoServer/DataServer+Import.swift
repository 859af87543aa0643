import JiedaoCore
import JiedaoExchange
import JiedaoStore

/// Imports run in the server: matching a sheet's rows with existing records compares their
/// names and phones, which only the server holds unmasked.
extension DataServer {
    func importSheet(_ bytes: [UInt8], table name: String, json: Bool, partial: Bool, dryRun: Bool, request: UInt32, from fd: Int32) {
        guard let table = ExchangeTable(rawValue: name) else {
            send(.refused(request: request, part: -1, message: Bilingual(zh: "不能导入“\(name)”表", en: "The table “\(name)” cannot be imported")), to: fd)
            return
        }
        guard handlerDepartment(of: fd) == nil else {
            send(.refused(request: request, part: -1, message: Bilingual(zh: "承办人不能导入", en: "A handler does not import")), to: fd)
            return
        }
        guard let user = user(of: fd) else {
            send(.refused(request: request, part: -1, message: Bilingual(zh: "你已不是本街道的用户", en: "You are no longer a user of this street")), to: fd)
            return
        }
        follow()
        let plan = TableImport.plan(bytes, format: json ? .json : .csv, into: table, registry: registry, by: user,
                                    at: configuration.clock(), partial: partial)
        var outcome = WireImportOutcome(report: Bilingual(zh: plan.report.text(.zh), en: plan.report.text(.en)),
                                        applies: plan.report.applies, planned: UInt32(plan.steps.count),
                                        rejected: UInt32(plan.report.rejected.count))
        guard plan.report.applies, !dryRun, !plan.steps.isEmpty else {
            send(.imported(request: request, outcome: outcome), to: fd)
            return
        }
        let result = commit(plan.batch, from: fd) { applied, sequence in
            outcome.journaled = UInt32(applied.results.count)
            outcome.sequence = sequence
            outcome.moved = zip(plan.steps, applied.results).compactMap { step, result in
                result.record.flatMap { $0 != step.record ? $0.id : nil }
            }
            return [.imported(request: request, outcome: outcome)]
        }
        if case .failure(let error) = result {
            if case .batchRefused(let refusal) = error, refusal.index < plan.steps.count {
                let row = plan.steps[refusal.index].row
                outcome.failure = Bilingual(zh: "第 \(row) 行已与他人的修改冲突：\(refusal.error.message.zh)；未导入任何行",
                                            en: "Row \(row) conflicts with a change made meanwhile: \(refusal.error.message.en); no rows were imported")
            } else {
                outcome.failure = Bilingual(zh: "未导入任何行：\(error.message.zh)", en: "No rows were imported: \(error.message.en)")
            }
            send(.imported(request: request, outcome: outcome), to: fd)
        } else {
            configuration.log("imported \(outcome.journaled) rows into \(table.rawValue) for \(links[fd]?.name ?? "fd \(fd)")")
        }
    }
}
