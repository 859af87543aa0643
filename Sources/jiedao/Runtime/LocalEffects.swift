import JiedaoApp
import JiedaoCore
import JiedaoStore
import TermCanvas

/// What the dashboard does on this machine whichever store holds the data: files for people,
/// the user's preferences, themes, searches off the UI thread and the clock. ``FileStore`` and
/// ``RemoteStore`` share it.
protocol LocalEffects: DataStore {
    var themes: ThemeLoader { get }
    var searches: SearchWorker { get }
}

extension LocalEffects {
    mutating func startSearch(_ job: SearchJob) { searches.start(job) }

    mutating func finishedSearches() -> [SearchResult] { searches.takeFinished() }

    mutating func write(_ bytes: [UInt8], to path: String, personal: Bool) throws(StoreFailure) {
        do {
            try TextFiles.write(bytes, to: path, personal: personal)
        } catch {
            throw StoreFailure(message: error.message)
        }
    }

    mutating func writeWorkbook(_ parts: [(path: String, bytes: [UInt8])], to path: String, personal: Bool) throws(StoreFailure) {
        do {
            try TextFiles.write(try XLSXFile.bytes(parts), to: path, personal: personal)
        } catch {
            throw StoreFailure(message: error.message)
        }
    }

    mutating func rememberPreferences(_ preferences: UserPreferences) throws(StoreFailure) {
        do {
            try PreferencesFile.save(preferences)
        } catch {
            throw StoreFailure(message: error.message)
        }
    }

    func loadTheme(_ nameOrPath: String) throws(StoreFailure) -> Theme {
        do {
            return try themes.load(nameOrPath)
        } catch {
            throw StoreFailure(message: Bilingual(zh: "\(error)", en: "\(error)"))
        }
    }

    func now() -> Int64 { Environment.now }
}
