
/// Finds and loads themes by name or path.
///
/// An argument with a `/` is a path. Otherwise `load("light")` tries `light.toml`
/// in each search directory, in order (`load("light.toml")` first tries that file
/// in the current directory), and finally the themes built into the code
/// (`default`, `mono`), so the app works with no theme files at all.
///
/// ```swift
/// let loader = ThemeLoader(searchDirectories: [userThemes, bundledThemes], files: access)
/// let (theme, problem) = loader.loadOrDefault(options.theme)
/// if let problem { showWarning(problem) }   // "themes/x.toml:3: unknown role ..."
/// ```
public struct ThemeLoader: Sendable {
    /// Reading theme files; replaceable so tests and other hosts need no real disk.
    public struct FileAccess: Sendable {
        /// The file's text, `.missing`, or `.unreadable` (not UTF-8, permissions...).
        public var read: @Sendable (String) -> FileContents
        /// The names of the files in a directory (empty if it does not exist).
        public var list: @Sendable (String) -> [String]

        public init(read: @escaping @Sendable (String) -> FileContents, list: @escaping @Sendable (String) -> [String]) {
            self.read = read
            self.list = list
        }

    }

    /// The outcome of reading one file.
    public enum FileContents: Sendable, Equatable {
        case text(String)
        case missing
        case unreadable
    }

    /// Directories searched for `<name>.toml`, in order.
    public var searchDirectories: [String]
    public var files: FileAccess

    public init(searchDirectories: [String], files: FileAccess) {
        self.searchDirectories = searchDirectories
        self.files = files
    }

    // MARK: Loading

    /// Loads a theme by path or name.
    /// - Throws: ``ThemeError`` with kind `.notFound`, `.unreadable` or a parse error.
    public func load(_ nameOrPath: String) throws(ThemeError) -> Theme {
        for candidate in candidatePaths(for: nameOrPath) {
            switch files.read(candidate) {
            case .missing:
                continue
            case .unreadable:
                throw ThemeError(kind: .unreadable, file: candidate)
            case .text(let text):
                return try Theme(toml: text, file: candidate)
            }
        }
        // Built into the program: the shipped files' text, then the themes defined in code.
        if let text = ShippedThemes.texts[nameOrPath] { return try Theme(toml: text, file: "\(nameOrPath) (built in)") }
        if let builtin = Theme.builtin(named: nameOrPath) { return builtin }
        throw ThemeError(kind: .notFound, file: nameOrPath)
    }

    /// The theme, or the built-in default theme and a message saying what was wrong.
    /// `nil` asks for the theme named `default`.
    public func loadOrDefault(_ nameOrPath: String?) -> (theme: Theme, error: String?) {
        do {
            return (try load(nameOrPath ?? Theme.builtinDefault.name), nil)
        } catch {
            return (Theme.builtinDefault, error.description)
        }
    }

    /// The files `load` tries, in order.
    public func candidatePaths(for nameOrPath: String) -> [String] {
        guard !nameOrPath.isEmpty else { return [] }
        // Anything with a slash is a path only.
        if nameOrPath.contains("/") { return [nameOrPath] }
        let isFileName = nameOrPath.hasSuffix(".toml")
        var paths = isFileName ? [nameOrPath] : []
        for directory in searchDirectories where !directory.isEmpty {
            let base = directory.hasSuffix("/") ? directory : directory + "/"
            paths.append(base + (isFileName ? nameOrPath : nameOrPath + ".toml"))
        }
        return paths
    }

    /// Names of the themes found in the search directories plus the built-in ones, sorted.
    public func availableThemeNames() -> [String] {
        var names = Set(Theme.builtins.map(\.name)).union(ShippedThemes.texts.keys)
        for directory in searchDirectories {
            for file in files.list(directory) where file.hasSuffix(".toml") {
                names.insert(String(file.dropLast(5)))
            }
        }
        return names.sorted()
    }
}
