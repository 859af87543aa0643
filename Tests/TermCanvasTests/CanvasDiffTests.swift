import XCTest
import TermCanvas

final class CanvasDiffTests: XCTestCase {
    func testIdenticalCanvasesHaveNoDiff() {
        var canvas = Canvas(width: 5, height: 2)
        canvas.put("街道", at: 0, y: 0, role: .normal)
        XCTAssertEqual(canvas.diff(from: canvas), [])
    }

    func testOnlyChangedCellsAreReported() {
        var before = Canvas(width: 4, height: 2)
        before.put("abcd", at: 0, y: 1, role: .normal)
        var after = before
        after.put("X", at: 2, y: 1, role: .normal)
        XCTAssertEqual(after.diff(from: before), [CanvasRun(x: 2, y: 1, role: .normal, text: "X", width: 1)])
    }

    func testRoleChangesAreChanges() {
        var before = Canvas(width: 3, height: 1)
        before.put("abc", at: 0, y: 0, role: .normal)
        var after = before
        after.setRole(.selected, in: Rect(x: 1, y: 0, width: 1, height: 1))
        XCTAssertEqual(after.diff(from: before), [CanvasRun(x: 1, y: 0, role: .selected, text: "b", width: 1)])
    }

    func testRunsSplitWhereRolesChange() {
        let before = Canvas(width: 6, height: 1)
        var after = before
        after.put("ab", at: 0, y: 0, role: .normal)
        after.put("cd", at: 2, y: 0, role: .header)
        XCTAssertEqual(after.diff(from: before), [
            CanvasRun(x: 0, y: 0, role: .normal, text: "ab", width: 2),
            CanvasRun(x: 2, y: 0, role: .header, text: "cd", width: 2),
        ])
    }

    func testWideCharactersAreNeverSplit() {
        var before = Canvas(width: 6, height: 1)
        before.put("街道", at: 0, y: 0, role: .normal)
        var after = before
        after.put("中", at: 2, y: 0, role: .normal)
        XCTAssertEqual(after.diff(from: before), [CanvasRun(x: 2, y: 0, role: .normal, text: "中", width: 2)])

        // A change in the right half only still rewrites the whole character.
        var restyled = before
        restyled.setRole(.selected, in: Rect(x: 1, y: 0, width: 1, height: 1))
        XCTAssertEqual(restyled.diff(from: before), [CanvasRun(x: 0, y: 0, role: .normal, text: "街", width: 2)])
    }

    func testResizeRedrawsEverything() {
        let before = Canvas(width: 2, height: 1)
        var after = Canvas(width: 2, height: 2)
        after.put("x", at: 0, y: 1, role: .error)
        XCTAssertEqual(after.diff(from: before), [
            CanvasRun(x: 0, y: 0, role: .normal, text: "  ", width: 2),
            CanvasRun(x: 0, y: 1, role: .error, text: "x", width: 1),
            CanvasRun(x: 1, y: 1, role: .normal, text: " ", width: 1),
        ])
        XCTAssertEqual(after.runs().count, 3)
    }

    func testApplyingTheDiffReproducesTheNewCanvas() {
        var before = Canvas(width: 10, height: 3)
        before.put("街道办事处", at: 0, y: 0, role: .normal)
        before.put("abc中文", at: 1, y: 1, role: .header)
        let edits: [(inout Canvas) -> Void] = [
            { $0.put("x", at: 1, y: 0, role: .normal) },
            { $0.put("中", at: 3, y: 0, role: .selected) },
            { $0.fill(Rect(x: 4, y: 1, width: 2, height: 2), role: .muted, with: "-") },
            { $0.put("😀e\u{301}", at: 7, y: 2, role: .ok) },
            { $0.setRole(.error, in: Rect(x: 0, y: 1, width: 3, height: 1)) },
        ]
        var after = before
        for edit in edits {
            edit(&after)
            var replayed = before
            for run in after.diff(from: before) {
                replayed.put(run.text, at: run.x, y: run.y, maxWidth: run.width, role: run.role)
            }
            XCTAssertEqual(replayed.lines(), after.lines())
            XCTAssertEqual(replayed, after)
        }
    }
}
