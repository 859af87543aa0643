import JiedaoCore
import JiedaoStore

/// The duplicate hint's phone match, which needs the phones unmasked. Each answer says only
/// which open appeals have a whole phone the caller typed; the lookups a login may make are
/// limited and logged, so they cannot stand in for revealing a record.
extension DataServer {
    func findPhone(_ typed: String, community: Int32, request: UInt32, from fd: Int32) {
        guard let login = links[fd]?.login, let user = user(of: fd), let record = registry.users.live(user),
              record.role == .admin || record.role == .coordinator else {
            send(.refused(request: request, part: -1, message: Bilingual(zh: "只有管理员和协调员登记诉求时按电话查重",
                                                                         en: "Only admins and coordinators look for duplicates by phone")), to: fd)
            return
        }
        guard let phone = PhoneNumber.canonical(typed), phone == typed else {
            send(.refused(request: request, part: -1, message: Bilingual(zh: "“\(typed)”不是完整的电话号码", en: "“\(typed)” is not a whole phone number")), to: fd)
            return
        }
        let now = ContinuousClock.now
        let recent = (phoneLookups[login] ?? []).filter { now - $0 < .seconds(3600) }
        guard recent.count < configuration.phoneLookupsPerHour else {
            phoneLookups[login] = recent
            configuration.log("refused a phone lookup by \(login): \(recent.count) in the last hour")
            send(.refused(request: request, part: -1, message: Bilingual(
                zh: "这一小时按电话查重已达 \(configuration.phoneLookupsPerHour) 次：暂时只按工单号和地址提示重复",
                en: "\(configuration.phoneLookupsPerHour) phone lookups this hour: duplicates are hinted by ticket and address only for now")), to: fd)
            return
        }
        phoneLookups[login] = recent + [now]
        follow()
        // A coordinator of one community finds only that community's appeals.
        let matches = record.community.raw >= 0 && record.community.raw != community ? [] : openAppeals(withPhone: phone, in: community)
        configuration.log("phone lookup by \(login) in community #\(community): \(matches.count) open appeals")
        send(.phoneMatches(request: request, appeals: matches), to: fd)
    }

    private func openAppeals(withPhone phone: String, in community: Int32) -> [Int32] {
        registry.indexes.appealsByCommunity.children(of: community).reversed().filter { id in
            let appeal = registry.appeals.rows[Int(id)]
            return !appeal.isDeleted && appeal.progress.state.isOpen && PhoneNumber.canonical(registry.text(appeal.phone)) == phone
        }.prefix(10).map { $0 }
    }
}
