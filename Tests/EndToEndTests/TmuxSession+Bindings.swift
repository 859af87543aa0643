import JiedaoApp
import TermCanvas
import XCTest

extension TmuxSession {
    /// Presses the key bound to `command` in `mode` (on `pane`, when the binding depends on it),
    /// named by its row of the dashboard's bindings table, so a test reads as what the user does
    /// and follows the table when a key moves.
    func press(_ command: Command, in mode: InputMode = .browse, on pane: Pane? = nil, file: StaticString = #filePath, line: UInt = #line) {
        guard let key = Keymap.key(for: command, in: mode, on: pane) else {
            return XCTFail("no key is bound to \(command) in \(mode)", file: file, line: line)
        }
        switch key {
        case .character(let c): type(String(c))
        default: send(TmuxSession.keyName(key))
        }
    }

    /// The tmux name of a key other than a printable character.
    static func keyName(_ key: Key) -> String {
        switch key {
        case .character(let c): String(c)
        case .control(let c): "C-" + String(c)
        case .up: "Up"
        case .down: "Down"
        case .left: "Left"
        case .right: "Right"
        case .home: "Home"
        case .end: "End"
        case .pageUp: "PPage"
        case .pageDown: "NPage"
        case .enter: "Enter"
        case .escape: "Escape"
        case .backspace: "BSpace"
        case .delete: "DC"
        case .tab: "Tab"
        case .backTab: "BTab"
        case .insert: "IC"
        case .function(let n): "F\(n)"
        }
    }
}
