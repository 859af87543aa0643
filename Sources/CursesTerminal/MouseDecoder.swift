import CNcursesw
import TermCanvas

/// Turns a curses mouse report into a ``TermCanvas/MouseEvent``; pure, so it can be tested without a terminal.
struct MouseDecoder: Sendable {
    /// The button-state bits that mean each kind of event.
    var press: UInt
    var release: UInt
    var wheelUp: UInt
    var wheelDown: UInt

    /// The bits curses uses: button 1 for clicks, buttons 4 and 5 for the wheel.
    static let curses = MouseDecoder(
        press: UInt(jiedao_button1_pressed()),
        release: UInt(jiedao_button1_released()),
        wheelUp: UInt(jiedao_button4_pressed()),
        wheelDown: UInt(jiedao_button5_pressed())
    )

    /// Every bit the terminal is asked to report.
    var reportedMask: UInt { press | release | wheelUp | wheelDown }

    /// The event for a report with `buttonState` at column `x`, row `y`; `nil` for
    /// other buttons or a position off the screen.
    func event(buttonState: UInt, x: Int, y: Int) -> MouseEvent? {
        guard x >= 0, y >= 0 else { return nil }
        let kind: MouseEvent.Kind
        if buttonState & wheelUp != 0 {
            kind = .wheelUp
        } else if buttonState & wheelDown != 0 {
            kind = .wheelDown
        } else if buttonState & press != 0 {
            kind = .press
        } else if buttonState & release != 0 {
            kind = .release
        } else {
            return nil
        }
        return MouseEvent(kind: kind, x: x, y: y)
    }
}
