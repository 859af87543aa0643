import CNcursesw
import TermCanvas

/// Turns what `wget_wch` read into a ``TermCanvas/Key``; pure, so it can be tested without a terminal.
enum KeyDecoder {
    /// The key for `code`: a curses key code when `isKeyCode` (the call returned
    /// `KEY_CODE_YES`), otherwise a Unicode scalar value. `nil` for codes the app has no use for.
    static func key(code: Int32, isKeyCode: Bool) -> Key? {
        isKeyCode ? functionKey(code) : characterKey(code)
    }

    /// Keys curses decoded from an escape sequence.
    private static func functionKey(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_ENTER: return .enter
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_IC: return .insert
        case KEY_BTAB: return .backTab
        case (KEY_F0 + 1)...(KEY_F0 + 63): return .function(Int(code - KEY_F0))
        default: return nil
        }
    }

    /// Plain characters, including the control characters a terminal sends for Enter, Tab and friends.
    private static func characterKey(_ code: Int32) -> Key? {
        switch code {
        case 10, 13: return .enter
        case 9: return .tab
        case 27: return .escape
        case 8, 127: return .backspace
        case 1...26:
            // Ctrl-A is 1: the letter is code - 1 past "a".
            guard let letter = Unicode.Scalar(UInt32(code) + 0x60) else { return nil }
            return .control(Character(letter))
        case 0..<0x20, 0x80..<0xA0:
            // Ctrl-@ and Ctrl-\ ... Ctrl-_ and the C1 range carry nothing the app binds.
            return nil
        default:
            guard code > 0, let scalar = Unicode.Scalar(UInt32(code)),
                  !TextSanitizer.needsEscape(scalar) else { return nil }
            return .character(Character(scalar))
        }
    }
}
