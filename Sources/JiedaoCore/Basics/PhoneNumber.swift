/// Mainland China phone numbers: mobiles (11 digits, 1[3-9]…) and landlines
/// (area code 0xx or 0xxx + 7–8 digits, optionally with an extension).
public enum PhoneNumber {
    /// The number with separators removed, or nil when it is neither a mobile nor a landline.
    ///
    /// ```swift
    /// PhoneNumber.canonical("138 1234 5678")   // "13812345678"
    /// PhoneNumber.canonical("0755-8888 6666")  // "0755-88886666"
    /// PhoneNumber.canonical("12345")           // nil
    /// ```
    public static func canonical(_ text: String) -> String? {
        var digits = text.filter { $0 != " " && $0 != "-" }
        if digits.hasPrefix("+86") { digits.removeFirst(3) }
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        let bytes = Array(digits.utf8)
        if bytes.count == 11, bytes[0] == UInt8(ascii: "1"), (UInt8(ascii: "3")...UInt8(ascii: "9")).contains(bytes[1]) {
            return digits
        }
        // Landline: 0 + area code of 2–3 more digits + 7–8 digit local number.
        guard bytes[0] == UInt8(ascii: "0"), bytes.count >= 10, bytes.count <= 12 else { return nil }
        let areaLength = (bytes[1] == UInt8(ascii: "1") || bytes[1] == UInt8(ascii: "2")) ? 3 : 4
        let local = bytes.count - areaLength
        guard local == 7 || local == 8 else { return nil }
        return String(digits.prefix(areaLength)) + "-" + String(digits.dropFirst(areaLength))
    }

    /// The number with its middle hidden, as lists show personal data: 138****5678.
    public static func masked(_ phone: String) -> String {
        let characters = Array(phone)
        guard characters.count > 7 else { return String(repeating: "*", count: characters.count) }
        return String(characters.prefix(3)) + "****" + String(characters.suffix(4))
    }
}
