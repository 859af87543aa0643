import JiedaoCore
import TermCanvas

/// Everything the dashboard shows: the data and the state of the screen.
/// ``update(_:_:)`` changes it; ``render(_:)`` draws it.
///
/// Equatable, so a test can state the whole state an action leads to.
public struct AppState: Equatable, Sendable {
    /// The data set (the only copy in memory); only the reducer and ``Dashboard`` change it.
    public internal(set) var registry: Registry
    public var calendar: WorkCalendar
    /// The data directory's `holidays-YYYY.txt`, added to the data set's own notices whenever
    /// the settings (and so the notices) change.
    public internal(set) var holidayFiles: [HolidayData] = []
    /// The current time, moved on by ticks.
    public internal(set) var now: Int64
    public internal(set) var language: Language
    /// The OS login and the user it maps to (nil: unregistered, so read-only).
    public let login: String
    public internal(set) var user: UserID?
    /// Watch mode: the supervisor's read-only view that never writes.
    public let isWatchMode: Bool
    /// Name of the data set shown in the status line.
    public let dataName: String

    public internal(set) var pane: Pane = .communities
    public internal(set) var panes: [Pane: PaneState] = [:]
    public internal(set) var scope: [Scope] = []
    public internal(set) var mode: Mode = .browse
    public internal(set) var message: StatusMessage?
    /// A first Ctrl-C over unsaved form input asked for a second one.
    public internal(set) var isQuitArmed = false
    public internal(set) var size = ScreenSize(width: 80, height: 24)
    public internal(set) var history = UndoHistory()
    public internal(set) var revealed: Set<RecordRef> = []
    /// The last search, for n / N.
    public internal(set) var lastSearch = ""
    /// The record selected when `/` began, for Esc to return to.
    var searchOrigin: Int32?
    /// The newest narrowing sent off the UI thread, while it runs (the count line says so).
    public internal(set) var runningSearch: Int?
    /// How many narrowings have been sent off the UI thread, so each has its own token.
    var searchTokens = 0
    /// Which frame of the spinner the count line shows while a narrowing runs.
    public internal(set) var spinnerStep = 0
    /// Enter was pressed on a narrowing still running: when it comes back empty, say so.
    var choseRunningSearch: String?
    public internal(set) var themeName = "default"
    /// What `:lang` and `:theme` chose, remembered for the next run.
    public internal(set) var preferences = UserPreferences()
    public internal(set) var isASCII = false
    /// Edits waiting for the store's answer.
    public internal(set) var pendingEdits = 0
    /// How the summary pane's per-community table is sorted (column, direction); overdue first by default.
    public internal(set) var summarySort = TableSort(column: 2, direction: .descending)
    /// The record whose history the audit view opens on (nil: every edit).
    public internal(set) var auditRecordFilter: RecordRef?
    /// Appeals to link to the project being created from them.
    public internal(set) var pendingProjectLinks: [AppealID] = []
    /// Volunteers marked when `L` opened the service form: one activity is logged for each.
    public internal(set) var pendingServiceVolunteers: [Int32] = []
    /// Who changed what last (shown in the summary pane).
    public internal(set) var lastChange: LastChange?
    /// Who last changed each record this session saw change (for conflict messages).
    public internal(set) var lastEditor: [RecordRef: EditorStamp] = [:]

    // Figures that depend on the clock, refreshed when data or time moves rather than per frame.
    public internal(set) var overdueByCommunity: [Int: Int] = [:]
    public internal(set) var behindByCommunity: [Int: Int] = [:]
    public internal(set) var summaryFigures = SummaryFigures()
    public internal(set) var summary: Summary?
    public internal(set) var todayFigures = TodayFigures()

    /// `calendar` defaults to the data set's own (its added notices over the shipped ones) plus `holidayFiles`.
    public init(registry: Registry, login: String, language: Language, now: Int64, calendar: WorkCalendar? = nil, holidayFiles: [HolidayData] = [],
                watchMode: Bool = false, asciiGlyphs: Bool = false, dataName: String = "", preferences: UserPreferences = UserPreferences()) {
        self.registry = registry
        self.holidayFiles = holidayFiles
        self.calendar = calendar ?? registry.settings.workCalendar(adding: holidayFiles)
        self.login = login
        self.language = language
        self.now = now
        isWatchMode = watchMode
        isASCII = asciiGlyphs
        self.dataName = dataName
        self.preferences = preferences
        user = registry.user(login: login)
        for pane in Pane.allCases { panes[pane] = PaneState() }
        // A coordinator of one community starts in it (Esc goes up to the street).
        if let community = userCommunity { scope = [.community(community)] }
        // Supervisors start on the summary; coordinators and handlers on what to do today.
        pane = watchMode || registry.users.live(user ?? UserID(noReference))?.role == .supervisor ? .summary : .today
        refreshFigures(scanning: true)
        refreshRows()
        if user == nil, !watchMode {
            message = StatusMessage(Bilingual(zh: "用户“\(login)”未登记：只读打开，请联系管理员添加",
                                              en: "User “\(login)” is not registered: opened read-only; ask an admin to add you"), isError: true)
        }
    }

    /// The text in the user's language.
    public func tr(_ zh: String, _ en: String) -> String { language == .zh ? zh : en }

    /// The user's role, if registered.
    public var role: Role? { user.flatMap { registry.users.live($0)?.role } }

    /// A handler's department: their appeals pane and Today count only its appeals.
    public var handlerDepartment: DepartmentID? {
        guard let record = user.flatMap({ registry.users.live($0) }), record.role == .handler, record.department.raw >= 0 else { return nil }
        return record.department
    }

    /// The community a coordinator is limited to, if any: their lists open on it and Today counts it.
    public var userCommunity: CommunityID? {
        guard let record = user.flatMap({ registry.users.live($0) }), record.role == .coordinator, record.community.raw >= 0 else { return nil }
        return record.community
    }

    /// Whether the user may change anything at all.
    public var canEdit: Bool { !isWatchMode && (role?.canEdit ?? false) }

    /// The state of the current pane.
    public var current: PaneState { panes[pane] ?? PaneState() }

    /// What the columns need to show rows.
    public var rowContext: RowContext {
        var context = RowContext(registry: registry, language: language, now: now, calendar: calendar,
                                 revealed: isWatchMode ? [] : revealed, overdueByCommunity: overdueByCommunity, behindByCommunity: behindByCommunity,
                                 todayFigures: todayFigures)
        context.isASCII = isASCII
        return context
    }

    /// The selected record of the current pane.
    public var selectedRecord: RecordRef? {
        guard let kind = pane.kind, let id = current.selectedID else { return nil }
        return RecordRef(kind, id)
    }

    // MARK: - Derived figures

    /// Takes the clock-dependent figures from the trackers. The Today counts and the summary are
    /// made only while their pane shows (and when it is switched to), so an edit on a list pays
    /// for neither; `scanning` also counts the Today rows that need a pass over projects and
    /// compounds (after data changed, or on a new day).
    mutating func refreshFigures(scanning: Bool = false) {
        registry.advanceClock(to: now)
        overdueByCommunity = registry.overdueByCommunity(at: now)
        behindByCommunity = registry.volunteersBehindByCommunity(at: now)
        switch pane {
        case .today:
            let context = rowContext
            todayFigures.refreshRunning(context, community: userCommunity, department: handlerDepartment)
            if scanning { todayFigures.refreshScanned(context, community: userCommunity, department: handlerDepartment) }
        case .summary:
            // The KPI ledger behind the series is built the first time the pane shows (a city's
            // takes a few hundred milliseconds); once built, edits keep it current.
            registry.enableKPIs(calendar: calendar, at: now)
            if let ledger = registry.kpis { summaryFigures = SummaryFigures(registry: registry, ledger: ledger, now: now) }
            summary = registry.summary(at: now)
        default:
            break
        }
    }

    /// Recomputes the rows of every pane, keeping each selection on the same record where it still shows.
    mutating func refreshRows() {
        for pane in Pane.allCases where pane != .summary { recomputeRows(of: pane) }
    }

    mutating func recomputeRows(of pane: Pane) {
        guard let state = panes[pane] else { return }
        let query = RowQuery(pane: pane, scope: scope, filters: state.filters, sort: state.sort, search: state.search, preset: state.preset, department: handlerDepartment)
        let result = query.run(rowContext)
        setRows(result.rows, total: result.total, of: pane)
    }

    /// Moves the given appeals to where the appeals pane's order now puts them (or out of it),
    /// leaving every other row in place.
    mutating func replaceAppeals(_ ids: [Int32]) {
        guard let state = panes[.appeals] else { return }
        let query = RowQuery(pane: .appeals, scope: scope, filters: state.filters, sort: state.sort, search: state.search, preset: state.preset, department: handlerDepartment)
        let context = rowContext
        var rows = state.rows
        for id in Set(ids) {
            if let index = rows.firstIndex(of: id) { rows.remove(at: index) }
            if query.includes(id, context) { rows.insert(id, at: query.insertionIndex(of: id, in: rows, context)) }
        }
        setRows(rows, total: query.scopedTotal(registry), of: .appeals)
    }

    /// Stores a pane's rows, keeping the selection on the same record where it still shows.
    mutating func setRows(_ rows: [Int32], total: Int, of pane: Pane) {
        guard var state = panes[pane] else { return }
        let selected = state.selectedID
        state.rows = rows
        state.total = total
        if let selected, let index = state.rows.firstIndex(of: selected) {
            state.cursor = index
        } else {
            state.moveCursor(to: state.cursor)
        }
        state.isStale = false
        let height = ScreenLayout(width: size.width, height: size.height, pane: pane).list.height - 1
        state.offset = Table.firstVisibleRow(cursor: state.cursor, previousOffset: state.offset, visibleHeight: height, rowCount: state.rows.count)
        panes[pane] = state
    }

    mutating func withPane(_ body: (inout PaneState) -> Void) {
        var state = panes[pane] ?? PaneState()
        body(&state)
        // Keep the cursor on screen, scrolling as little as possible.
        let height = ScreenLayout(width: size.width, height: size.height, pane: pane).list.height - 1
        state.offset = Table.firstVisibleRow(cursor: state.cursor, previousOffset: state.offset, visibleHeight: height, rowCount: state.rows.count)
        panes[pane] = state
    }
}

/// A line in the status bar.
public struct StatusMessage: Equatable, Sendable {
    public var text: Bilingual
    public var isError: Bool

    public init(_ text: Bilingual, isError: Bool = false) {
        self.text = text
        self.isError = isError
    }
}

/// The terminal's size in cells.
public struct ScreenSize: Equatable, Sendable {
    public var width: Int
    public var height: Int

    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }
}

/// Who changed a record last, and when.
public struct EditorStamp: Equatable, Sendable {
    public var login: String
    public var time: Int64
}

/// "Last change: who, what, when".
public struct LastChange: Equatable, Sendable {
    public var who: String
    public var what: Bilingual
    public var when: Int64
}
