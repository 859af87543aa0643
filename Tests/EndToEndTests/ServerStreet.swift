import Foundation
import XCTest

/// What the data server's end-to-end tests share: a demo street the unprivileged test user
/// may pass through, a socket path short enough for `sun_path`, and a way to look for phones.
enum ServerStreet {
    static let user = "jiedao-ci"

    static func requireUnprivilegedUser() throws {
        guard getuid() == 0 else { throw XCTSkip("needs root to switch to the unprivileged test user") }
        guard getpwnam(user) != nil, FileManager.default.isExecutableFile(atPath: "/usr/sbin/runuser") else {
            throw XCTSkip("the user \(user) is created by .ci/run")
        }
    }

    /// A demo street in a directory the test user may pass through, and where its socket goes.
    static func make(_ name: String) throws -> (base: String, data: String, socket: String) {
        let base = try JiedaoBinary.temporaryDirectory(name)
        let data = base + "/data"
        let made = try JiedaoBinary.run(["demo", "--scale", "street", "--out", data])
        XCTAssertEqual(made.status, 0, made.stderr)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: base)
        // A socket's path must fit in 108 bytes, which a test's name may not.
        return (base, data, NSTemporaryDirectory() + "jiedao-\(getpid())-\(name.prefix(24).filter(\.isLetter)).sock")
    }

    /// Every run of eleven or more digits in `bytes`, as text.
    static func digitRuns(_ bytes: [UInt8]) -> Set<String> {
        var runs: Set<String> = []
        var current: [UInt8] = []
        for byte in bytes + [0] {
            if byte >= 0x30, byte <= 0x39 { current.append(byte); continue }
            if current.count >= 11 { runs.insert(String(decoding: current, as: UTF8.self)) }
            current = []
        }
        return runs
    }
}
