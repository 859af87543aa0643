import XCTest
import TermCanvas

final class FormTests: XCTestCase {
    private func sampleForm(focus: Int = 1) -> Form {
        Form(fields: [
            FormField(label: "姓名", input: TextField("王芳")),
            FormField(label: "电话", input: TextField("123"), error: "请输入11位手机号"),
        ], focusedIndex: focus)
    }

    func testGoldenFormWithErrorLine() {
        var canvas = Canvas(width: 20, height: 4)
        sampleForm().render(into: &canvas, in: canvas.bounds)
        XCTAssertEqual(canvas.lines(), [
            "姓名 王芳           ",
            "                    ",
            "电话 123            ",
            "     请输入11位手机…",
        ])
        XCTAssertEqual(canvas.roleLines([.label: "l", .title: "t", .input: "i", .inputFocused: "f", .cursor: "c", .error: "e", .normal: "."]), [
            "llll.iiiiiiiiiiiiiii",
            "....................",
            "tttt.fffcfffffffffff",
            ".....eeeeeeeeeeeeeee",
        ])
        assertWellFormed(canvas)
    }

    func testFocusMovesAndWraps() {
        var form = sampleForm(focus: 0)
        form.focusNext()
        XCTAssertEqual(form.focusedIndex, 1)
        form.focusNext()
        XCTAssertEqual(form.focusedIndex, 0)
        form.focusPrevious()
        XCTAssertEqual(form.focusedIndex, 1)
        form.focusedInput?.insert("4")
        XCTAssertEqual(form.fields[1].input.value, "1234")
        var empty = Form(fields: [])
        empty.focusNext()
        empty.focusedInput?.insert("x")
        XCTAssertNil(empty.focusedInput)
    }

    func testScrollsToTheFocusedField() {
        var form = sampleForm(focus: 2)
        form.fields.append(FormField(label: "地址", input: TextField("东风路1号")))
        var canvas = Canvas(width: 16, height: 3)
        form.render(into: &canvas, in: canvas.bounds)
        XCTAssertEqual(canvas.lines(), [
            "电话 123        ",
            "     请输入11位…",
            "地址 东风路1号  ",
        ])
        XCTAssertEqual(form.inputRect(ofField: 2, in: canvas.bounds), Rect(x: 5, y: 2, width: 11, height: 1))
        XCTAssertNil(form.inputRect(ofField: 0, in: canvas.bounds))
    }

    func testTinySizes() {
        var one = Canvas(width: 1, height: 1)
        sampleForm().render(into: &one, in: one.bounds)
        XCTAssertEqual(one.lines().count, 1)
        assertWellFormed(one)
        var narrow = Canvas(width: 4, height: 2)
        sampleForm(focus: 0).render(into: &narrow, in: narrow.bounds)
        // A third of the width for the label; the 2-column input scrolls to its cursor at the end.
        XCTAssertEqual(narrow.lines(), ["…   ", "    "])
        XCTAssertEqual(narrow.cell(x: 2, y: 0)?.role, .cursor)
        assertWellFormed(narrow)
        var zero = Canvas(width: 0, height: 0)
        sampleForm().render(into: &zero, in: zero.bounds)
    }
}
