extension Registry {
    /// Every record, timeline, project step and setting as text lines: two registries
    /// hold the same data exactly when their lines are equal. Versions are left out
    /// unless asked for, because undo moves them forward by design.
    public func contentLines(includingVersions: Bool = false) -> [String] {
        var lines: [String] = []
        func add<R: Record>(_ name: String, _ table: RecordTable<R>) {
            for (i, row) in table.rows.enumerated() {
                let version = includingVersions ? " v\(row.version)" : ""
                lines.append("\(name)#\(i)\(version) deleted=\(row.isDeleted) \(row.values(texts))")
            }
        }
        add("community", communities)
        add("compound", compounds)
        add("volunteer", volunteers)
        add("service", services)
        add("appeal", appeals)
        add("project", projects)
        add("department", departments)
        add("team", teams)
        add("user", users)
        add("category", categories)
        for i in appeals.rows.indices {
            var progress = appeals.rows[i].progress
            progress.lastEvent = AppealEventID(noReference)
            let steps = timeline(of: AppealID(i)).map { "\($0.kind) \($0.stateAfter) \($0.actor) \($0.at) \(text($0.note))" }
            lines.append("appeal#\(i) \(progress) \(steps)")
        }
        for i in projects.rows.indices { lines.append("project#\(i) \(projects.rows[i].progress)") }
        var plain = settings
        if !includingVersions { plain.version = 0 }
        lines.append("settings \(plain)")
        return lines
    }
}
