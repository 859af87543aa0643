/// What a mode's own reducer made of a key: stay in the mode with its new state, leave it,
/// or leave with a result the dashboard acts on (the chosen filter, the edits of an option).
///
/// Each mode's sub-state (``AuditView``, ``FilterPicker``, ``Picker``, ``Confirmation``, a scroll
/// offset) reduces its own keys without seeing the rest of ``AppState``; the dashboard's reducer
/// only routes the key and acts on the step.
public enum ModeStep<State, Result> {
    case stay(State)
    case leave
    case finish(Result)
}

extension ModeStep: Equatable where State: Equatable, Result: Equatable {}
extension ModeStep: Sendable where State: Sendable, Result: Sendable {}

/// The help screen and the full-screen detail: a scroll offset and nothing else.
public enum ScrollView {
    /// j / k and the page keys scroll by one line or a page of `page` lines; any other key closes.
    public static func reduce(_ offset: Int, _ command: Command?, page: Int) -> ModeStep<Int, Never> {
        switch command {
        case .moveDown?: .stay(offset + 1)
        case .moveUp?: .stay(max(0, offset - 1))
        case .pageDown?: .stay(offset + max(1, page))
        case .pageUp?: .stay(max(0, offset - max(1, page)))
        default: .leave
        }
    }
}
