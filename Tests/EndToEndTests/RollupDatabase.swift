import Foundation
import JiedaoRollup
import XCTest

/// The PostgreSQL server the rollup tests use: `.ci/postgres start` prints its URL, which CI
/// passes in `JIEDAO_TEST_POSTGRES`. Each test gets a database of its own.
enum RollupDatabase {
    /// A new, empty database on the test server; skips the test when no server is configured,
    /// and fails it when `JIEDAO_REQUIRE_POSTGRES=1` (CI) says there must be one.
    static func fresh(_ name: String = #function) throws -> String {
        let environment = ProcessInfo.processInfo.environment
        guard let server = environment["JIEDAO_TEST_POSTGRES"], !server.isEmpty else {
            if environment["JIEDAO_REQUIRE_POSTGRES"] == "1" {
                XCTFail("JIEDAO_TEST_POSTGRES is not set, but JIEDAO_REQUIRE_POSTGRES=1 says a PostgreSQL server must be there")
            }
            throw XCTSkip("No PostgreSQL server for the rollup tests: start one with `.ci/postgres start DIR` and set JIEDAO_TEST_POSTGRES to the URL it prints")
        }
        let database = "rollup_" + name.lowercased().filter { $0.isLetter || $0.isNumber }.prefix(40) + "_\(getpid())"
        let admin = try PostgresConnection(url: server)
        try admin.execute("DROP DATABASE IF EXISTS \(database)")
        try admin.execute("CREATE DATABASE \(database)")
        return server + (server.contains("?") ? "&" : "?") + "dbname=\(database)"
    }
}
