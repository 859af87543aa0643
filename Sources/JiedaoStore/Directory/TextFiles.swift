#if canImport(Glibc)
import Glibc
#endif
import JiedaoCore

/// Small text files the program reads besides its data (themes, holiday calendars),
/// and files it writes for people (exports). The rest of the program reaches the disk only through here.
public enum TextFiles {
    /// What reading a file gave.
    public enum Contents: Sendable, Equatable {
        case text(String)
        case missing
        /// Exists but cannot be read, or is not UTF-8.
        case unreadable
    }

    /// The file's text.
    public static func read(_ path: String) -> Contents {
        do {
            let bytes = try PosixFile.open(path, flags: O_RDONLY).readAll()
            guard let text = String(validating: bytes, as: UTF8.self) else { return .unreadable }
            return .text(text)
        } catch {
            return error.isMissing ? .missing : .unreadable
        }
    }

    /// The raw bytes of a file (imports detect their own encoding).
    public static func bytes(_ path: String) throws(StoreError) -> [UInt8] {
        do {
            return try PosixFile.open(path, flags: O_RDONLY).readAll()
        } catch {
            throw StoreError.io(error)
        }
    }

    /// Creates `path` and the folders above it (mode 0700) where they are missing.
    public static func makeDirectory(_ path: String) throws(StoreError) {
        do {
            try FileSystem.makeDirectory(path)
        } catch {
            throw StoreError.io(error)
        }
    }

    /// The names in a directory (empty when it does not exist).
    public static func list(_ directory: String) -> [String] { FileSystem.list(directory) }

    /// Writes `bytes` to `path` atomically (temp file, fsync, rename): mode 0644, or 0600 when
    /// the file holds residents' personal data (backups, revealed exports).
    public static func write(_ bytes: [UInt8], to path: String, personal: Bool = false) throws(StoreError) {
        let temp = path + ".tmp-\(getpid())"
        do {
            let mode: mode_t = personal ? 0o600 : 0o644
            let file = try PosixFile.open(temp, flags: O_WRONLY | O_CREAT | O_TRUNC, mode: mode)
            // A leftover temp file keeps its old mode through O_TRUNC.
            if personal { file.setMode(0o600) }
            try file.write(bytes)
            try file.sync()
            try FileSystem.rename(temp, path)
        } catch {
            FileSystem.remove(temp)
            throw StoreError.io(error)
        }
    }
}

extension DataDirectory {
    /// Extra holiday calendars a user put in the data directory (`holidays*.txt`), with their names.
    public func holidayFiles() -> [(name: String, text: String)] {
        TextFiles.list(path).filter { $0.hasPrefix("holidays") && $0.hasSuffix(".txt") }.compactMap { name in
            guard case .text(let text) = TextFiles.read(path + "/" + name) else { return nil }
            return (name, text)
        }
    }
}
