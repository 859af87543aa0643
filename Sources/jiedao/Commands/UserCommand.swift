import ArgumentParser
import JiedaoCore
import JiedaoStore

/// `jiedao user`: who may use the data set, by OS login. Admins only; every change is journaled.
struct UserCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user",
        abstract: "List, add, change or remove the users of a data set (OS logins with a role).",
        discussion: "Roles: admin (everything, users included), coordinator (records and the appeals' steps), supervisor (reads; no changes). The last admin cannot be removed or demoted.",
        subcommands: [UserListCommand.self, UserAddCommand.self, UserRoleCommand.self, UserRemoveCommand.self],
        defaultSubcommand: UserListCommand.self
    )
}

/// A role named on the command line.
enum RoleOption: String, ExpressibleByArgument, CaseIterable {
    case admin, coordinator, supervisor
    var role: Role {
        switch self {
        case .admin: .admin
        case .coordinator: .coordinator
        case .supervisor: .supervisor
        }
    }
}

extension DataOptions {
    /// Journals one edit as the running login; refusals and I/O errors exit with the reason.
    func change(_ edit: (Registry) throws -> Edit) throws {
        var (session, registry) = try open()
        let login = Environment.login
        let made = try edit(registry)
        do {
            try session.append(made, to: &registry, by: registry.user(login: login), login: login, at: Environment.now)
        } catch {
            throw CommandFailure(error.message.text(language))
        }
    }

    /// The user with `login`, or a failure naming it.
    func user(_ login: String, in registry: Registry) throws -> UserID {
        guard let id = registry.user(login: login) else {
            throw CommandFailure(language == .zh ? "没有登录名为“\(login)”的用户（jiedao user list 列出全部）"
                                                 : "No user has the login “\(login)” (jiedao user list shows them all)")
        }
        return id
    }
}

struct UserListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the users: login, name and role.")

    @OptionGroup var options: DataOptions

    func run() throws {
        let registry = try options.open().registry
        for id in registry.users.liveIDs {
            let user = registry.users[id]
            printForPeople("\(registry.text(user.login))  \(registry.text(user.displayName))  \(user.role.label(options.language))")
        }
    }
}

struct UserAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "add", abstract: "Add a user by OS login.")

    @OptionGroup var options: DataOptions

    @Argument(help: ArgumentHelp("The person's OS login (as `id -un` prints it).", valueName: "LOGIN"))
    var login: String

    @Option(help: ArgumentHelp("The name shown in the dashboard and the audit trail (default: the login).", valueName: "NAME"))
    var name: String?

    @Option(help: "admin, coordinator or supervisor.")
    var role: RoleOption = .coordinator

    func run() throws {
        try options.change { _ in
            .create(.user, [FieldChange("login", .text(login)), FieldChange("name", .text(name ?? login)),
                            FieldChange("role", .int(Int64(role.role.rawValue)))])
        }
        print(options.language == .zh ? "已添加用户 \(login)（\(role.role.label.zh)）" : "Added \(login) as \(role.role.label.en.lowercased())")
    }
}

struct UserRoleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "role", abstract: "Change a user's role.")

    @OptionGroup var options: DataOptions

    @Argument(help: ArgumentHelp("The user's OS login.", valueName: "LOGIN"))
    var login: String

    @Argument(help: "admin, coordinator or supervisor.")
    var role: RoleOption

    func run() throws {
        try options.change { registry in
            let id = try options.user(login, in: registry)
            return .update(RecordRef(.user, id.raw), version: registry.users[id].version, [FieldChange("role", .int(Int64(role.role.rawValue)))])
        }
        print(options.language == .zh ? "\(login) 现为\(role.role.label.zh)" : "\(login) is now \(role.role.label.en.lowercased())")
    }
}

struct UserRemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "remove", abstract: "Remove a user (the audit trail keeps their login).")

    @OptionGroup var options: DataOptions

    @Argument(help: ArgumentHelp("The user's OS login.", valueName: "LOGIN"))
    var login: String

    func run() throws {
        try options.change { registry in
            let id = try options.user(login, in: registry)
            return .delete(RecordRef(.user, id.raw), version: registry.users[id].version)
        }
        print(options.language == .zh ? "已移除用户 \(login)" : "Removed \(login)")
    }
}
