import JiedaoCore

/// Why talking to the PostgreSQL server failed, in words for the person at the terminal.
public enum RollupError: Error, Sendable, Equatable {
    /// The server could not be reached, or refused the login (libpq's own reason).
    case cannotConnect(url: String, reason: String)
    /// A statement failed on the server.
    case statement(sqlState: String, reason: String)
    /// The connection broke in the middle of a statement.
    case connectionLost(reason: String)
    /// The database holds the tables of another version of the schema.
    case schemaVersion(found: Int, expected: Int)
    /// The street has no code, so its rows could not be told from another street's.
    case noStreetCode

    /// The reason in both languages.
    public var message: Bilingual {
        switch self {
        case .cannotConnect(let url, let reason):
            Bilingual(zh: "无法连接 PostgreSQL（\(url)）：\(reason)", en: "Cannot connect to PostgreSQL at \(url): \(reason)")
        case .statement(let state, let reason):
            Bilingual(zh: "PostgreSQL 拒绝了语句（SQLSTATE \(state)）：\(reason)", en: "PostgreSQL refused a statement (SQLSTATE \(state)): \(reason)")
        case .connectionLost(let reason):
            Bilingual(zh: "与 PostgreSQL 的连接中断：\(reason)", en: "The connection to PostgreSQL broke: \(reason)")
        case .schemaVersion(let found, let expected):
            found > expected
                ? Bilingual(zh: "数据库中的汇总表是第 \(found) 版，比本程序（第 \(expected) 版）新：请升级 jiedao。",
                            en: "The database holds version \(found) of the rollup tables, newer than this jiedao's version \(expected): upgrade jiedao.")
                : Bilingual(zh: "数据库中的汇总表是第 \(found) 版，本程序无法迁移到第 \(expected) 版：请换一个空数据库。",
                            en: "The database holds version \(found) of the rollup tables, which this jiedao cannot migrate to version \(expected): use an empty database.")
        case .noStreetCode:
            Bilingual(zh: "街道没有编码，无法与其他街道区分。请先设置：jiedao settings --street-code 编码",
                      en: "The street has no code to tell it from other streets. Set one first: jiedao settings --street-code CODE")
        }
    }

    /// Whether trying again later may succeed (the server was down or the link broke).
    public var isTransient: Bool {
        switch self {
        case .cannotConnect, .connectionLost: true
        // Class 08 is connection trouble, 57P0x a server shutting down.
        case .statement(let state, _): state.hasPrefix("08") || state.hasPrefix("57P")
        case .schemaVersion, .noStreetCode: false
        }
    }
}
