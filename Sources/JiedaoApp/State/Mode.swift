import JiedaoCore
import TermCanvas

/// What the keyboard is talking to.
public enum Mode: Equatable, Sendable {
    case browse
    /// `/`: incremental search in the current pane.
    case search(TextField)
    /// `:`: a command line.
    case command(TextField)
    /// Adding or editing a record.
    case form(FormState)
    /// A yes/no question (delete).
    case confirm(Confirmation)
    /// `?`: the help screen, scrolled.
    case help(offset: Int)
    /// `f`: choose a value of the current column to filter by.
    case filter(FilterPicker)
    /// Enter on a record in a small window: its details full screen.
    case detail(offset: Int)
    /// Pick from a list (dispatch target, evaluation, ...), then run an action.
    case pick(Picker)
    /// The audit trail: who changed what, when.
    case audit(AuditView)
    /// The note of an appeal's step (a reason, the handling result), asked for after its key.
    case note(NoteForm)
}

/// The words of a step of the closed loop, asked for before the step is sent: required for
/// 退单, 办结 and 延期 (when the data set requires notes), optional otherwise.
public struct NoteForm: Equatable, Sendable {
    public var title: Bilingual
    /// What to write, shown above the field.
    public var prompt: Bilingual
    /// Why Enter was refused, if it was.
    public var error: Bilingual?
    public var field = TextField()
    /// The message when the note is left empty, or nil when it may be.
    public var requirement: Bilingual?
    /// The steps to send, with empty notes (one per marked row).
    public var edits: [Edit]

    public init(title: Bilingual, prompt: Bilingual, requirement: Bilingual?, edits: [Edit]) {
        self.title = title
        self.prompt = prompt
        self.requirement = requirement
        self.edits = edits
    }

    /// The steps with the note written in.
    public func notedEdits() -> [Edit] {
        let note = String(field.value.drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
        return edits.map { edit in
            guard case .moveAppeal(let id, let version, let move, _) = edit else { return edit }
            return .moveAppeal(id, version: version, move, note: note)
        }
    }
}

extension Mode {
    /// Which rows of the bindings table apply now.
    public var inputMode: InputMode {
        switch self {
        case .browse: .browse
        case .search: .search
        case .command: .commandLine
        case .form: .form
        case .confirm: .confirm
        case .help: .help
        case .filter, .pick: .choice
        case .detail: .detail
        case .audit: .audit
        case .note: .note
        }
    }
}

/// A question the user must answer before an edit goes ahead.
public struct Confirmation: Equatable, Sendable {
    public var title: Bilingual
    public var message: Bilingual
    public var edit: Edit
    public var selected = 1

    public init(title: Bilingual, message: Bilingual, edit: Edit) {
        self.title = title
        self.message = message
        self.edit = edit
    }

    /// y goes ahead, Enter takes the button selected (No at first), Tab moves between the
    /// buttons, Esc leaves.
    public func reduce(_ command: Command?) -> ModeStep<Confirmation, Edit> {
        switch command {
        case .yes?: return .finish(edit)
        case .choose?: return selected == 0 ? .finish(edit) : .leave
        case .toggleButton?:
            var next = self
            next.selected = 1 - selected
            return .stay(next)
        case .cancel?: return .leave
        default: return .stay(self)
        }
    }
}

/// The distinct values of a column, to filter by one.
public struct FilterPicker: Equatable, Sendable {
    public var column: ColumnID
    /// The filters to choose from, one per distinct value.
    public var chips: [FilterChip]
    /// How the values read, in the language the picker opened in.
    public var values: [String]
    public var cursor = 0
    /// Values marked with Space, to filter by any of them.
    public var marked: Set<Int> = []

    public init(column: ColumnID, chips: [FilterChip], language: Language) {
        self.column = column
        self.chips = chips
        values = chips.map { $0.label.text(language) }
    }

    /// j / k move, Space marks a value, Enter filters by the marked values (or the one under
    /// the cursor when none is marked), Esc leaves.
    public func reduce(_ command: Command?) -> ModeStep<FilterPicker, FilterChip> {
        var next = self
        switch command {
        case .moveDown?: next.cursor = min(cursor + 1, max(0, values.count - 1))
        case .moveUp?: next.cursor = max(0, cursor - 1)
        case .mark?:
            guard chips.indices.contains(cursor) else { break }
            if next.marked.remove(cursor) == nil { next.marked.insert(cursor) }
            next.cursor = min(cursor + 1, max(0, values.count - 1))
        case .choose?:
            if !marked.isEmpty { return .finish(FilterChip(anyOf: marked.sorted().map { chips[$0] })) }
            return chips.indices.contains(cursor) ? .finish(chips[cursor]) : .leave
        case .cancel?: return .leave
        default: break
        }
        return .stay(next)
    }
}

/// A list of options; choosing one makes the edits stored with it (one per marked row).
public struct Picker: Equatable, Sendable {
    public var title: Bilingual
    public var options: [(label: String, edits: [Edit])]
    public var cursor = 0
    /// Choosing asks for the step's note (``NoteForm``) before sending (延期: its reason).
    public var asksForNote = false

    public init(title: Bilingual, options: [(label: String, edits: [Edit])], cursor: Int = 0) {
        self.title = title
        self.options = options
        self.cursor = cursor
    }

    /// A list whose every option makes a single edit.
    public init(title: Bilingual, single options: [(label: String, edit: Edit)], cursor: Int = 0) {
        self.init(title: title, options: options.map { (label: $0.label, edits: [$0.edit]) }, cursor: cursor)
    }

    /// j / k move, Enter chooses the option (its edits), Esc leaves.
    public func reduce(_ command: Command?) -> ModeStep<Picker, [Edit]> {
        var next = self
        switch command {
        case .moveDown?: next.cursor = min(cursor + 1, max(0, options.count - 1))
        case .moveUp?: next.cursor = max(0, cursor - 1)
        case .choose?: return options.indices.contains(cursor) ? .finish(options[cursor].edits) : .leave
        case .cancel?: return .leave
        default: break
        }
        return .stay(next)
    }

    public static func == (lhs: Picker, rhs: Picker) -> Bool {
        lhs.title == rhs.title && lhs.cursor == rhs.cursor && lhs.asksForNote == rhs.asksForNote && lhs.options.map(\.label) == rhs.options.map(\.label)
            && lhs.options.map(\.edits) == rhs.options.map(\.edits)
    }
}
