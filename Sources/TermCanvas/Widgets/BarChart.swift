/// Horizontal bars, one row each: label, bar, value.
///
/// ```swift
/// BarChart(items: [
///     BarChartItem(label: "东风社区", value: 12),
///     BarChartItem(label: "西湖", value: 6, role: .warning),
/// ]).render(into: &canvas, in: Rect(x: 0, y: 0, width: 24, height: 2))
/// // 东风社区 ████████████ 12
/// // 西湖     ██████        6
/// ```
public struct BarChart: Equatable, Sendable {
    public var items: [BarChartItem]
    /// The value that fills the whole bar width; `nil` uses the largest value.
    public var maximum: Double?
    public var role: StyleRole
    public var glyphs: GlyphSet

    public init(items: [BarChartItem], maximum: Double? = nil, role: StyleRole = .chart, glyphs: GlyphSet = .unicode) {
        self.items = items
        self.maximum = maximum
        self.role = role
        self.glyphs = glyphs
    }

    /// Cells of bar for `value` in a bar area `width` wide (a positive value gets at least one).
    public static func barLength(value: Double, maximum: Double, width: Int) -> Int {
        guard width > 0, value.isFinite, maximum.isFinite, maximum > 0, value > 0 else { return 0 }
        let length = Int((min(value, maximum) / maximum * Double(width)).rounded())
        return min(width, max(1, length))
    }

    public func render(into canvas: inout Canvas, in rect: Rect) {
        guard !rect.isEmpty, !items.isEmpty else { return }
        let labelWidth = min(items.map { DisplayWidth.of($0.label) }.max() ?? 0, rect.width / 3)
        let valueWidth = min(items.map { DisplayWidth.of($0.displayValue) }.max() ?? 0, rect.width / 3)
        let barX = rect.x + labelWidth + (labelWidth > 0 ? 1 : 0)
        let barWidth = max(0, rect.maxX - barX - (valueWidth > 0 ? valueWidth + 1 : 0))
        let top = maximum ?? items.map(\.value).filter(\.isFinite).max() ?? 0
        canvas.withClip(rect) { canvas in
            canvas.fill(rect, role: .normal)
            for (offset, item) in items.prefix(rect.height).enumerated() {
                let y = rect.y + offset
                canvas.put(TextFit.fit(item.label, width: labelWidth, ellipsis: glyphs.ellipsis), at: rect.x, y: y, role: .label)
                let length = BarChart.barLength(value: item.value, maximum: top, width: barWidth)
                canvas.put(String(repeating: glyphs.fullBlock, count: length), at: barX, y: y, maxWidth: barWidth, role: item.role ?? role)
                let value = TextFit.fit(item.displayValue, width: valueWidth, alignment: .right, ellipsis: glyphs.ellipsis)
                canvas.put(value, at: rect.maxX - valueWidth, y: y, role: .normal)
            }
        }
    }
}
