import JiedaoCore

/// The things a key can do; the keymap maps keys to these.
public enum Command: Hashable, Sendable {
    case moveDown, moveUp, pageDown, pageUp, halfPageDown, halfPageUp, top, bottom
    case columnLeft, columnRight, nextPane, previousPane, pane(Int)
    case drillDown, back, search, searchNext, searchPrevious, filter, clearFilter
    case sortAscending, sortDescending, summaryColumnLeft, summaryColumnRight, summaryFlip
    case add, edit, delete, undo, redo, commandLine, help, quit, reveal, audit, recordHistory
    // Appeals' closed loop.
    case dispatch, accept, giveBack, extend, resolve, evaluate, urge, withdraw, mark, triage, merge, projectFromAppeals
    // Volunteers.
    case behind, logService
    // Micro-projects.
    case deliberate, approve, implement, acceptProject, rejectProject
}

/// Where a binding applies.
public enum BindingScope: Hashable, Sendable {
    /// Every browsing pane.
    case everywhere
    /// Panes with a list of records.
    case lists
    case pane(Pane)
}
