import CLibpq
import Glibc

/// One connection to a PostgreSQL server through libpq, used synchronously.
///
/// libpq reads `postgresql://…` URLs (and `key=value` strings) and fills what they leave out
/// from the `PG*` environment variables, so `PostgresConnection(url: "")` connects as `psql` would.
public final class PostgresConnection {
    private let handle: OpaquePointer
    /// The URL with any password hidden, for messages.
    public let displayURL: String

    /// Connects; refused credentials and unreachable servers throw with libpq's reason.
    public init(url: String) throws(RollupError) {
        displayURL = Self.hidingPassword(url)
        guard jiedao_libpq_load() == 1 else {
            throw .cannotConnect(url: displayURL, reason: "PostgreSQL's client library could not be loaded (\(Self.text(jiedao_libpq_error()))); install it (Debian: apt-get install libpq5)")
        }
        guard let connection = PQconnectdb(url) else {
            throw .cannotConnect(url: displayURL, reason: "out of memory")
        }
        guard PQstatus(connection) == CONNECTION_OK else {
            let reason = Self.text(PQerrorMessage(connection))
            PQfinish(connection)
            throw .cannotConnect(url: Self.hidingPassword(url), reason: reason)
        }
        handle = connection
        // Notices (such as "relation already exists, skipping") are not for the terminal.
        PQsetNoticeProcessor(handle, { _, _ in }, nil)
    }

    deinit { PQfinish(handle) }

    /// Runs one statement with text parameters (`$1`, `$2`, … ; nil is NULL) and returns its rows.
    @discardableResult
    public func execute(_ sql: String, _ parameters: [String?] = []) throws(RollupError) -> PostgresRows {
        let result = withParameters(parameters) { values in
            PQexecParams(handle, sql, Int32(parameters.count), nil, values, nil, nil, 0)
        }
        return try rows(of: result)
    }

    /// Sends `lines` (COPY text format, see ``CopyText``) to `COPY table (columns) FROM STDIN`.
    public func copy(into table: String, columns: [String], lines: [String]) throws(RollupError) {
        let start = PQexec(handle, "COPY \(table) (\(columns.joined(separator: ", "))) FROM STDIN")
        guard let start, PQresultStatus(start) == PGRES_COPY_IN else {
            _ = try rows(of: start)
            throw .statement(sqlState: "", reason: "COPY did not start")
        }
        PQclear(start)
        var buffer: [UInt8] = []
        buffer.reserveCapacity(1 << 16)
        func flush() throws(RollupError) {
            guard !buffer.isEmpty else { return }
            let sent = buffer.withUnsafeBufferPointer { bytes in
                bytes.baseAddress.map { base in
                    base.withMemoryRebound(to: CChar.self, capacity: bytes.count) { PQputCopyData(handle, $0, Int32(bytes.count)) }
                } ?? 1
            }
            buffer.removeAll(keepingCapacity: true)
            if sent != 1 { throw .connectionLost(reason: Self.text(PQerrorMessage(handle))) }
        }
        for line in lines {
            buffer.append(contentsOf: line.utf8)
            buffer.append(0x0A)
            if buffer.count >= 1 << 16 { try flush() }
        }
        try flush()
        guard PQputCopyEnd(handle, nil) == 1 else { throw .connectionLost(reason: Self.text(PQerrorMessage(handle))) }
        var failure: RollupError?
        while let result = PQgetResult(handle) {
            do { _ = try rows(of: result) } catch { failure = failure ?? error }
        }
        if let failure { throw failure }
    }

    /// Runs `body` in one transaction: committed when it returns, rolled back when it throws.
    public func transaction<T>(_ body: () throws(RollupError) -> T) throws(RollupError) -> T {
        try execute("BEGIN")
        do {
            let value = try body()
            try execute("COMMIT")
            return value
        } catch {
            _ = try? execute("ROLLBACK")
            throw error
        }
    }

    /// Waits up to `timeout` seconds for notifications on the channels this connection
    /// LISTENs to, and returns their payloads (empty on timeout).
    public func notifications(waitingUpTo timeout: Double) throws(RollupError) -> [String] {
        var payloads = takeNotifications()
        if !payloads.isEmpty { return payloads }
        var descriptor = pollfd(fd: PQsocket(handle), events: Int16(POLLIN), revents: 0)
        guard descriptor.fd >= 0 else { throw .connectionLost(reason: Self.text(PQerrorMessage(handle))) }
        let ready = poll(&descriptor, 1, Int32(max(0, timeout) * 1000))
        if ready > 0 {
            guard PQconsumeInput(handle) == 1 else { throw .connectionLost(reason: Self.text(PQerrorMessage(handle))) }
            payloads = takeNotifications()
        }
        return payloads
    }

    /// The file descriptor of the connection, to wait on with others.
    public var socket: Int32 { PQsocket(handle) }

    private func takeNotifications() -> [String] {
        var payloads: [String] = []
        while let notice = PQnotifies(handle) {
            payloads.append(String(cString: notice.pointee.extra))
            PQfreemem(notice)
        }
        return payloads
    }

    private func rows(of result: OpaquePointer?) throws(RollupError) -> PostgresRows {
        guard let result else { throw .connectionLost(reason: Self.text(PQerrorMessage(handle))) }
        defer { PQclear(result) }
        switch PQresultStatus(result) {
        case PGRES_COMMAND_OK, PGRES_COPY_IN, PGRES_EMPTY_QUERY:
            return PostgresRows(columns: [], values: [])
        case PGRES_TUPLES_OK:
            let rowCount = Int(PQntuples(result)), columnCount = Int(PQnfields(result))
            let columns = (0..<columnCount).map { String(cString: PQfname(result, Int32($0))) }
            var values: [[String?]] = []
            values.reserveCapacity(rowCount)
            for row in 0..<rowCount {
                values.append((0..<columnCount).map { column in
                    PQgetisnull(result, Int32(row), Int32(column)) == 1 ? nil : String(cString: PQgetvalue(result, Int32(row), Int32(column)))
                })
            }
            return PostgresRows(columns: columns, values: values)
        default:
            if PQstatus(handle) != CONNECTION_OK { throw .connectionLost(reason: Self.text(PQerrorMessage(handle))) }
            let state = PQresultErrorField(result, Int32(UInt8(ascii: "C"))).map { String(cString: $0) } ?? ""
            let primary = PQresultErrorField(result, Int32(UInt8(ascii: "M"))).map { String(cString: $0) }
            throw .statement(sqlState: state, reason: primary ?? Self.text(PQresultErrorMessage(result)))
        }
    }

    private func withParameters<R>(_ parameters: [String?], _ body: ([UnsafePointer<CChar>?]) -> R) -> R {
        let pointers: [UnsafeMutablePointer<CChar>?] = parameters.map { $0.map { strdup($0) } ?? nil }
        defer { for pointer in pointers { free(pointer) } }
        return body(pointers.map { $0.map { UnsafePointer($0) } })
    }

    private static func text(_ pointer: UnsafePointer<CChar>?) -> String {
        guard let pointer else { return "" }
        return String(cString: pointer).trimmingCharacters(in: " \n")
    }

    /// `postgresql://user:secret@host/db` → `postgresql://user:***@host/db`; `password=…` likewise.
    static func hidingPassword(_ url: String) -> String {
        if let scheme = url.range(of: "://") {
            let rest = url[scheme.upperBound...]
            let authorityEnd = rest.firstIndex(where: { $0 == "/" || $0 == "?" }) ?? rest.endIndex
            let authority = rest[..<authorityEnd]
            if let at = authority.lastIndex(of: "@"), let colon = authority[..<at].firstIndex(of: ":") {
                return String(url[..<authority.index(after: colon)]) + "***" + String(url[at...])
            }
            return url
        }
        return url.split(separator: " ").map { $0.hasPrefix("password=") ? "password=***" : String($0) }.joined(separator: " ")
    }
}

private extension String {
    func trimmingCharacters(in set: String) -> String {
        var text = Substring(self)
        while let last = text.last, set.contains(last) { text = text.dropLast() }
        while let first = text.first, set.contains(first) { text = text.dropFirst() }
        return String(text)
    }
}
