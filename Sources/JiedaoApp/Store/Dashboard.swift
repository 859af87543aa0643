import JiedaoCore
import TermCanvas

/// The dashboard's one interpreter: it runs the reducer and carries out its effects through
/// a ``DataStore``. The program's loop only reads input, hands it to ``send(_:)``, draws
/// ``state`` with ``theme`` and waits; the tests drive the same code with ``MemoryStore``.
///
/// ```swift
/// var dashboard = Dashboard(state: state, store: MemoryStore(clock: now), theme: .builtinDefault)
/// dashboard.send(.key(.character("4")))
/// ```
public struct Dashboard<Store: DataStore> {
    /// The app state; only the reducer and this interpreter change it.
    public private(set) var state: AppState
    public private(set) var store: Store
    /// The theme to draw with (`:theme` changes it).
    public private(set) var theme: Theme
    /// False once the user quit.
    public private(set) var isRunning = true

    public init(state: AppState, store: Store, theme: Theme) {
        self.state = state
        self.store = store
        self.theme = theme
    }

    /// Runs one action through the reducer and performs what it asks for.
    public mutating func send(_ action: AppAction) {
        perform(update(&state, action))
    }

    /// Takes in what others appended; the dashboard keeps the user's place.
    public mutating func followStore() {
        do {
            let notes = try store.catchUp(&state.registry)
            tellWarnings()
            if store.takeReplacement() { send(.dataReplaced) }
            guard !notes.isEmpty else { return }
            send(.externalChange(notes))
        } catch {
            send(.failed(error.message))
        }
    }

    /// Takes in the narrowings the store finished off the UI thread (the program's loop calls
    /// this between keys, at least ten times a second); while one still runs, its spinner turns.
    public mutating func collectSearches() {
        for result in store.finishedSearches() { send(.searchFinished(result)) }
        if state.runningSearch != nil { send(.spin) }
    }

    /// Changes the store itself, for tests that play another process or a failing disk.
    public mutating func withStore(_ body: (inout Store) -> Void) {
        body(&store)
    }

    /// Carries out effects as if the reducer had asked for them (benchmarks and tests submit
    /// edits this way without typing them into a form).
    public mutating func perform(_ effects: [Effect]) {
        for effect in effects { perform(effect) }
    }

    private mutating func perform(_ effect: Effect) {
        switch effect {
        case .submit(let edit, let origin):
            submit([edit], origin)
        case .submitBatch(let edits, let origin):
            submit(edits, origin)
        case .save:
            do {
                try store.compact(&state.registry, author: state.login, at: store.now())
                send(.saved)
            } catch {
                send(.failed(error.message))
            }
        case .quit:
            isRunning = false
        case .setTheme(let name):
            do {
                theme = try store.loadTheme(name)
                send(.themeChanged(name))
            } catch {
                send(.failed(Bilingual(zh: "无法载入配色：\(error.message.zh)", en: "Cannot load theme: \(error.message.en)")))
            }
        case .loadAudit:
            do {
                send(.auditLoaded(try store.auditTrail().flatMap(auditRows)))
            } catch {
                send(.failed(error.message))
            }
        case .search(let job):
            store.startSearch(job)
            collectSearches()
        case .findPhone(let community, let phone):
            do {
                send(.phoneMatched(PhoneMatches(community: community, phone: phone,
                                                appeals: try store.openAppeals(withPhone: phone, community: community))))
            } catch {
                // No hint by phone this time; the form and what was typed stay.
                send(.notice(error.message))
            }
        case .remember(let preferences):
            do {
                try store.rememberPreferences(preferences)
            } catch {
                send(.failed(Bilingual(zh: "未能记住设置：\(error.message.zh)", en: "Could not remember the setting: \(error.message.en)")))
            }
        case .writeText(let path, let text):
            write(Array(text.utf8), to: path, personal: false, done: Bilingual(zh: "已写出 \(path)", en: "Wrote \(path)"))
        case .export(let path):
            // The view may show revealed personal data: the file is for its owner only.
            let done = Bilingual(zh: "已导出到 \(path)", en: "Exported to \(path)")
            if path.lowercased().hasSuffix(".xlsx") {
                do {
                    try store.writeWorkbook(state.currentViewWorkbook(), to: path, personal: true)
                    send(.notice(done))
                } catch {
                    send(.failed(error.message))
                }
            } else {
                write(Array(state.currentViewCSV().utf8), to: path, personal: true, done: done)
            }
        }
    }

    /// Journals one edit or a batch; each part reports back, or the refused one does.
    private mutating func submit(_ edits: [Edit], _ origin: EditOrigin) {
        guard let first = edits.first else { return }
        // Take in others' edits first, so a conflict can name who changed the record and when.
        followStore()
        do {
            let applied = try store.append(EditBatch(edits), to: &state.registry, by: state.user, login: state.login, at: store.now())
            // The first edit is the one the user made; the rest of a batch follow from it.
            for (index, (edit, result)) in zip(applied.edits, applied.results).enumerated() {
                send(.editApplied(edit, result, index == 0 ? origin : .quick))
            }
        } catch {
            let refused = error.part.flatMap { edits.indices.contains($0) ? edits[$0] : nil } ?? first
            send(.editRefused(refused, error.refusal, error.message, origin))
        }
        tellWarnings()
    }

    private mutating func write(_ bytes: [UInt8], to path: String, personal: Bool, done: Bilingual) {
        do {
            try store.write(bytes, to: path, personal: personal)
            send(.notice(done))
        } catch {
            send(.failed(error.message))
        }
    }

    private mutating func tellWarnings() {
        for warning in store.takeWarnings() { send(.notice(warning)) }
    }

    /// A change as rows of the audit view: a batch shows as its parts under its sequence number.
    private func auditRows(_ change: ChangeRecord) -> [AuditRow] {
        let registry = state.registry
        let who = change.user >= 0 ? registry.name(of: RecordRef(.user, change.user)) : change.login
        return change.edits.enumerated().map { index, edit in
            AuditRow(sequence: change.sequence, time: change.time, login: change.login, who: who, record: edit.target,
                     what: state.interfaceWords(EditDescription.describe(edit, registry: registry, inverse: index < change.inverses.count ? change.inverses[index] : nil)))
        }
    }
}
