import Foundation
import ArgumentParser
import JiedaoCore
import JiedaoStore

/// `jiedao demo`: writes a fictional data set.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Create a fictional demo data set (deterministic for a seed and day)."
    )

    @Option(help: "street (12 communities, 30,000 appeals), district (×10) or city (1,000,000 appeals).")
    var scale: DemoScaleOption = .street

    @Option(help: "Seed of the generator: the same seed on the same day gives identical data.")
    var seed: UInt64 = 1

    @Option(help: ArgumentHelp("The directory to create; it must not hold data yet.", valueName: "DIR"))
    var out: String

    @Option(help: ArgumentHelp("Lay the data out as if today were this date (YYYY-MM-DD).", valueName: "DATE"))
    var today: String?

    @Option(help: ArgumentHelp("The street's name (default: 桂香街道, or 桂香区 / 桂香市 at the larger scales).", valueName: "NAME"))
    var street: String?

    @Option(name: .customLong("street-code"), help: ArgumentHelp("The street's code, unique among the streets that publish together.", valueName: "CODE"))
    var streetCode = "demo"

    @Option(help: ArgumentHelp("The district the street belongs to.", valueName: "NAME"))
    var district: String?

    func validate() throws {
        if let street, street.allSatisfy(\.isWhitespace) { throw ValidationError("--street needs a name.") }
        if streetCode.isEmpty || streetCode.contains(where: { $0.isWhitespace || $0.isNewline }) {
            throw ValidationError("--street-code needs a code without spaces, such as 440305001.")
        }
    }

    func run() throws {
        var now = Environment.now
        if let today {
            do {
                now = try Day(today).startTime() + 9 * 3600
            } catch {
                throw ValidationError(error.message.en)
            }
        }
        var generator = DemoGenerator(scale: scale.scale, seed: seed, now: now, adminLogin: Environment.login)
        generator.streetName = street?.trimmingCharacters(in: .whitespaces)
        generator.streetCode = streetCode
        generator.districtName = district
        let registry = try generator.build()
        let directory = DataDirectory(path: out)
        do {
            try directory.create(registry, author: Environment.login, at: now)
        } catch {
            throw CommandFailure(error.message.en)
        }
        print("Created the \(scale.rawValue) demo in \(directory.path): \(registry.communities.liveCount) communities, "
              + "\(registry.compounds.liveCount) compounds, \(registry.volunteers.liveCount) volunteers, "
              + "\(registry.appeals.liveCount) appeals, \(registry.projects.liveCount) projects.")
    }
}

enum DemoScaleOption: String, ExpressibleByArgument, CaseIterable {
    case street, district, city
    var scale: DemoScale { DemoScale(rawValue: rawValue) ?? .street }
}
