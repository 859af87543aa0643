import JiedaoCore

/// The journal's v2 encoding of an ``Edit``: a JSON object with named, stable keys
/// (`{"op":"update","kind":"compound","id":3,"version":2,"fields":[{"key":"name","text":"…"}]}`),
/// written out case by case so that renaming a Swift case or label never changes the files.
/// docs/snapshot-format.md lists every key.
public struct EditCoding: Codable, Sendable {
    public var edit: Edit

    public init(_ edit: Edit) { self.edit = edit }

    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ string: String) { stringValue = string }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    /// The stable names of the record kinds, as the journal and `jiedao log --record kind#id` write them.
    public static let kindNames: [(EntityKind, String)] = [
        (.community, "community"), (.compound, "compound"), (.volunteer, "volunteer"), (.serviceRecord, "service"),
        (.appeal, "appeal"), (.project, "project"), (.department, "department"), (.team, "team"), (.user, "user"), (.category, "category"),
    ]

    static func name(of kind: EntityKind) -> String { kindNames.first { $0.0 == kind }?.1 ?? "unknown" }

    /// The kind a stable name stands for.
    public static func kind(named name: String) -> EntityKind? { kindNames.first { $0.1 == name }?.0 }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        func op(_ name: String) throws { try c.encode(name, forKey: Key("op")) }
        func ref(_ r: RecordRef) throws {
            try c.encode(Self.name(of: r.kind), forKey: Key("kind"))
            try c.encode(r.id, forKey: Key("id"))
        }
        func version(_ v: UInt32) throws { try c.encode(v, forKey: Key("version")) }
        switch edit {
        case .create(let kind, let changes):
            try op("create")
            try c.encode(Self.name(of: kind), forKey: Key("kind"))
            try c.encode(changes.map(FieldCoding.init), forKey: Key("fields"))
        case .update(let r, let v, let changes):
            try op("update"); try ref(r); try version(v)
            try c.encode(changes.map(FieldCoding.init), forKey: Key("fields"))
        case .delete(let r, let v): try op("delete"); try ref(r); try version(v)
        case .restore(let r, let v): try op("restore"); try ref(r); try version(v)
        case .discard(let r, let v): try op("discard"); try ref(r); try version(v)
        case .moveAppeal(let id, let v, let move, let note):
            try op("moveAppeal"); try c.encode(id.raw, forKey: Key("id")); try version(v)
            try c.encode(AppealMoveCoding(move), forKey: Key("move"))
            try c.encode(note, forKey: Key("note"))
        case .revertAppeal(let id, let v, let progress):
            try op("revertAppeal"); try c.encode(id.raw, forKey: Key("id")); try version(v)
            try c.encode(progress, forKey: Key("progress"))
        case .moveProject(let id, let v, let move, let note):
            try op("moveProject"); try c.encode(id.raw, forKey: Key("id")); try version(v)
            try c.encode(ProjectMoveCoding(move), forKey: Key("move"))
            try c.encode(note, forKey: Key("note"))
        case .revertProject(let id, let v, let progress):
            try op("revertProject"); try c.encode(id.raw, forKey: Key("id")); try version(v)
            try c.encode(progress, forKey: Key("progress"))
        case .changeSettings(let v, let settings):
            try op("changeSettings"); try version(v)
            try c.encode(settings, forKey: Key("settings"))
        case .reveal(let r):
            try op("reveal"); try ref(r)
        }
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: Key.self)
        let op = try c.decode(String.self, forKey: Key("op"))
        func kind() throws -> EntityKind {
            let name = try c.decode(String.self, forKey: Key("kind"))
            guard let kind = Self.kind(named: name) else {
                throw DecodingError.dataCorruptedError(forKey: Key("kind"), in: c, debugDescription: "unknown kind \(name)")
            }
            return kind
        }
        func id() throws -> Int32 { try c.decode(Int32.self, forKey: Key("id")) }
        func ref() throws -> RecordRef { RecordRef(try kind(), try id()) }
        func version() throws -> UInt32 { try c.decode(UInt32.self, forKey: Key("version")) }
        func fields() throws -> [FieldChange] { try c.decode([FieldCoding].self, forKey: Key("fields")).map(\.change) }
        func note() throws -> String { try c.decodeIfPresent(String.self, forKey: Key("note")) ?? "" }
        switch op {
        case "create": edit = .create(try kind(), try fields())
        case "update": edit = .update(try ref(), version: try version(), try fields())
        case "delete": edit = .delete(try ref(), version: try version())
        case "restore": edit = .restore(try ref(), version: try version())
        case "discard": edit = .discard(try ref(), version: try version())
        case "moveAppeal":
            edit = .moveAppeal(AppealID(try id()), version: try version(),
                               try c.decode(AppealMoveCoding.self, forKey: Key("move")).move, note: try note())
        case "revertAppeal":
            edit = .revertAppeal(AppealID(try id()), version: try version(), to: try c.decode(AppealProgress.self, forKey: Key("progress")))
        case "moveProject":
            edit = .moveProject(ProjectID(try id()), version: try version(),
                                try c.decode(ProjectMoveCoding.self, forKey: Key("move")).move, note: try note())
        case "revertProject":
            edit = .revertProject(ProjectID(try id()), version: try version(), to: try c.decode(ProjectProgress.self, forKey: Key("progress")))
        case "changeSettings":
            edit = .changeSettings(version: try version(), try c.decode(Settings.self, forKey: Key("settings")))
        case "reveal": edit = .reveal(try ref())
        default:
            throw DecodingError.dataCorruptedError(forKey: Key("op"), in: c, debugDescription: "unknown edit \(op)")
        }
    }

    /// `{"key":"name","text":"…"}`: the value under the name of its type (`none`, `int`, `text`, `bool`, `day`, `time`).
    struct FieldCoding: Codable {
        var change: FieldChange

        init(_ change: FieldChange) { self.change = change }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Key.self)
            try c.encode(change.key, forKey: Key("key"))
            switch change.value {
            case .none: try c.encode(true, forKey: Key("none"))
            case .int(let v): try c.encode(v, forKey: Key("int"))
            case .text(let v): try c.encode(v, forKey: Key("text"))
            case .bool(let v): try c.encode(v, forKey: Key("bool"))
            case .day(let v): try c.encode(v, forKey: Key("day"))
            case .time(let v): try c.encode(v, forKey: Key("time"))
            }
        }

        init(from decoder: Decoder) throws {
            let c = try decoder.container(keyedBy: Key.self)
            let key = try c.decode(String.self, forKey: Key("key"))
            let value: FieldValue
            if let v = try c.decodeIfPresent(Int64.self, forKey: Key("int")) { value = .int(v) }
            else if let v = try c.decodeIfPresent(String.self, forKey: Key("text")) { value = .text(v) }
            else if let v = try c.decodeIfPresent(Bool.self, forKey: Key("bool")) { value = .bool(v) }
            else if let v = try c.decodeIfPresent(Int32.self, forKey: Key("day")) { value = .day(v) }
            else if let v = try c.decodeIfPresent(Int64.self, forKey: Key("time")) { value = .time(v) }
            else if c.contains(Key("none")) { value = .none }
            else { throw DecodingError.dataCorruptedError(forKey: Key("key"), in: c, debugDescription: "field \(key) has no value") }
            change = FieldChange(key, value)
        }
    }

    /// `{"step":"dispatch","handlerKind":1,"handler":3,"deadline":…}` and the other steps of the closed loop.
    struct AppealMoveCoding: Codable {
        var move: AppealMove

        init(_ move: AppealMove) { self.move = move }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Key.self)
            func step(_ name: String) throws { try c.encode(name, forKey: Key("step")) }
            switch move {
            case .dispatch(let kind, let handler, let deadline):
                try step("dispatch")
                try c.encode(kind.rawValue, forKey: Key("handlerKind"))
                try c.encode(handler, forKey: Key("handler"))
                try c.encode(deadline, forKey: Key("deadline"))
            case .accept: try step("accept")
            case .giveBack: try step("giveBack")
            case .extend(let deadline): try step("extend"); try c.encode(deadline, forKey: Key("deadline"))
            case .resolve: try step("resolve")
            case .evaluate(let evaluation, let redo):
                try step("evaluate")
                try c.encode(evaluation, forKey: Key("evaluation"))
                try c.encode(redo, forKey: Key("redoDeadline"))
            case .urge: try step("urge")
            case .supervise: try step("supervise")
            case .merge(let original): try step("merge"); try c.encode(original.raw, forKey: Key("into"))
            case .withdraw: try step("withdraw")
            case .contact: try step("contact")
            case .residentUrge: try step("residentUrge")
            case .requestExtension(let deadline): try step("requestExtension"); try c.encode(deadline, forKey: Key("deadline"))
            case .approveExtension: try step("approveExtension")
            case .refuseExtension: try step("refuseExtension")
            case .suspend: try step("suspend")
            case .resume(let deadline, let days):
                try step("resume")
                try c.encode(deadline, forKey: Key("deadline"))
                try c.encode(days, forKey: Key("workingDays"))
            case .callback(let outcome): try step("callback"); try c.encode(outcome.rawValue, forKey: Key("outcome"))
            case .closeUnreachable: try step("closeUnreachable")
            }
        }

        init(from decoder: Decoder) throws {
            let c = try decoder.container(keyedBy: Key.self)
            let step = try c.decode(String.self, forKey: Key("step"))
            switch step {
            case "dispatch":
                let raw = try c.decode(UInt8.self, forKey: Key("handlerKind"))
                guard let kind = HandlerKind(rawValue: raw) else {
                    throw DecodingError.dataCorruptedError(forKey: Key("handlerKind"), in: c, debugDescription: "unknown handler kind \(raw)")
                }
                move = .dispatch(kind, handler: try c.decode(Int32.self, forKey: Key("handler")), deadline: try c.decode(Int64.self, forKey: Key("deadline")))
            case "accept": move = .accept
            case "giveBack": move = .giveBack
            case "extend": move = .extend(deadline: try c.decode(Int64.self, forKey: Key("deadline")))
            case "resolve": move = .resolve
            case "evaluate":
                move = .evaluate(try c.decode(Evaluation.self, forKey: Key("evaluation")), redoDeadline: try c.decode(Int64.self, forKey: Key("redoDeadline")))
            case "urge": move = .urge
            case "supervise": move = .supervise
            case "merge": move = .merge(into: AppealID(try c.decode(Int32.self, forKey: Key("into"))))
            case "withdraw": move = .withdraw
            case "contact": move = .contact
            case "residentUrge": move = .residentUrge
            case "requestExtension": move = .requestExtension(deadline: try c.decode(Int64.self, forKey: Key("deadline")))
            case "approveExtension": move = .approveExtension
            case "refuseExtension": move = .refuseExtension
            case "suspend": move = .suspend
            case "resume":
                move = .resume(deadline: try c.decode(Int64.self, forKey: Key("deadline")), workingDays: try c.decode(Int.self, forKey: Key("workingDays")))
            case "callback":
                let raw = try c.decode(UInt8.self, forKey: Key("outcome"))
                guard let outcome = CallbackOutcome(rawValue: raw) else {
                    throw DecodingError.dataCorruptedError(forKey: Key("outcome"), in: c, debugDescription: "unknown callback outcome \(raw)")
                }
                move = .callback(outcome)
            case "closeUnreachable": move = .closeUnreachable
            default: throw DecodingError.dataCorruptedError(forKey: Key("step"), in: c, debugDescription: "unknown appeal step \(step)")
            }
        }
    }

    /// `{"step":"deliberate","votesFor":…,"votesAgainst":…}` and the other steps of a micro-project.
    struct ProjectMoveCoding: Codable {
        var move: ProjectMove

        init(_ move: ProjectMove) { self.move = move }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Key.self)
            switch move {
            case .deliberate(let votesFor, let votesAgainst):
                try c.encode("deliberate", forKey: Key("step"))
                try c.encode(votesFor, forKey: Key("votesFor"))
                try c.encode(votesAgainst, forKey: Key("votesAgainst"))
            case .approve: try c.encode("approve", forKey: Key("step"))
            case .implement: try c.encode("implement", forKey: Key("step"))
            case .accept(let score): try c.encode("accept", forKey: Key("step")); try c.encode(score, forKey: Key("score"))
            case .reject: try c.encode("reject", forKey: Key("step"))
            }
        }

        init(from decoder: Decoder) throws {
            let c = try decoder.container(keyedBy: Key.self)
            let step = try c.decode(String.self, forKey: Key("step"))
            switch step {
            case "deliberate":
                move = .deliberate(votesFor: try c.decode(Int32.self, forKey: Key("votesFor")), votesAgainst: try c.decode(Int32.self, forKey: Key("votesAgainst")))
            case "approve": move = .approve
            case "implement": move = .implement
            case "accept": move = .accept(score: try c.decode(UInt8.self, forKey: Key("score")))
            case "reject": move = .reject
            default: throw DecodingError.dataCorruptedError(forKey: Key("step"), in: c, debugDescription: "unknown project step \(step)")
            }
        }
    }
}
