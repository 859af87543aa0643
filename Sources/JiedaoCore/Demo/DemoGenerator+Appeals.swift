extension DemoGenerator {
    mutating func addAppeals(communities: [Int32], compounds: [Int32], departments: [Int32]) throws(EditError) {
        let year: Int64 = 365 * 86_400
        let count = max(scale.appeals, 1)
        let step = max(Int64(1), year / Int64(count))
        let roads = ["桂香路", "侨香路", "香蜜湖路", "农园路", "红荔西路", "景田北路"]
        for i in 0..<scale.appeals {
            // Spread over the past year in time order, so merges point at older appeals.
            let received = now - year + Int64(i) * step + Int64(random.below(Int(step)))
            let community = random.pick(communities)
            let local = registry.indexes.compoundsByCommunity.children(of: community)
            let compound: Int32 = local.isEmpty || random.chance(15) ? noReference : random.pick(local)
            let category = random.pick(CategoryID.builtIn)
            let roll = random.below(100)
            let urgency: Urgency = roll < 5 ? .emergency : (roll < 25 ? .consultation : (roll < 85 ? .general : .complex))
            let topic = random.pick(DemoNames.appealTopics[category] ?? ["其他诉求"])
            let place = compound == noReference ? random.pick(roads) + "\(random.within(1...300))号" : registry.name(of: RecordRef(.compound, compound))
            let channel = random.pick(Channel.allCases)
            let id = AppealID(try create(.appeal, [
                FieldChange("summary", .text(topic)),
                FieldChange("received_at", .time(received)),
                FieldChange("channel", .int(Int64(channel.rawValue))),
                FieldChange("ticket", Self.ticket(channel: channel, received: received, serial: i).map(FieldValue.text) ?? .none),
                FieldChange("category", .int(Int64(category.raw))),
                FieldChange("urgency", .int(Int64(urgency.rawValue))),
                FieldChange("community", .int(Int64(community))),
                FieldChange("compound", compound == noReference ? .none : .int(Int64(compound))),
                FieldChange("address", .text(place)),
                FieldChange("submitter", .text(personName())),
                FieldChange("phone", .text(mobile())),
                FieldChange("description", .text("居民反映：\(place)\(topic)，希望尽快处理。")),
            ], at: received))
            try playOut(id, category: category, urgency: urgency, community: community, departments: departments)
        }
    }

    /// Takes an appeal as far through the loop as its age allows, with the mix of outcomes a real street sees.
    private mutating func playOut(_ id: AppealID, category: CategoryID, urgency: Urgency, community: Int32, departments: [Int32]) throws(EditError) {
        let received = registry.appeals[id].receivedAt
        let fate = random.below(1000)
        if fate < 15 {
            try move(id, .withdraw, at: received + 3_600)
            return
        }
        if fate < 35, id.raw > 0 {
            let target = AppealID(Int32(random.below(Int(id.raw))))
            let state = registry.appeals[target].progress.state
            if state != .merged, state != .withdrawn {
                try move(id, .merge(into: target), at: received + 1_800)
                return
            }
        }
        var time = received + Int64(random.within(1...4)) * 3_600
        let handler = pickHandler(category: category, community: community, departments: departments)
        let deadline = registry.deadline(category: category, urgency: urgency, receivedAt: received, calendar: calendar)
        guard try move(id, .dispatch(handler.kind, handler: handler.id, deadline: deadline), at: time) else { return }
        if fate < 65 {
            // 退单: not theirs; dispatched again to the community.
            time += 7_200
            guard try move(id, .giveBack, at: time) else { return }
            // A few wait at 退单 for the dispatcher.
            if fate < 38 { return }
            time += 3_600
            guard try move(id, .dispatch(.community, handler: community, deadline: deadline), at: time) else { return }
        }
        time += Int64(random.within(1...8)) * 3_600
        guard try move(id, .accept, at: time) else { return }
        // Most handlers reach the resident within the hour of accepting; one in 23 never does.
        if id.raw % 23 != 0 { try quietMove(id, .contact, at: time + 1_800) }
        var due = deadline
        if fate >= 65, fate < 115, time < due {
            due = calendar.addWorkingDays(5, to: Day(unixTime: due)).endTime()
            guard try move(id, .requestExtension(deadline: due), at: time + 3_600) else { return }
            guard try quietMove(id, .approveExtension, at: time + 7_200, by: admin) else { return }
        }
        // About 3% stall and become overdue; of those, some wait on a decision or on the resident.
        if fate >= 115, fate < 145 {
            let progress = registry.appeals[id].progress
            if id.raw % 5 == 0, now < progress.deadline {
                let asked = calendar.addWorkingDays(5, to: Day(unixTime: progress.deadline)).endTime()
                try quietMove(id, .requestExtension(deadline: asked), at: now - 1_800)
            } else if id.raw % 7 == 1, now < progress.deadline {
                try quietMove(id, .suspend, at: now - 7_200)
            }
            return try urgeIfOverdue(id)
        }
        let late = random.chance(8)
        time = late ? due + Int64(random.within(1...5)) * 86_400 : time + Int64(random.below(Int(max(3_600, due - time))))
        guard try move(id, .resolve, at: time) else { return try urgeIfOverdue(id) }
        time += Int64(random.within(4...48)) * 3_600
        let answer = random.below(100)
        let rating: Rating = answer < 84 ? .satisfied : (answer < 93 ? .basicallySatisfied : .dissatisfied)
        let redo = registry.deadline(category: category, urgency: urgency, receivedAt: time, calendar: calendar)
        guard try move(id, .evaluate(Evaluation(all: rating), redoDeadline: redo), at: time) else { return }
        guard rating == .dissatisfied else { return }
        time += 7_200
        guard try move(id, .accept, at: time) else { return }
        time += Int64(random.below(Int(max(3_600, redo - time))))
        guard try move(id, .resolve, at: time) else { return try urgeIfOverdue(id) }
        time += 86_400
        let second: Rating = random.chance(80) ? .basicallySatisfied : .dissatisfied
        _ = try move(id, .evaluate(Evaluation(all: second), redoDeadline: time + 5 * 86_400), at: time)
    }

    /// Applies a move dated `time`; false (and nothing changed) when that moment is still to come.
    @discardableResult
    private mutating func move(_ id: AppealID, _ move: AppealMove, at time: Int64) throws(EditError) -> Bool {
        guard time <= now else { return false }
        let actor = coordinators.isEmpty ? admin : random.pick(coordinators)
        let note: String
        switch move {
        case .resolve: note = "已现场核实并处理完毕"
        case .giveBack: note = "不属于本单位职责"
        case .extend, .requestExtension: note = "需协调多个部门，申请延期"
        default: note = ""
        }
        try registry.apply(.moveAppeal(id, version: registry.appeals[id].version, move, note: note), by: actor, at: time)
        return true
    }

    /// A move that draws no random number, so the rest of the demo street stays as it was
    /// before the move existed; by the appeal's coordinator unless `actor` is given.
    @discardableResult
    private mutating func quietMove(_ id: AppealID, _ move: AppealMove, at time: Int64, by actor: UserID? = nil) throws(EditError) -> Bool {
        guard time <= now else { return false }
        let who = actor ?? (coordinators.isEmpty ? admin : coordinators[Int(id.raw) % coordinators.count])
        let note: String = switch move {
        case .contact: "已电话联系诉求人，约定上门时间"
        case .requestExtension: "需协调多个部门，申请延期"
        case .suspend: "等待诉求人提供材料"
        default: ""
        }
        guard registry.refusal(of: move, for: id, at: time) == nil else { return false }
        try registry.apply(.moveAppeal(id, version: registry.appeals[id].version, move, note: note), by: who, at: time)
        return true
    }

    /// The channel's own number for an appeal: 12345 tickets and mailbox letters have one.
    static func ticket(channel: Channel, received: Int64, serial: Int) -> String? {
        let prefix: String
        switch channel {
        case .hotline12345: prefix = "GD"
        case .mailbox: prefix = "XX"
        default: return nil
        }
        let digits = String(serial % 1_000_000)
        return prefix + Day(unixTime: received).iso.filter(\.isNumber) + String(repeating: "0", count: 6 - digits.count) + digits
    }

    private mutating func urgeIfOverdue(_ id: AppealID) throws(EditError) {
        let progress = registry.appeals[id].progress
        if progress.isOverdue(at: now), random.chance(50) {
            try move(id, .urge, at: now - 3_600 > progress.deadline ? now - 3_600 : now)
        }
    }

    private mutating func pickHandler(category: CategoryID, community: Int32, departments: [Int32]) -> (kind: HandlerKind, id: Int32) {
        let able = departments.filter { registry.departments[DepartmentID($0)].handles(category) }
        if able.isEmpty || random.chance(25) { return (.community, community) }
        return (.department, random.pick(able))
    }
}
