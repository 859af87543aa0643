import Dispatch
import JiedaoApp
import Synchronization

/// Runs the dashboard's long narrowings on another thread: each new one overtakes (cancels) the
/// one before, and finished answers wait here until the loop collects them between keys.
final class SearchWorker: Sendable {
    private struct Inbox {
        var newest = 0
        var finished: [SearchResult] = []
    }

    private let inbox = Mutex(Inbox())

    func start(_ job: SearchJob) {
        inbox.withLock { $0.newest = job.token }
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            let result = job.run { self.inbox.withLock { $0.newest != job.token } }
            guard let result else { return }
            inbox.withLock { box in
                if box.newest == result.token { box.finished.append(result) }
            }
        }
    }

    func takeFinished() -> [SearchResult] {
        inbox.withLock { box in
            defer { box.finished = [] }
            return box.finished
        }
    }
}
