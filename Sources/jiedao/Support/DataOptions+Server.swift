import JiedaoCore
import JiedaoServer

extension DataOptions {
    /// Connects to the data server and receives its masked copy of the data.
    func connect(to socket: String) throws -> (replica: ServerReplica, registry: Registry) {
        do {
            return try ServerReplica.connect(to: socket)
        } catch {
            throw CommandFailure(error.message.text(language))
        }
    }

    /// The data set to read: the server's masked copy with `--server`, else the files (with
    /// `creatingDemo`, the demo street when the default directory is empty).
    func readOnly(creatingDemo: Bool = false) throws -> Registry {
        if let socket = serverSocket { return try connect(to: socket).registry }
        return try (creatingDemo ? openOrCreateDemo() : open()).registry
    }

    /// Why a command that needs the files themselves does not run through a server.
    static func notThroughServer(_ socket: String, _ language: Language) -> String {
        language == .zh
            ? "这个命令直接读写数据目录，不经数据服务器（\(socket)）：请在服务器的账户上运行，或去掉 --server / JIEDAO_SERVER"
            : "This command works on the data directory itself, not through the data server (\(socket)): run it on the server's account, or drop --server / JIEDAO_SERVER"
    }
}
