#if canImport(Glibc)
import Glibc
#endif

extension DataDirectory {
    /// Makes the data set readable and writable by its owner only: the directory and its
    /// archive 0700, every file 0600. A data server does this at start, so that no other
    /// account reads residents' data from the files, whatever the directory was before.
    public func makePrivate() throws(StoreError) {
        do {
            try Self.chmod(path, 0o700)
            for name in FileSystem.list(path) {
                let file = path + "/" + name
                try Self.chmod(file, file == archivePath ? 0o700 : 0o600)
            }
            for name in FileSystem.list(archivePath) { try Self.chmod(archivePath + "/" + name, 0o600) }
        } catch {
            throw StoreError.io(error)
        }
    }

    private static func chmod(_ path: String, _ mode: mode_t) throws(StoreIOError) {
        guard Glibc.chmod(path, mode) == 0 else { throw StoreIOError(path: path, operation: "chmod", code: errno) }
    }
}
