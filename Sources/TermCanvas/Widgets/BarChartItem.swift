/// One bar of a ``BarChart``.
public struct BarChartItem: Equatable, Sendable {
    public var label: String
    public var value: Double
    /// The number printed after the bar; `nil` formats ``value``.
    public var valueText: String?
    /// The bar's role; `nil` uses the chart's.
    public var role: StyleRole?

    public init(label: String, value: Double, valueText: String? = nil, role: StyleRole? = nil) {
        self.label = label
        self.value = value
        self.valueText = valueText
        self.role = role
    }

    /// ``valueText``, or the value without a fraction when it is whole (`12`, `2.5`).
    public var displayValue: String {
        if let valueText { return valueText }
        guard value.isFinite else { return "-" }
        if value == value.rounded() && abs(value) < 1e15 { return String(Int(value)) }
        return String((value * 10).rounded() / 10)
    }
}
