#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Chooses a UTF-8 locale before curses starts, so Chinese text is drawn as such.
enum LocaleSetup {
    /// Locales tried, in order, when the user's own is not UTF-8 (or `LANG` is unset).
    static let utf8Fallbacks = ["C.UTF-8", "en_US.UTF-8"]

    /// Adopts the user's locale, or the first available UTF-8 fallback when it is not UTF-8.
    /// Returns whether the resulting locale is UTF-8.
    @discardableResult
    static func adoptUTF8Locale() -> Bool {
        _ = setlocale(LC_ALL, "")
        if currentCodesetIsUTF8() { return true }
        for name in utf8Fallbacks where setlocale(LC_ALL, name) != nil {
            if currentCodesetIsUTF8() { return true }
        }
        return false
    }

    /// Whether `nl_langinfo(nl_item(CODESET))` names UTF-8.
    static func currentCodesetIsUTF8() -> Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        return isUTF8(codesetName: String(cString: codeset))
    }

    /// Whether a codeset name means UTF-8 (`"UTF-8"`, `"utf8"`, ...).
    static func isUTF8(codesetName: String) -> Bool {
        let letters = codesetName.lowercased().filter { $0 != "-" && $0 != "_" }
        return letters == "utf8"
    }
}
