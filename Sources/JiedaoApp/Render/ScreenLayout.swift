import TermCanvas

/// Where each part of the dashboard goes for a window size.
public struct ScreenLayout: Equatable, Sendable {
    /// Below this the dashboard shows "window too small".
    public static let minimumWidth = 40
    public static let minimumHeight = 12

    public let tabs: Rect
    public let crumbs: Rect
    public let list: Rect
    /// Empty when the detail panel does not fit (Enter shows it full screen).
    public let detail: Rect
    public let status: Rect
    public let footer: Rect
    public let isTooSmall: Bool

    public init(width: Int, height: Int, pane: Pane) {
        isTooSmall = width < Self.minimumWidth || height < Self.minimumHeight
        tabs = Rect(x: 0, y: 0, width: width, height: 1)
        crumbs = Rect(x: 0, y: 1, width: width, height: 1)
        status = Rect(x: 0, y: max(0, height - 2), width: width, height: 1)
        footer = Rect(x: 0, y: max(0, height - 1), width: width, height: 1)
        let body = Rect(x: 0, y: 2, width: width, height: max(0, height - 4))
        if !pane.listsRecords {
            list = body
            detail = Rect(x: 0, y: 0, width: 0, height: 0)
        } else if width >= 100 {
            // Side by side when wide.
            let parts = Layout.split(body, .horizontal, [.percent(66), .fill], spacing: 1)
            list = parts[0]
            detail = parts[1]
        } else if body.height >= 18 {
            // Below when narrow but tall enough.
            let parts = Layout.split(body, .vertical, [.fill, .fixed(8)])
            list = parts[0]
            detail = parts[1]
        } else {
            list = body
            detail = Rect(x: 0, y: 0, width: 0, height: 0)
        }
    }
}
