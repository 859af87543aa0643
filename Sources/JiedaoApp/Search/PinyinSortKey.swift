/// How a name sorts: by the pinyin of its characters (桂园 before 侨香: gui before qiao), then
/// by the name itself, so names that read alike still have one order. Characters without a
/// reading (Latin letters, digits) sort as themselves, lower-cased.
public enum PinyinSortKey {
    /// The readings' indices, decoded once from the generated table.
    private static let readings: [UInt16] = {
        let symbols = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_".utf8)
        var value = [UInt16](repeating: 0, count: 128)
        for (index, symbol) in symbols.enumerated() { value[Int(symbol)] = UInt16(index) }
        let bytes = Array(PinyinReadings.table.utf8)
        var result: [UInt16] = []
        result.reserveCapacity(bytes.count / 2)
        var index = 0
        while index + 1 < bytes.count {
            result.append(value[Int(bytes[index] & 0x7F)] * 64 + value[Int(bytes[index + 1] & 0x7F)])
            index += 2
        }
        return result
    }()

    /// The toneless reading of a character, if the table has one.
    public static func reading(of character: Character) -> String? {
        guard character.unicodeScalars.count == 1, let scalar = character.unicodeScalars.first,
              scalar.value >= PinyinReadings.first, scalar.value <= PinyinReadings.last else { return nil }
        let offset = Int(scalar.value - PinyinReadings.first)
        guard offset < readings.count else { return nil }
        let number = Int(readings[offset])
        return number > 0 && number <= PinyinReadings.syllables.count ? PinyinReadings.syllables[number - 1] : nil
    }

    /// The key `text` sorts by: its readings, each ended by a mark below every letter, then the text.
    public static func of(_ text: String) -> String {
        var key = ""
        key.reserveCapacity(text.utf8.count * 2)
        for character in text {
            if let reading = reading(of: character) {
                key += reading
            } else {
                key += character.lowercased()
            }
            key += "\u{1}"
        }
        return key + "\u{0}" + text
    }
}
