/// A column of labelled text fields with one focused field and an error line under each.
///
/// Each field takes two rows (the input, then its error line, blank when valid),
/// so fields do not jump when errors come and go. When the form is taller than
/// its area it scrolls to keep the focused field visible. Labels are right-aligned
/// in ``StyleRole/label``; the focused field's label is drawn in ``StyleRole/title``.
///
/// ```swift
/// var form = Form(fields: [
///     FormField(label: "姓名", input: TextField("王芳")),
///     FormField(label: "电话", error: "请输入11位手机号"),
/// ])
/// form.focusNext()
/// form.focusedInput?.insert("1")
/// form.render(into: &canvas, in: area)
/// // 姓名 王芳
/// //
/// // 电话 1
/// //      请输入11位手机号
/// ```
public struct Form: Equatable, Sendable {
    public var fields: [FormField]
    /// The index of the focused field (clamped when drawing).
    public var focusedIndex: Int
    /// Columns for labels; `nil` uses the widest label, at most a third of the width.
    public var labelWidth: Int?
    public var glyphs: GlyphSet

    public init(fields: [FormField], focusedIndex: Int = 0, labelWidth: Int? = nil, glyphs: GlyphSet = .unicode) {
        self.fields = fields
        self.focusedIndex = focusedIndex
        self.labelWidth = labelWidth
        self.glyphs = glyphs
    }

    // MARK: Focus

    /// Focuses the next field, wrapping to the first.
    public mutating func focusNext() {
        guard !fields.isEmpty else { return }
        focusedIndex = (clampedFocus + 1) % fields.count
    }

    /// Focuses the previous field, wrapping to the last.
    public mutating func focusPrevious() {
        guard !fields.isEmpty else { return }
        focusedIndex = (clampedFocus + fields.count - 1) % fields.count
    }

    /// The focused field's input, for editing in place; `nil` when there are no fields.
    public var focusedInput: TextField? {
        get { fields.isEmpty ? nil : fields[clampedFocus].input }
        set {
            guard !fields.isEmpty, let newValue else { return }
            fields[clampedFocus].input = newValue
        }
    }

    private var clampedFocus: Int {
        min(max(0, focusedIndex), max(0, fields.count - 1))
    }

    // MARK: Layout

    /// The first field shown in an area `height` rows tall.
    public func firstVisibleField(height: Int) -> Int {
        // The last visible field may show without its error line.
        let visibleFields = max(0, (height + 1) / 2)
        return Table.firstVisibleRow(cursor: clampedFocus, previousOffset: 0, visibleHeight: visibleFields, rowCount: fields.count)
    }

    /// The rectangle of the input of field `index` when the form is drawn in `rect`, if visible.
    public func inputRect(ofField index: Int, in rect: Rect) -> Rect? {
        let row = (index - firstVisibleField(height: rect.height)) * 2
        guard index >= 0, index < fields.count, row >= 0, row < rect.height else { return nil }
        let labelColumns = resolvedLabelWidth(totalWidth: rect.width)
        let inputX = rect.x + labelColumns + (labelColumns > 0 ? 1 : 0)
        return Rect(x: inputX, y: rect.y + row, width: rect.maxX - inputX, height: 1)
    }

    private func resolvedLabelWidth(totalWidth: Int) -> Int {
        let widest = fields.map { DisplayWidth.of($0.label) }.max() ?? 0
        return min(max(0, labelWidth ?? widest), max(0, labelWidth == nil ? totalWidth / 3 : totalWidth))
    }

    // MARK: Rendering

    public func render(into canvas: inout Canvas, in rect: Rect) {
        guard !rect.isEmpty else { return }
        canvas.withClip(rect) { canvas in
            canvas.fill(rect, role: .normal)
            let labelColumns = resolvedLabelWidth(totalWidth: rect.width)
            let focus = clampedFocus
            for index in firstVisibleField(height: rect.height)..<fields.count {
                guard let inputArea = inputRect(ofField: index, in: rect) else { break }
                let field = fields[index]
                if labelColumns > 0 {
                    let label = TextFit.fit(field.label, width: labelColumns, alignment: .right, ellipsis: glyphs.ellipsis)
                    canvas.put(label, at: rect.x, y: inputArea.y, role: index == focus ? .title : .label)
                }
                var input = field.input
                input.isFocused = index == focus
                input.render(into: &canvas, in: inputArea)
                if let error = field.error, inputArea.y + 1 < rect.maxY {
                    let message = TextFit.truncate(error, to: inputArea.width, ellipsis: glyphs.ellipsis)
                    canvas.put(message, at: inputArea.x, y: inputArea.y + 1, role: .error)
                }
            }
        }
    }
}
