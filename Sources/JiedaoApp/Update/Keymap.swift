import JiedaoCore
import TermCanvas

/// One key binding: the one table drives dispatch, the footer hints and the help screen.
public struct KeyBinding: Sendable {
    public let keys: [Key]
    public let command: Command
    public let help: Bilingual
    public let scope: BindingScope
    /// Shown in the footer when it applies.
    public let inFooter: Bool
    /// Changes data (refused in read-only mode with a message).
    public let edits: Bool
    /// The mode the binding belongs to.
    public let mode: InputMode
    /// For a `:` command: what is typed (`:w`, `:lang zh|en`); empty otherwise.
    public let typed: String
    /// How the footer names it, where the help's words are too long for one line.
    public let hint: Bilingual

    init(_ keys: [Key], _ command: Command, _ zh: String, _ en: String, _ scope: BindingScope = .everywhere,
         footer: Bool = false, edits: Bool = false, mode: InputMode = .browse, typed: String = "", hint: Bilingual? = nil) {
        self.keys = keys
        self.command = command
        help = Bilingual(zh: zh, en: en)
        self.scope = scope
        inFooter = footer
        self.edits = edits
        self.mode = mode
        self.typed = typed
        self.hint = hint ?? help
    }

    /// How the binding is written in help: its keys, or the command line.
    public var keyText: String { typed.isEmpty ? keys.map(\.name).joined(separator: " ") : typed }

    /// Whether the binding applies on `pane`.
    public func applies(to pane: Pane) -> Bool {
        switch scope {
        case .everywhere: true
        case .lists: pane != .summary
        case .records: pane.listsRecords
        case .pane(let only): only == pane
        }
    }
}

/// The dashboard's bindings: browsing, then every other mode and the `:` commands.
public enum Keymap {
    /// Every row, in help order.
    public static let bindings: [KeyBinding] = browsing + ModeKeymap.bindings

    /// The browse mode's rows.
    static let browsing: [KeyBinding] = [
        KeyBinding([.character("j"), .down], .moveDown, "下移", "Down", .lists),
        KeyBinding([.character("k"), .up], .moveUp, "上移", "Up", .lists),
        KeyBinding([.character("h"), .left], .columnLeft, "左一列", "Column left", .records),
        KeyBinding([.character("l"), .right], .columnRight, "右一列", "Column right", .records),
        KeyBinding([.pageDown], .pageDown, "下一页", "Page down", .lists),
        KeyBinding([.pageUp], .pageUp, "上一页", "Page up", .lists),
        KeyBinding([.control("d")], .halfPageDown, "下半页", "Half page down", .lists),
        KeyBinding([.control("u")], .halfPageUp, "上半页", "Half page up", .lists),
        KeyBinding([.character("g"), .home], .top, "到开头", "First row", .lists),
        KeyBinding([.character("G"), .end], .bottom, "到末尾", "Last row", .lists),
        KeyBinding([.tab], .nextPane, "下一栏", "Next pane"),
        KeyBinding([.backTab], .previousPane, "上一栏", "Previous pane"),
    ] + paneKeys + [
        KeyBinding([.enter], .drillDown, "进入", "Open", .lists, footer: true),
        KeyBinding([.escape, .backspace], .back, "返回（先恢复 / 缩小的列表）", "Back (first undoes a / narrowing)"),
        KeyBinding([.character("/")], .search, "搜索", "Search", .records, footer: true),
        KeyBinding([.character("n")], .searchNext, "下一个匹配", "Next match", .records),
        KeyBinding([.character("N")], .searchPrevious, "上一个匹配", "Previous match", .records),
        KeyBinding([.character("f")], .filter, "按列筛选", "Filter by column", .records, footer: true),
        KeyBinding([.character("F")], .clearFilter, "去掉最后一个筛选", "Remove last filter", .records),
        KeyBinding([.character("s")], .sortAscending, "升序", "Sort ascending", .records),
        KeyBinding([.character("S")], .sortDescending, "降序", "Sort descending", .records),
        KeyBinding([.character("l"), .right], .summaryColumnRight, "按下一列排序", "Sort by the next column", .pane(.summary)),
        KeyBinding([.character("h"), .left], .summaryColumnLeft, "按上一列排序", "Sort by the previous column", .pane(.summary)),
        KeyBinding([.character("s"), .character("S")], .summaryFlip, "切换升序/降序", "Flip the sort order", .pane(.summary)),
        KeyBinding([.character("a")], .add, "新增", "Add", .records, footer: true, edits: true),
        KeyBinding([.character("e")], .edit, "编辑", "Edit", .records, footer: true, edits: true),
        KeyBinding([.character("d")], .delete, "删除", "Delete", .records, edits: true),
        KeyBinding([.character("u")], .undo, "撤销", "Undo", footer: true, edits: true),
        KeyBinding([.control("r")], .redo, "重做", "Redo", edits: true),
        KeyBinding([.character("v")], .reveal, "显示个人信息", "Reveal personal data", .records, edits: true),
        KeyBinding([.character("D")], .dispatch, "分拨", "Dispatch", .pane(.appeals), footer: true, edits: true),
        KeyBinding([.character("A")], .accept, "签收", "Accept", .pane(.appeals), footer: true, edits: true),
        KeyBinding([.character("B")], .giveBack, "退单", "Give back", .pane(.appeals), footer: true, edits: true),
        KeyBinding([.character("O")], .supervise, "督办（督导、管理员）", "Supervise (supervisors, admins)", .pane(.appeals), footer: true, edits: true,
                   hint: Bilingual(zh: "督办", en: "Supervise")),
        KeyBinding([.character("X")], .extend, "延期（申请；督导、管理员审批）", "Extend (request; supervisors and admins decide)", .pane(.appeals), footer: true, edits: true,
                   hint: Bilingual(zh: "延期", en: "Extend")),
        KeyBinding([.character("C")], .contact, "首次联系诉求人", "First contact with the resident", .pane(.appeals), footer: true, edits: true,
                   hint: Bilingual(zh: "联系", en: "Contact")),
        KeyBinding([.character("Z")], .suspend, "挂起 / 恢复办理", "Suspend / resume", .pane(.appeals), footer: true, edits: true,
                   hint: Bilingual(zh: "挂起", en: "Suspend")),
        KeyBinding([.character("R")], .resolve, "办结", "Resolve", .pane(.appeals), footer: true, edits: true),
        KeyBinding([.character("E")], .evaluate, "回访（评价、未接通、拒评）", "Callback (evaluation, not reached, declined)", .pane(.appeals), footer: true, edits: true,
                   hint: Bilingual(zh: "回访", en: "Callback")),
        KeyBinding([.character("U")], .urge, "催办（超期催办、群众催办）", "Urge (overdue, or the resident called again)", .pane(.appeals), footer: true, edits: true,
                   hint: Bilingual(zh: "催办", en: "Urge")),
        KeyBinding([.character("W")], .withdraw, "撤销诉求", "Withdraw", .pane(.appeals), footer: true, edits: true),
        KeyBinding([.character(" ")], .mark, "标记/取消标记", "Mark / unmark", .records),
        KeyBinding([.character("t")], .triage, "分诊排序", "Triage order", .pane(.appeals), footer: true),
        KeyBinding([.character("M")], .merge, "合并重复件", "Merge duplicate", .pane(.appeals), edits: true),
        KeyBinding([.character("P")], .projectFromAppeals, "由诉求建微实事", "Project from appeals", .pane(.appeals), edits: true),
        KeyBinding([.character("b")], .behind, "本季未服务党员", "Members behind this quarter", .pane(.volunteers), footer: true),
        KeyBinding([.character("L")], .logService, "登记服务", "Log a service", .pane(.volunteers), footer: true, edits: true),
        KeyBinding([.character("V")], .deliberate, "评议", "Deliberate", .pane(.projects), footer: true, edits: true),
        KeyBinding([.character("P")], .approve, "确定", "Approve", .pane(.projects), footer: true, edits: true),
        KeyBinding([.character("I")], .implement, "实施", "Implement", .pane(.projects), footer: true, edits: true),
        KeyBinding([.character("C")], .acceptProject, "验收", "Accept", .pane(.projects), footer: true, edits: true),
        KeyBinding([.character("J")], .rejectProject, "否决", "Reject", .pane(.projects), footer: true, edits: true),
        KeyBinding([.character("H")], .audit, "修改记录（审计）", "Audit trail"),
        KeyBinding([.character("y")], .recordHistory, "本条记录的修改历史", "History of this record", .records),
        KeyBinding([.character(":")], .commandLine, "命令", "Command"),
        KeyBinding([.character("?")], .help, "帮助", "Help", footer: true),
        KeyBinding([.character("q"), .control("c")], .quit, "退出", "Quit", footer: true),
    ]

    /// 1–9 and then 0 open the first ten panes, in tab order; any further pane is reached with
    /// Tab and Shift-Tab (the tab bar shows ‹ › where panes are hidden).
    static let paneKeys: [KeyBinding] = Pane.allCases.prefix(10).enumerated().map { index, pane in
        KeyBinding([.character(Character(String((index + 1) % 10)))], .pane(pane.rawValue), pane.title.zh, pane.title.en)
    }

    /// The browse-mode binding for `key` on `pane`.
    public static func binding(for key: Key, on pane: Pane) -> KeyBinding? {
        browsing.first { $0.keys.contains(key) && $0.applies(to: pane) }
    }

    /// What `key` does in `mode` (other than browsing), if the table says.
    public static func command(for key: Key, in mode: InputMode) -> Command? {
        ModeKeymap.bindings.first { $0.mode == mode && $0.keys.contains(key) }?.command
    }

    /// The first key bound to `command` in `mode` (on `pane`, when given): how end-to-end
    /// tests press a key by its binding's name rather than by a letter that may move.
    public static func key(for command: Command, in mode: InputMode = .browse, on pane: Pane? = nil) -> Key? {
        bindings.first { $0.command == command && $0.mode == mode && (pane.map($0.applies(to:)) ?? true) && $0.typed.isEmpty }?.keys.first
    }

    /// The bindings the footer may hint at on `pane`: the pane's own first (its steps), then `?`
    /// (so help shows however narrow the screen), then the rest, each in table order. The screen
    /// drops the steps the selected record does not allow.
    public static func footer(for pane: Pane) -> [KeyBinding] {
        let shown = browsing.filter { $0.inFooter && $0.applies(to: pane) }
        func isOwn(_ binding: KeyBinding) -> Bool { if case .pane = binding.scope { true } else { false } }
        let help = shown.filter { $0.command == .help }
        return shown.filter(isOwn) + help + shown.filter { !isOwn($0) && $0.command != .help }
    }
}
