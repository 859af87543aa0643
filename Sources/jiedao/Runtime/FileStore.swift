import JiedaoApp
import JiedaoCore
import JiedaoStore
import TermCanvas

/// The dashboard's ``DataStore`` on a data directory: the journal and snapshot through
/// ``DataSession``, files and themes through the store's file helpers.
struct FileStore: LocalEffects {
    var session: DataSession
    let themes: ThemeLoader
    let searches = SearchWorker()

    mutating func append(_ batch: EditBatch, to registry: inout Registry, by author: UserID?, login: String, at time: Int64) throws(StoreFailure) -> AppliedBatch {
        do {
            return try session.append(batch, to: &registry, by: author, login: login, at: time)
        } catch {
            throw Self.failure(error)
        }
    }

    mutating func catchUp(_ registry: inout Registry) throws(StoreFailure) -> [ChangeNote] {
        do {
            return try session.catchUp(&registry).flatMap { entry in
                entry.edits.map { ChangeNote(login: entry.login, time: entry.time, edit: $0) }
            }
        } catch {
            throw Self.failure(error)
        }
    }

    mutating func compact(_ registry: inout Registry, author: String, at time: Int64) throws(StoreFailure) {
        do {
            try session.compact(&registry, author: author, at: time)
        } catch {
            throw Self.failure(error)
        }
    }

    func auditTrail() throws(StoreFailure) -> [ChangeRecord] {
        do {
            return try AuditTrail.entries(of: session.directory).map {
                ChangeRecord(sequence: $0.sequence, user: $0.user, login: $0.login, time: $0.time, edits: $0.edits, inverses: $0.inverses)
            }
        } catch {
            throw Self.failure(error)
        }
    }

    mutating func takeWarnings() -> [Bilingual] { session.takeWarnings() }

    private static func failure(_ error: StoreError) -> StoreFailure {
        switch error {
        case .refused(let refusal): StoreFailure(refusal: refusal, message: refusal.message)
        case .batchRefused(let refusal): StoreFailure(refusal: refusal.error, part: refusal.index, message: error.message)
        default: StoreFailure(message: error.message)
        }
    }
}
