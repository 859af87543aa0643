import TermCanvas

/// The rows of the bindings table for every mode but browsing, and the `:` commands:
/// the modes' handlers dispatch through these rows, and `?` lists them.
enum ModeKeymap {
    static let bindings: [KeyBinding] = form + choice + confirm + note + search + commandLine + audit + detail + help

    private static let form: [KeyBinding] = [
        KeyBinding([.enter], .choose, "保存", "Save", mode: .form),
        KeyBinding([.escape], .cancel, "取消（有未保存内容时先询问）", "Cancel (asks first over unsaved input)", mode: .form),
        KeyBinding([.tab, .down], .nextField, "下一项", "Next field", mode: .form),
        KeyBinding([.backTab, .up], .previousField, "上一项", "Previous field", mode: .form),
        KeyBinding([.right, .character(" ")], .nextOption, "下一个选项（⇆ 项）", "Next option (⇆ fields)", mode: .form),
        KeyBinding([.left], .previousOption, "上一个选项（⇆ 项）", "Previous option (⇆ fields)", mode: .form),
        KeyBinding([.control("c")], .quit, "退出（有未保存内容时先询问）", "Quit (asks first over unsaved input)", mode: .form),
    ]

    private static let choice: [KeyBinding] = [
        KeyBinding([.character("j"), .down], .moveDown, "下移", "Down", mode: .choice),
        KeyBinding([.character("k"), .up], .moveUp, "上移", "Up", mode: .choice),
        KeyBinding([.enter], .choose, "选定", "Choose", mode: .choice),
        KeyBinding([.character(" ")], .mark, "筛选时标记多个值", "Mark several values (filters)", mode: .choice),
        KeyBinding([.escape, .character("q")], .cancel, "取消", "Cancel", mode: .choice),
    ]

    private static let confirm: [KeyBinding] = [
        KeyBinding([.character("y"), .character("Y")], .yes, "确定", "Yes", mode: .confirm),
        KeyBinding([.enter], .choose, "按所选按钮", "The selected button", mode: .confirm),
        KeyBinding([.left, .right, .tab, .character("h"), .character("l")], .toggleButton, "切换按钮", "Other button", mode: .confirm),
        KeyBinding([.escape, .character("n"), .character("N"), .character("q")], .cancel, "取消", "No", mode: .confirm),
    ]

    private static let note: [KeyBinding] = [
        KeyBinding([.enter], .choose, "确定（必填的须先填写）", "OK (a required note must be written)", mode: .note),
        KeyBinding([.escape], .cancel, "取消，不作修改", "Cancel; nothing changes", mode: .note),
    ]

    private static let search: [KeyBinding] = [
        KeyBinding([.enter], .choose, "保留缩小后的列表", "Keep the narrowed list", mode: .search),
        KeyBinding([.escape], .cancel, "恢复整个列表", "Bring the whole list back", mode: .search),
    ]

    private static let commandLine: [KeyBinding] = [
        KeyBinding([.enter], .choose, "执行", "Run", mode: .commandLine),
        KeyBinding([.escape], .cancel, "取消", "Cancel", mode: .commandLine),
        line(":w", "写入快照", "write a snapshot"),
        line(":q", "退出", "quit"),
        line(":wq", "写入并退出", "write and quit"),
        line(":theme NAME", "切换配色（default light high-contrast mono）", "switch theme (default light high-contrast mono)"),
        line(":lang zh|en", "切换语言", "switch language"),
        line(":ascii", "只用 ASCII 字符画线", "draw with ASCII only"),
        line(":export FILE", "导出当前视图（.csv，或 .xlsx 工作簿）", "export the current view (.csv, or an .xlsx workbook)"),
        line(":votes F A / :score N", "记录议事会票数 / 验收评分", "record council votes / acceptance score"),
        line(":report [YYYY-MM] FILE", "写出月报（.md 或 .csv）", "write the monthly report (.md or .csv)"),
        line(":eval S E A F", "四项回访评价（1满意 2基本满意 3不满意）", "four-part evaluation (1 satisfied, 2 basically, 3 dissatisfied)"),
        line(":kpi DIM [month|year|FROM TO]", "按社区/小区/类别/渠道/部门看指标", "KPIs by community, compound, category, channel or department"),
        line(":limits / :limit C U 5d", "查看 / 修改办理时限（管理员）", "show / change time limits (admin)"),
        line(":view [save|delete] NAME", "打开 / 保存 / 删除视图（:view 列出）", "open / save / delete a view (:view lists them)"),
        line(":help", "按键帮助", "this help"),
    ]

    private static let audit: [KeyBinding] = [
        KeyBinding([.character("j"), .down], .moveDown, "下移", "Down", mode: .audit),
        KeyBinding([.character("k"), .up], .moveUp, "上移", "Up", mode: .audit),
        KeyBinding([.pageDown, .control("d")], .pageDown, "下一页", "Page down", mode: .audit),
        KeyBinding([.pageUp, .control("u")], .pageUp, "上一页", "Page up", mode: .audit),
        KeyBinding([.character("u")], .byUser, "只看此人 / 全部", "This author only / everyone", mode: .audit),
        KeyBinding([.character("r")], .byRecord, "只看此记录 / 全部", "This record only / all records", mode: .audit),
    ]

    private static let detail: [KeyBinding] = [
        KeyBinding([.character("j"), .down], .moveDown, "下移", "Down", mode: .detail),
        KeyBinding([.character("k"), .up], .moveUp, "上移", "Up", mode: .detail),
    ]

    private static let help: [KeyBinding] = [
        KeyBinding([.character("j"), .down], .moveDown, "下移", "Down", mode: .help),
        KeyBinding([.character("k"), .up], .moveUp, "上移", "Up", mode: .help),
        KeyBinding([.pageDown, .control("d"), .character(" ")], .pageDown, "下一页", "Page down", mode: .help),
        KeyBinding([.pageUp, .control("u")], .pageUp, "上一页", "Page up", mode: .help),
    ]

    private static func line(_ typed: String, _ zh: String, _ en: String) -> KeyBinding {
        KeyBinding([], .line, zh, en, mode: .commandLine, typed: typed)
    }
}
