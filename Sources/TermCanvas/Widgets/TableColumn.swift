/// One column of a ``Table``: title, width and alignment.
///
/// ```swift
/// TableColumn("名称")                               // shares the free width
/// TableColumn("编号", width: .fixed(6))
/// TableColumn.numeric("数量")                        // right-aligned, 8 columns
/// TableColumn("地址", width: .min(10))               // at least 10, plus a share
/// ```
public struct TableColumn: Equatable, Sendable {
    public var title: String
    /// How wide the column is, as in ``Layout``: `.fixed`, `.fill`, `.min`, `.percent`.
    public var width: Layout.Constraint
    public var alignment: TextAlignment

    public init(_ title: String, width: Layout.Constraint = .fill, alignment: TextAlignment = .left) {
        self.title = title
        self.width = width
        self.alignment = alignment
    }

    /// A right-aligned column for numbers.
    public static func numeric(_ title: String, width: Layout.Constraint = .fixed(8)) -> TableColumn {
        TableColumn(title, width: width, alignment: .right)
    }
}
