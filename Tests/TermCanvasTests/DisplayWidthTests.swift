import XCTest
import TermCanvas
#if canImport(Glibc)
import Glibc
#endif

final class DisplayWidthTests: XCTestCase {
    // MARK: Scalars and graphemes

    func testScalarClasses() {
        XCTAssertEqual(DisplayWidth.scalarClass("a"), .narrow)
        XCTAssertEqual(DisplayWidth.scalarClass("街"), .wide)
        XCTAssertEqual(DisplayWidth.scalarClass("，"), .wide)            // fullwidth comma
        XCTAssertEqual(DisplayWidth.scalarClass("\u{301}"), .zeroWidth)  // combining acute
        XCTAssertEqual(DisplayWidth.scalarClass("\u{200B}"), .zeroWidth) // zero width space (Cf)
        XCTAssertEqual(DisplayWidth.scalarClass("\u{AD}"), .narrow)      // soft hyphen: glibc says 1
        XCTAssertEqual(DisplayWidth.scalarClass("\u{1160}"), .zeroWidth) // Hangul medial vowel
        XCTAssertEqual(DisplayWidth.scalarClass("\u{1B}"), .notPrintable)
        XCTAssertEqual(DisplayWidth.scalarClass("\u{85}"), .notPrintable)
        XCTAssertEqual(DisplayWidth.scalarClass("\u{2028}"), .notPrintable)
        XCTAssertEqual(DisplayWidth.scalarClass("\u{378}"), .notPrintable) // unassigned
        XCTAssertEqual(DisplayWidth.scalarClass("\u{E000}"), .narrow)      // private use
        XCTAssertEqual(DisplayWidth.scalarClass("\u{20000}"), .wide)       // CJK extension B
        XCTAssertEqual(DisplayWidth.scalarClass("\u{10FFFF}"), .notPrintable)
        XCTAssertEqual(DisplayWidth.of("\u{1B}" as Unicode.Scalar), nil)
        XCTAssertEqual(DisplayWidth.of("街" as Unicode.Scalar), 2)
    }

    func testGraphemeWidths() {
        XCTAssertEqual(DisplayWidth.of("a" as Character), 1)
        XCTAssertEqual(DisplayWidth.of("街" as Character), 2)
        XCTAssertEqual(DisplayWidth.of("e\u{301}" as Character), 1)
        XCTAssertEqual(DisplayWidth.of("😀" as Character), 2)
        XCTAssertEqual(DisplayWidth.of("❤" as Character), 1)
        XCTAssertEqual(DisplayWidth.of("❤\u{FE0F}" as Character), 2)      // emoji presentation
        XCTAssertEqual(DisplayWidth.of("👍🏽" as Character), 2)             // skin tone modifier
        XCTAssertEqual(DisplayWidth.of("\u{1100}\u{1161}\u{11A8}" as Character), 2) // conjoining Hangul
        XCTAssertEqual(DisplayWidth.of("\u{301}" as Character), 0)
    }

    func testStringWidthsCountEscapesAsDrawn() {
        XCTAssertEqual(DisplayWidth.of(""), 0)
        XCTAssertEqual(DisplayWidth.of("街道 ok"), 7)
        XCTAssertEqual(DisplayWidth.of("Ａ１"), 4)                     // fullwidth Latin
        XCTAssertEqual(DisplayWidth.of("\u{1B}[0m"), 4)              // ␛[0m
        XCTAssertEqual(DisplayWidth.of("\u{9B}"), 4)                 // \x9b
        XCTAssertEqual(DisplayWidth.of("a\u{2028}b"), 10)            // a\u{2028}b
    }

    // MARK: Against glibc

    /// Scalars where this table and glibc 2.36's C.UTF-8 `wcwidth` are allowed to
    /// disagree. Both come from Unicode 14.0 with the same rules, so there are none;
    /// list a scalar here (with the reason) only if the C library's Unicode version changes.
    private let knownDisagreements: Set<UInt32> = []

    func testTableMatchesGlibcWcwidthOverTheBasicMultilingualPlane() throws {
        try compareWithGlibc(0...0xFFFF)
    }

    func testTableMatchesGlibcWcwidthOverTheSupplementaryPlanes() throws {
        try compareWithGlibc(0x10000...0x10FFFF)
    }

    private func compareWithGlibc(_ range: ClosedRange<UInt32>) throws {
        #if canImport(Glibc)
        guard let utf8 = newlocale(LC_CTYPE_MASK, "C.UTF-8", nil) else {
            throw XCTSkip("the C.UTF-8 locale is not installed")
        }
        let previous = uselocale(utf8)
        defer {
            uselocale(previous)
            freelocale(utf8)
        }
        var mismatches: [String] = []
        for value in range where !knownDisagreements.contains(value) {
            // Surrogates are not scalars and cannot occur in a String.
            guard let scalar = Unicode.Scalar(value) else { continue }
            let glibc = Int(glibcWcwidth(wchar_t(value)))
            let ours: Int
            switch DisplayWidth.scalarClass(scalar) {
            case .zeroWidth: ours = 0
            case .narrow: ours = 1
            case .wide: ours = 2
            // Drawn as an escape; glibc reports -1, except 0 for NUL.
            case .notPrintable: ours = value == 0 ? 0 : -1
            }
            if ours != glibc && mismatches.count < 20 {
                mismatches.append("U+\(String(value, radix: 16, uppercase: true)): table \(ours), glibc \(glibc)")
            }
        }
        XCTAssertEqual(mismatches, [])
        #else
        throw XCTSkip("glibc's wcwidth is only available on Linux")
        #endif
    }
}

#if canImport(Glibc)
// Swift's Glibc module leaves out the X/Open wcwidth; declare the C symbol directly.
@_silgen_name("wcwidth")
private func glibcWcwidth(_ character: wchar_t) -> Int32
#endif
