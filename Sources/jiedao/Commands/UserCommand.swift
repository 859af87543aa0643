import ArgumentParser
import JiedaoCore
import JiedaoStore

/// `jiedao user`: who may use the data set, by OS login. Admins only; every change is journaled.
struct UserCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user",
        abstract: "List, add, change or remove the users of a data set (OS logins with a role).",
        discussion: "Roles: admin (everything, users included), coordinator (records and the appeals' steps; with --community only that community's), handler (a department's: the handling steps of the appeals dispatched to it, with --department), supervisor (reads; 督办 and deciding extension requests). The last admin cannot be removed or demoted. See docs/permissions.md.",
        subcommands: [UserListCommand.self, UserAddCommand.self, UserRoleCommand.self, UserRemoveCommand.self],
        defaultSubcommand: UserListCommand.self
    )
}

/// A role named on the command line.
enum RoleOption: String, ExpressibleByArgument, CaseIterable {
    case admin, coordinator, supervisor, handler
    var role: Role {
        switch self {
        case .admin: .admin
        case .coordinator: .coordinator
        case .supervisor: .supervisor
        case .handler: .handler
        }
    }
}

extension DataOptions {
    /// Journals one edit as the running login; refusals and I/O errors exit with the reason.
    func change(_ edit: (Registry) throws -> Edit) throws {
        if let socket = serverSocket {
            // The server decides, as the login the kernel gives it for this process.
            var (replica, registry) = try connect(to: socket)
            let made = try edit(registry)
            do {
                _ = try replica.submit([made], to: &registry)
            } catch {
                throw CommandFailure(error.message.text(language))
            }
            return
        }
        var (session, registry) = try open()
        let login = Environment.login
        let made = try edit(registry)
        do {
            try session.append(made, to: &registry, by: registry.user(login: login), login: login, at: Environment.now)
        } catch {
            throw CommandFailure(error.message.text(language))
        }
    }

    /// The live community or department named `name` (or `#ID`), or a failure naming it.
    func record(_ kind: EntityKind, named name: String, in registry: Registry) throws -> Int32 {
        let ids: [Int32] = kind == .community ? registry.communities.liveIDs.map(\.raw) : registry.departments.liveIDs.map(\.raw)
        if name.hasPrefix("#"), let id = Int32(name.dropFirst()), ids.contains(id) { return id }
        let matches = ids.filter { registry.name(of: RecordRef(kind, $0)) == name }
        guard matches.count == 1, let id = matches.first else {
            let what = kind == .community ? (language == .zh ? "社区" : "community") : (language == .zh ? "部门" : "department")
            throw CommandFailure(matches.isEmpty
                ? (language == .zh ? "没有名为“\(name)”的\(what)" : "No \(what) is named “\(name)”")
                : (language == .zh ? "有多个名为“\(name)”的\(what)，请写 #编号" : "Several \(what)s are named “\(name)”; write #ID"))
        }
        return id
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
        let registry = try options.readOnly()
        for id in registry.users.liveIDs {
            let user = registry.users[id]
            let scope = user.community.raw >= 0 ? "  " + registry.name(of: RecordRef(.community, user.community.raw))
                : user.department.raw >= 0 ? "  " + registry.name(of: RecordRef(.department, user.department.raw)) : ""
            printForPeople("\(registry.text(user.login))  \(registry.text(user.displayName))  \(user.role.label(options.language))\(scope)")
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

    @Option(help: "admin, coordinator, handler or supervisor.")
    var role: RoleOption = .coordinator

    @Option(help: ArgumentHelp("A coordinator limited to this community (its name or #ID).", valueName: "NAME"))
    var community: String?

    @Option(help: ArgumentHelp("A handler's department (its name or #ID).", valueName: "NAME"))
    var department: String?

    func run() throws {
        try options.change { registry in
            var fields = [FieldChange("login", .text(login)), FieldChange("name", .text(name ?? login)),
                          FieldChange("role", .int(Int64(role.role.rawValue)))]
            if let community { fields.append(FieldChange("community", .int(Int64(try options.record(.community, named: community, in: registry))))) }
            if let department { fields.append(FieldChange("department", .int(Int64(try options.record(.department, named: department, in: registry))))) }
            return .create(.user, fields)
        }
        print(options.language == .zh ? "已添加用户 \(login)（\(role.role.label.zh)）" : "Added \(login) as \(role.role.label.en.lowercased())")
    }
}

struct UserRoleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "role", abstract: "Change a user's role.")

    @OptionGroup var options: DataOptions

    @Argument(help: ArgumentHelp("The user's OS login.", valueName: "LOGIN"))
    var login: String

    @Argument(help: "admin, coordinator, handler or supervisor.")
    var role: RoleOption

    @Option(help: ArgumentHelp("A coordinator limited to this community (its name or #ID); without it, the whole street.", valueName: "NAME"))
    var community: String?

    @Option(help: ArgumentHelp("A handler's department (its name or #ID).", valueName: "NAME"))
    var department: String?

    func run() throws {
        try options.change { registry in
            let id = try options.user(login, in: registry)
            // The scope goes with the role: set when given, cleared when the role has none.
            let community = try self.community.map { Int64(try options.record(.community, named: $0, in: registry)) }
            let department = try self.department.map { Int64(try options.record(.department, named: $0, in: registry)) }
            return .update(RecordRef(.user, id.raw), version: registry.users[id].version, [
                FieldChange("role", .int(Int64(role.role.rawValue))),
                FieldChange("community", community.map(FieldValue.int) ?? .none),
                FieldChange("department", department.map(FieldValue.int) ?? (role == .handler && registry.users[id].department.raw >= 0
                    ? .int(Int64(registry.users[id].department.raw)) : .none)),
            ])
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
