import JiedaoCore

/// The things a key can do; the keymap maps keys to these.
public enum Command: Hashable, Sendable {
    case moveDown, moveUp, pageDown, pageUp, halfPageDown, halfPageUp, top, bottom
    case columnLeft, columnRight, nextPane, previousPane, pane(Int)
    case drillDown, back, search, searchNext, searchPrevious, filter, clearFilter
    case sortAscending, sortDescending, summaryColumnLeft, summaryColumnRight, summaryFlip
    case add, edit, delete, undo, redo, commandLine, help, quit, reveal, audit, recordHistory
    // Appeals' closed loop.
    case dispatch, accept, giveBack, extend, resolve, evaluate, urge, supervise, withdraw, contact, suspend, mark, triage, merge, projectFromAppeals
    // Volunteers.
    case behind, logService
    // Micro-projects.
    case deliberate, approve, implement, acceptProject, rejectProject
    // In forms, lists to choose from, questions and the audit view.
    case choose, cancel, yes, toggleButton, nextField, previousField, nextOption, previousOption, byUser, byRecord
    /// A `:` command line (its word is the binding's ``KeyBinding/typed``).
    case line
}

/// What the keyboard is talking to, for the bindings table: one mode per ``Mode`` case
/// (the filter and pick lists share one).
public enum InputMode: Hashable, Sendable, CaseIterable {
    case browse, form, choice, confirm, note, search, commandLine, audit, detail, help

    /// The section title in the help screen.
    public var title: Bilingual {
        switch self {
        case .browse: Bilingual(zh: "列表", en: "Lists")
        case .form: Bilingual(zh: "表单", en: "Forms")
        case .choice: Bilingual(zh: "选择列表（分拨、延期、筛选等）", en: "Choosing from a list (dispatch, extend, filter and others)")
        case .confirm: Bilingual(zh: "确认", en: "Questions")
        case .note: Bilingual(zh: "办理意见", en: "Notes on a step")
        case .search: Bilingual(zh: "搜索（/）", en: "Search (/)")
        case .commandLine: Bilingual(zh: "命令（按 : 输入）", en: "Commands (type :)")
        case .audit: Bilingual(zh: "修改记录", en: "Audit trail")
        case .detail: Bilingual(zh: "详情（其他键关闭）", en: "Details (other keys close)")
        case .help: Bilingual(zh: "帮助（其他键关闭）", en: "Help (other keys close)")
        }
    }
}

/// Where a binding applies.
public enum BindingScope: Hashable, Sendable {
    /// Every browsing pane.
    case everywhere
    /// Panes with a list to move in: the record lists and Today.
    case lists
    /// Panes that list records (not Today or the summary): columns, search, filters, edits.
    case records
    case pane(Pane)
}
