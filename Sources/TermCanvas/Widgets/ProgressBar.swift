/// A one-row progress bar with a label: `██████░░░░ 60%`.
///
/// ```swift
/// ProgressBar(fraction: 0.6).render(into: &canvas, in: Rect(x: 0, y: 0, width: 14, height: 1))
/// // "██████░░░░ 60%"
/// ```
public struct ProgressBar: Equatable, Sendable {
    /// Progress in `0...1`; values outside are clamped, NaN counts as 0.
    public var fraction: Double
    /// The text after the bar; `nil` shows the percentage.
    public var label: String?
    public var glyphs: GlyphSet

    public init(fraction: Double, label: String? = nil, glyphs: GlyphSet = .unicode) {
        self.fraction = fraction
        self.label = label
        self.glyphs = glyphs
    }

    /// ``fraction`` clamped to `0...1`.
    public var clampedFraction: Double {
        fraction.isNaN ? 0 : min(1, max(0, fraction))
    }

    /// The label actually shown.
    public var displayLabel: String {
        label ?? "\(Int((clampedFraction * 100).rounded()))%"
    }

    public func render(into canvas: inout Canvas, in rect: Rect) {
        guard !rect.isEmpty else { return }
        let text = displayLabel
        let textWidth = DisplayWidth.of(text)
        let barWidth = rect.width - textWidth - (textWidth > 0 ? 1 : 0)
        canvas.withClip(rect) { canvas in
            canvas.fill(Rect(x: rect.x, y: rect.y, width: rect.width, height: 1), role: .normal)
            guard barWidth > 0 else {
                // No room for a bar: the label alone says it.
                canvas.put(TextFit.truncate(text, to: rect.width, ellipsis: glyphs.ellipsis), at: rect.x, y: rect.y, role: .normal)
                return
            }
            let filled = min(barWidth, Int((clampedFraction * Double(barWidth)).rounded()))
            canvas.put(String(repeating: glyphs.fullBlock, count: filled), at: rect.x, y: rect.y, role: .chart)
            canvas.put(String(repeating: glyphs.lightShade, count: barWidth - filled), at: rect.x + filled, y: rect.y, role: .muted)
            canvas.put(text, at: rect.x + barWidth + 1, y: rect.y, role: .normal)
        }
    }
}
