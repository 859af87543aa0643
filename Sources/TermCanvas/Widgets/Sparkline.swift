/// A one-row chart of recent values: `▁▂▅█▃` (or `_.=#-` with ASCII glyphs).
///
/// When there are more values than columns, the most recent (last) ones are shown.
///
/// ```swift
/// Sparkline(values: [0, 1, 4, 8, 2]).render(into: &canvas, in: Rect(x: 0, y: 0, width: 5, height: 1))
/// // "▁▂▄█▃"
/// ```
public struct Sparkline: Equatable, Sendable {
    public var values: [Double]
    /// The value drawn as a full block; `nil` uses the largest value shown.
    public var maximum: Double?
    public var role: StyleRole
    public var glyphs: GlyphSet

    public init(values: [Double], maximum: Double? = nil, role: StyleRole = .chart, glyphs: GlyphSet = .unicode) {
        self.values = values
        self.maximum = maximum
        self.role = role
        self.glyphs = glyphs
    }

    /// The level (`0..<levels`) for `value` on a scale from 0 to `maximum`.
    /// Zero, negative and non-finite values, and a non-positive maximum, give level 0.
    public static func level(of value: Double, maximum: Double, levels: Int) -> Int {
        guard levels > 1, value.isFinite, maximum.isFinite, maximum > 0, value > 0 else { return 0 }
        let scaled = (min(value, maximum) / maximum * Double(levels - 1)).rounded()
        return min(levels - 1, max(0, Int(scaled)))
    }

    public func render(into canvas: inout Canvas, in rect: Rect) {
        guard !rect.isEmpty, !glyphs.sparkline.isEmpty else { return }
        let shown = values.suffix(rect.width)
        let top = maximum ?? shown.filter(\.isFinite).max() ?? 0
        let text = shown.map { glyphs.sparkline[Sparkline.level(of: $0, maximum: top, levels: glyphs.sparkline.count)] }.joined()
        canvas.withClip(rect) { canvas in
            canvas.put(text, at: rect.x, y: rect.y, maxWidth: rect.width, role: role)
        }
    }
}
