/// Finds the line on which a TOML key is written, so theme errors can point at it.
///
/// The TOML parser reports values, not positions, so this scans the text for
/// table headers (`[roles]`, `[roles."tab.active"]`) and `key = value` lines. It
/// understands quoted and dotted keys; for a key inside an inline table it returns
/// the line of the table.
struct TOMLKeyLocator {
    private let lines: [Substring]

    init(text: String) {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// The 1-based line defining `path`, or the closest enclosing key's line; `nil` if absent.
    func line(of path: [String]) -> Int? {
        var section: [String] = []
        var best: (line: Int, depth: Int)? = nil
        for (offset, rawLine) in lines.enumerated() {
            let line = rawLine.trimmingSpaces()
            guard !line.isEmpty, line.first != "#" else { continue }
            let found: [String]
            if line.first == "[" {
                let inner = line.drop(while: { $0 == "[" }).prefix(while: { $0 != "]" })
                section = TOMLKeyLocator.keyComponents(inner)
                found = section
            } else if let equals = TOMLKeyLocator.firstUnquoted("=", in: line) {
                found = section + TOMLKeyLocator.keyComponents(line[..<equals])
            } else {
                continue
            }
            if found == path { return offset + 1 }
            if found.count < path.count, Array(path.prefix(found.count)) == found,
               found.count > (best?.depth ?? 0) {
                best = (offset + 1, found.count)
            }
        }
        return best?.line
    }

    /// `roles."tab.active"` → `["roles", "tab.active"]`.
    static func keyComponents(_ key: Substring) -> [String] {
        var components: [String] = []
        var current = ""
        var quote: Character? = nil
        for character in key {
            if let open = quote {
                if character == open { quote = nil } else { current.append(character) }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == "." {
                components.append(current)
                current = ""
            } else if character != " " && character != "\t" {
                current.append(character)
            }
        }
        components.append(current)
        return components
    }

    static func firstUnquoted(_ target: Character, in text: Substring) -> Substring.Index? {
        var quote: Character? = nil
        for index in text.indices {
            let character = text[index]
            if let open = quote {
                if character == open { quote = nil }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == target {
                return index
            }
        }
        return nil
    }
}

private extension Substring {
    /// The text without leading and trailing spaces, tabs and carriage returns.
    func trimmingSpaces() -> Substring {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" }
        var start = startIndex
        var end = endIndex
        while start < end && isSpace(self[start]) { start = index(after: start) }
        while end > start && isSpace(self[index(before: end)]) { end = index(before: end) }
        return self[start..<end]
    }
}
