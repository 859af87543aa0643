import JiedaoCore
import JiedaoStore

/// Why a client's request to the data server did not go through.
public enum ServerClientError: Error, Hashable, Sendable {
    /// The server refused the change (`part`: which edit of a batch); nothing was saved.
    case refused(part: Int?, message: Bilingual)
    /// The server closed the connection and said why (an unknown login, another version).
    case goodbye(Bilingual)
    /// No server answers at the socket, or the connection broke before a request was sent.
    case unreachable(String)
    /// The connection is down and being made again; nothing was sent.
    case notConnected
    /// The connection broke after a change was sent: whether it was saved is known only
    /// once the client is connected again (the server's records will say).
    case outcomeUnknown
    /// The server sent something this client cannot read.
    case protocolError(String)

    /// What to tell the user.
    public var message: Bilingual {
        switch self {
        case .refused(_, let message), .goodbye(let message): message
        case .unreachable(let why):
            Bilingual(zh: "连不上数据服务器：\(why)", en: "Cannot reach the data server: \(why)")
        case .notConnected:
            Bilingual(zh: "没有连上数据服务器（每秒重试一次），这次修改没有发出", en: "Not connected to the data server (trying again every second); this change was not sent")
        case .outcomeUnknown:
            Bilingual(zh: "与数据服务器的连接中断：这次修改是否已保存尚不知道，重新连上后会显示",
                      en: "The connection to the data server broke: whether this change was saved is not known yet; it will show once reconnected")
        case .protocolError(let why):
            Bilingual(zh: "数据服务器发来无法读取的内容：\(why)", en: "The data server sent something unreadable: \(why)")
        }
    }
}
