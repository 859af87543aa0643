/// What a data server and its clients need beyond ``Registry/apply(_:by:at:)``: the server
/// masks personal text in the copy it sends, and a client puts a revealed record's own text
/// back. Neither is an edit: versions stay as they are, and nothing is journaled here (the
/// reveal itself is, as ``Edit/reveal(_:)``).
extension Registry {
    /// Replaces one text field of a live record in place, keeping its version. Returns false
    /// when the record or the field does not exist, or holds no text (only appeals and
    /// volunteers hold personal text).
    @discardableResult
    public mutating func overwriteText(_ ref: RecordRef, key: String, with text: String) -> Bool {
        // Personal text lives in appeals and volunteers only.
        switch ref.kind {
        case .appeal: overwriteText(Appeal.self, ref, key, text)
        case .volunteer: overwriteText(Volunteer.self, ref, key, text)
        default: false
        }
    }

    private mutating func overwriteText<R: TrackedRecord>(_ type: R.Type, _ ref: RecordRef, _ key: String, _ text: String) -> Bool {
        guard let field = R.field(key), ref.id >= 0, Int(ref.id) < self[keyPath: R.table].count else { return false }
        var record = self[keyPath: R.table].rows[Int(ref.id)]
        guard case .text = record.value(field, texts) else { return false }
        record.assign(field, .text(text), &texts)
        self[keyPath: R.table].rows[Int(ref.id)] = record
        return true
    }
}
