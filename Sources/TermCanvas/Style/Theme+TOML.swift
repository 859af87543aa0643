import TOMLKit

// MARK: - Parsing theme files

extension Theme {
    /// Parses a theme file.
    ///
    /// ```toml
    /// name = "default"
    /// [roles]
    /// header = { fg = "bright-white", bg = 24, bold = true }
    /// "tab.active" = { fg = "#ffffff", bg = "blue", reverse = false }
    /// ```
    ///
    /// Colours (`fg`, `bg`) are names (`red`, `bright-red`, `default`), palette
    /// indices 0–255 or `"#rrggbb"`; attributes are `bold`, `underline`, `reverse`.
    /// Roles may also be written as sub-tables (`[roles.header]`).
    ///
    /// - Parameters:
    ///   - text: The TOML text.
    ///   - file: The file name used in error messages; also the theme's name when it has no `name` key.
    /// - Throws: ``ThemeError`` for the first problem in the file, with its line and key.
    public init(toml text: String, file: String) throws(ThemeError) {
        let locator = TOMLKeyLocator(text: text)
        let document: TOMLTable
        do {
            document = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw ThemeError(kind: .syntax(error.description), file: file, line: error.source.begin.line)
        } catch {
            throw ThemeError(kind: .syntax(String(describing: error)), file: file)
        }

        var problems: [ThemeError] = []
        func problem(_ kind: ThemeError.Kind, _ path: [String]) {
            problems.append(ThemeError(kind: kind, file: file, line: locator.line(of: path), key: path.joined(separator: ".")))
        }

        var name = Theme.defaultName(forFile: file)
        var styles: [StyleRole: Style] = [:]
        for key in document.keys {
            switch key {
            case "name":
                if let value = document[key]?.string {
                    name = value
                } else {
                    problem(.syntax("\"name\" must be a string"), [key])
                }
            case "roles":
                guard let roles = document[key]?.table else {
                    problem(.badRoleValue, [key])
                    continue
                }
                for roleName in roles.keys {
                    let path = ["roles", roleName]
                    guard let role = StyleRole(parsing: roleName) else {
                        problem(.unknownRole, path)
                        continue
                    }
                    guard let attributes = roles[roleName]?.table else {
                        problem(.badRoleValue, path)
                        continue
                    }
                    styles[role] = Theme.style(from: attributes, path: path, report: problem)
                }
            default:
                problem(.unknownKey, [key])
            }
        }
        // Report the problem nearest the top of the file, as a reader would meet it.
        if let first = problems.min(by: { ($0.line ?? Int.max) < ($1.line ?? Int.max) }) {
            throw first
        }
        self.init(name: name, styles: styles)
    }

    /// Reads one role's table; problems are reported, and the attribute is skipped.
    private static func style(
        from attributes: TOMLTable,
        path: [String],
        report: (ThemeError.Kind, [String]) -> Void
    ) -> Style {
        var style = Style()
        for attribute in attributes.keys {
            let attributePath = path + [attribute]
            guard let value = attributes[attribute] else { continue }
            switch attribute {
            case "fg", "bg":
                guard let color = color(from: value) else {
                    let shown = value.string.map { "\"\($0)\"" } ?? value.debugDescription
                    report(.badColor(shown), attributePath)
                    continue
                }
                if attribute == "fg" { style.foreground = color } else { style.background = color }
            case "bold", "underline", "reverse":
                guard let flag = value.bool else {
                    report(.badAttribute, attributePath)
                    continue
                }
                switch attribute {
                case "bold": style.bold = flag
                case "underline": style.underline = flag
                default: style.reverse = flag
                }
            default:
                report(.badAttribute, attributePath)
            }
        }
        return style
    }

    private static func color(from value: TOMLValueConvertible) -> TerminalColor? {
        if let text = value.string { return TerminalColor(parsing: text) }
        if let index = value.int { return TerminalColor(index: index) }
        return nil
    }

    /// `themes/light.toml` → `light`.
    static func defaultName(forFile file: String) -> String {
        let base = file.split(separator: "/").last.map(String.init) ?? file
        return base.hasSuffix(".toml") ? String(base.dropLast(5)) : base
    }
}
