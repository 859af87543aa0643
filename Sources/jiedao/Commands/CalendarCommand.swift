import Foundation
import ArgumentParser
import JiedaoCore

/// `jiedao calendar DATE [+N]`: whether DATE is a working day, or the date N working days after it.
struct CalendarCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calendar",
        abstract: "Tell whether DATE is a working day, or with +N the date N working days after it.",
        discussion: "Public holidays and make-up workdays (调休) come from the shipped calendar."
    )

    @Argument(help: ArgumentHelp("A date, YYYY-MM-DD.", valueName: "DATE"))
    var date: String

    @Argument(help: ArgumentHelp("+N: count N working days on from DATE.", valueName: "+N"))
    var offset: String?

    @Option(name: .long, help: ArgumentHelp("Language: zh or en (default: from LANG).", valueName: "LANG"))
    var lang: LanguageOption?

    func validate() throws {
        if let offset, Self.parseOffset(offset) == nil { throw ValidationError("Expected +N (for example +5), got “\(offset)”.") }
        do { _ = try Day(date) } catch { throw ValidationError(error.message.en) }
    }

    static func parseOffset(_ text: String) -> Int? {
        let digits = text.hasPrefix("+") ? String(text.dropFirst()) : text
        guard let n = Int(digits), n >= 0, n <= 10_000 else { return nil }
        return n
    }

    func run() throws {
        let day = try Day(date)
        let calendar = WorkCalendar.shipped
        let zh = (lang?.language ?? Language.fromEnvironment(ProcessInfo.processInfo.environment)) == .zh
        let known = calendar.isKnown(day) ? "" : (zh ? "（超出已知节假日年份，仅按周末计算）" : " (beyond the known holiday years: weekends only)")
        if let offset, let n = Self.parseOffset(offset) {
            let result = calendar.addWorkingDays(n, to: day)
            print(zh ? "\(day.iso) 之后第 \(n) 个工作日\(known)：\(result.iso)" : "\(n) working days after \(day.iso)\(known): \(result.iso)")
        } else {
            let working = calendar.isWorkingDay(day)
            let word = zh ? (working ? "工作日" : "休息日") : (working ? "working day" : "day off")
            let name = calendar.entry(on: day).map { " \($0.name)" } ?? ""
            print(zh ? "\(word)\(name)\(known)：\(day.iso)" : "\(word)\(name)\(known): \(day.iso)")
        }
    }
}
