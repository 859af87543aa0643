import ArgumentParser
import Foundation
import JiedaoCore
import JiedaoStore

/// `jiedao calendar DATE [+N]`: whether DATE is a working day, or the date N working days after it.
struct CalendarCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calendar",
        abstract: "Tell whether DATE is a working day, or with +N the date N working days after it.",
        discussion: """
        Public holidays and make-up workdays (调休) come from the State Council's notices shipped with jiedao, plus, \
        with --data, the notices added to the data set (jiedao holidays add) and the holidays-YYYY.txt files of its \
        directory. A year without its notice counts its \
        statutory holidays only (on their dates, without bridges or make-up workdays), and the answer says so.
        """
    )

    @Argument(help: ArgumentHelp("A date, YYYY-MM-DD.", valueName: "DATE"))
    var date: String

    @Argument(help: ArgumentHelp("+N: count N working days on from DATE.", valueName: "+N"))
    var offset: String?

    @Option(name: .long, help: ArgumentHelp("Language: zh or en (default: from LANG).", valueName: "LANG"))
    var lang: LanguageOption?

    @Option(name: .long, help: ArgumentHelp("Use this data set's calendar (its added notices and holiday files).", valueName: "DIR"))
    var data: String?

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
        let zh = (lang?.language ?? Language.fromEnvironment(ProcessInfo.processInfo.environment)) == .zh
        var calendar = WorkCalendar.shipped
        if let data {
            let directory = DataDirectory(path: data)
            guard FileManager.default.fileExists(atPath: directory.path) else {
                throw CommandFailure(zh ? "数据目录 \(data) 不存在" : "The data directory \(data) does not exist")
            }
            // A directory of holiday files alone (no data set yet) still lends its files.
            var settings = Settings()
            if directory.exists {
                do {
                    settings = try directory.open().registry.settings
                } catch {
                    throw CommandFailure(error.message.text(zh ? .zh : .en))
                }
            }
            calendar = DashboardFiles.calendar(for: directory, settings: settings)
        }
        func warning(_ years: [Int]) -> String {
            let unknown = Array(Set(years.filter { !calendar.isKnown($0) })).sorted()
            guard !unknown.isEmpty else { return "" }
            let list = unknown.map(String.init).joined(separator: zh ? "、" : ", ")
            return zh ? "\n注意：\(list)年的国务院放假安排尚未收录，仅按法定假日计算（不含调休），结果可能与正式安排不同"
                      : "\nNote: the State Council's holiday notice for \(list) is not in the data; only statutory holidays are counted (no make-up workdays), so the answer may differ from the official arrangement"
        }
        if let offset, let n = Self.parseOffset(offset) {
            let result = calendar.addWorkingDays(n, to: day)
            print(zh ? "\(day.iso) 之后第 \(n) 个工作日：\(result.iso)" : "\(n) working days after \(day.iso): \(result.iso)", terminator: "")
            print(warning(Array(day.year...max(day.year, result.year))))
        } else {
            let working = calendar.isWorkingDay(day)
            let word = zh ? (working ? "工作日" : "休息日") : (working ? "working day" : "day off")
            let name = calendar.entry(on: day).map { " \($0.name)" } ?? ""
            print(zh ? "\(word)\(name)：\(day.iso)" : "\(word)\(name): \(day.iso)", terminator: "")
            print(warning([day.year]))
        }
    }
}
