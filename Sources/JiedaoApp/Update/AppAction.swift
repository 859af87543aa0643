import JiedaoCore
import TermCanvas

/// Everything that can happen to the dashboard.
public enum AppAction: Sendable {
    case key(Key)
    case mouse(MouseEvent)
    case resize(width: Int, height: Int)
    /// Time moved on (figures such as overdue change without edits).
    case tick(now: Int64)
    /// Other processes' edits were applied to the registry by the runtime.
    case externalChange([ChangeNote])
    /// The store replaced the whole data set (a data server's fresh copy after a reconnect).
    case dataReplaced
    /// The store journaled and applied an edit this dashboard asked for.
    case editApplied(Edit, AppliedEdit, EditOrigin)
    /// The store refused it; nothing changed.
    case editRefused(Edit, EditError?, Bilingual, EditOrigin)
    case saved
    case failed(Bilingual)
    /// Something worth telling that is not an error ("exported to …").
    case notice(Bilingual)
    /// The audit trail the runtime read, oldest first.
    case auditLoaded([AuditRow])
    /// `:theme` loaded this theme (by name or path).
    case themeChanged(String)
    /// A narrowing run off the UI thread finished (a stale one, overtaken by a later key, is dropped).
    case searchFinished(SearchResult)
    /// Time passed while a narrowing runs: the spinner in the count line turns.
    case spin
    /// The data server said which open appeals have the phone typed into a new appeal's form.
    case phoneMatched(PhoneMatches)
}

/// An edit someone made, as the dashboard tells of it.
public struct ChangeNote: Equatable, Sendable {
    public var login: String
    public var time: Int64
    public var edit: Edit

    public init(login: String, time: Int64, edit: Edit) {
        self.login = login
        self.time = time
        self.edit = edit
    }
}

/// Where an edit came from, so its answer lands in the right place.
public enum EditOrigin: Equatable, Sendable {
    case form, quick, undo, redo, reveal
}

/// What update asks the runtime to do: plain data, performed outside the reducer.
public enum Effect: Equatable, Sendable {
    /// Journal and apply an edit, then report back with editApplied / editRefused.
    case submit(Edit, EditOrigin)
    /// Journal and apply several edits as one change, all or nothing (``EditBatch``); each part
    /// reports back with editApplied (the first with `origin`, the rest as quick edits), or the
    /// refused part with editRefused.
    case submitBatch([Edit], EditOrigin)
    /// Write a snapshot now (`:w`).
    case save
    case quit
    /// Switch to a theme by name or path.
    case setTheme(String)
    /// Export the current view (`:export FILE`).
    case export(path: String)
    /// Read the audit trail (journal and archive) and report it with auditLoaded.
    case loadAudit
    /// Write a text made here (the monthly report) to a file.
    case writeText(path: String, text: String)
    /// Keep the user's `:lang` and `:theme` for the next run.
    case remember(UserPreferences)
    /// Narrow a list off the UI thread; the answer comes back as ``AppAction/searchFinished(_:)``.
    case search(SearchJob)
    /// Ask the data server which open appeals of a community have a phone (the copy holds
    /// phones masked); the answer comes back as ``AppAction/phoneMatched(_:)``.
    case findPhone(community: Int32, phone: String)
}
