import JiedaoApp
import JiedaoCore
import JiedaoServer
import JiedaoStore
import TermCanvas

/// The dashboard's ``DataStore`` on a data server (`--server`): edits go to the server, which
/// decides and journals them; the registry the dashboard holds is the server's masked copy,
/// kept current from the records it streams. Exports and preferences stay on this machine.
struct RemoteStore: LocalEffects {
    var replica: ServerReplica
    let themes: ThemeLoader
    let searches = SearchWorker()
    private var warnings: [Bilingual] = []
    private var replaced = false
    /// Set while the server cannot be reached, so the user is told once, and again when it is back.
    private var isDown = false

    init(replica: ServerReplica, themes: ThemeLoader) {
        self.replica = replica
        self.themes = themes
    }

    mutating func append(_ batch: EditBatch, to registry: inout Registry, by author: UserID?, login: String, at time: Int64) throws(StoreFailure) -> AppliedBatch {
        // Who and when are the server's to say: it takes the login from the kernel and stamps its own clock.
        do {
            return try replica.submit(batch.edits, to: &registry)
        } catch {
            throw Self.failure(error)
        }
    }

    mutating func catchUp(_ registry: inout Registry) throws(StoreFailure) -> [ChangeNote] {
        do {
            let (entries, replaced) = try replica.poll(&registry)
            if isDown, replica.isConnected {
                isDown = false
                warnings.append(Bilingual(zh: "已重新连上数据服务器", en: "Connected to the data server again"))
            }
            self.replaced = self.replaced || replaced
            return entries.flatMap { entry in entry.edits.map { ChangeNote(login: entry.login, time: entry.time, edit: $0) } }
        } catch {
            if case .unreachable = error {
                if !isDown { warnings.append(error.message) }
                isDown = true
                return []
            }
            throw Self.failure(error)
        }
    }

    mutating func takeReplacement() -> Bool {
        defer { replaced = false }
        return replaced
    }

    mutating func compact(_ registry: inout Registry, author: String, at time: Int64) throws(StoreFailure) {
        do {
            try replica.compact(&registry)
        } catch {
            throw Self.failure(error)
        }
    }

    mutating func auditTrail() throws(StoreFailure) -> [ChangeRecord] {
        do {
            return try replica.auditTrail().map {
                ChangeRecord(sequence: $0.sequence, user: $0.user, login: $0.login, time: $0.time, edits: $0.edits, inverses: $0.inverses)
            }
        } catch {
            throw Self.failure(error)
        }
    }

    mutating func openAppeals(withPhone phone: String, community: Int32) throws(StoreFailure) -> [Int32] {
        do {
            return try replica.openAppeals(withPhone: phone, community: community)
        } catch {
            throw Self.failure(error)
        }
    }

    mutating func takeWarnings() -> [Bilingual] {
        defer { warnings = [] }
        return warnings
    }

    private static func failure(_ error: ServerClientError) -> StoreFailure {
        if case .refused(let part, let message) = error { return StoreFailure(part: part, message: message) }
        return StoreFailure(message: error.message)
    }
}
