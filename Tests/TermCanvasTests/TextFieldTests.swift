import XCTest
import TermCanvas

final class TextFieldTests: XCTestCase {
    private let legend: [StyleRole: Character] = [.inputFocused: "f", .input: "i", .cursor: "c", .dim: "d", .normal: "."]

    // MARK: Editing

    func testEditingByCharacters() {
        var field = TextField("街道")
        XCTAssertEqual(field.cursor, 2)
        field.insert("办")
        XCTAssertEqual(field.value, "街道办")
        XCTAssertEqual(field.cursor, 3)
        field.moveLeft()
        field.deleteBackward()
        XCTAssertEqual(field.value, "街办")
        XCTAssertEqual(field.cursor, 1)
        field.deleteForward()
        XCTAssertEqual(field.value, "街")
        XCTAssertEqual(field.cursor, 1)
        field.moveToStart()
        field.deleteBackward()
        field.moveLeft()
        XCTAssertEqual(field.value, "街")
        XCTAssertEqual(field.cursor, 0)
        field.moveToEnd()
        field.moveRight()
        field.deleteForward()
        XCTAssertEqual(field.cursor, 1)
        field.insert("a😀b")
        XCTAssertEqual(field.value, "街a😀b")
        XCTAssertEqual(field.cursor, 4)
    }

    func testInsertingACombiningMarkJoinsThePreviousCharacter() {
        var field = TextField("e")
        field.insert("\u{301}")
        XCTAssertEqual(field.value, "e\u{301}")
        XCTAssertEqual(field.value.count, 1)
        XCTAssertEqual(field.cursor, 1)
        field.deleteBackward()
        XCTAssertEqual(field.value, "")
    }

    func testCursorIsClamped() {
        var field = TextField("abc", cursor: 99)
        XCTAssertEqual(field.cursor, 3)
        field.cursor = -5
        XCTAssertEqual(field.cursor, 0)
        field.value = ""
        XCTAssertEqual(field.cursor, 0)
        field.deleteForward()
        field.deleteBackward()
        XCTAssertEqual(field.value, "")
    }

    // MARK: Rendering

    func testShortValueWithCursorAtEnd() {
        var canvas = Canvas(width: 8, height: 1)
        TextField("ab街").render(into: &canvas, in: canvas.bounds)
        XCTAssertEqual(canvas.lines(), ["ab街    "])
        XCTAssertEqual(canvas.roleLines(legend), ["ffffcfff"])
        XCTAssertTrue(TextField("ab街").cursorPosition(in: canvas.bounds)! == (4, 0))
    }

    func testCursorOnAWideCharacterCoversBothColumns() {
        var canvas = Canvas(width: 6, height: 1)
        TextField("街道办事处", cursor: 1).render(into: &canvas, in: canvas.bounds)
        XCTAssertEqual(canvas.lines(), ["街道办"])
        XCTAssertEqual(canvas.roleLines(legend), ["ffccff"])
    }

    func testScrollsHorizontallyToKeepCursorVisible() {
        var canvas = Canvas(width: 6, height: 1)
        let atEnd = TextField("街道办事处", cursor: 5)
        atEnd.render(into: &canvas, in: canvas.bounds)
        XCTAssertEqual(canvas.lines(), ["事处  "])
        XCTAssertEqual(canvas.roleLines(legend), ["ffffcf"])
        XCTAssertEqual(atEnd.scrollPosition(width: 6).firstCharacter, 3)

        let onLast = TextField("街道办事处", cursor: 4)
        onLast.render(into: &canvas, in: canvas.bounds)
        XCTAssertEqual(canvas.lines(), ["办事处"])
        XCTAssertEqual(canvas.roleLines(legend), ["ffffcc"])
    }

    func testMixedTextScrollsByColumns() {
        var canvas = Canvas(width: 5, height: 1)
        TextField("ab街道cd", cursor: 4).render(into: &canvas, in: canvas.bounds)
        // Cursor on "c": "街道" (4 columns) plus the cursor cell fit exactly.
        XCTAssertEqual(canvas.lines(), ["街道c"])
        XCTAssertEqual(canvas.roleLines(legend), ["ffffc"])
    }

    func testPlaceholderAndUnfocused() {
        var canvas = Canvas(width: 8, height: 1)
        TextField("", placeholder: "搜索…").render(into: &canvas, in: canvas.bounds)
        XCTAssertEqual(canvas.lines(), ["搜索…   "])
        XCTAssertEqual(canvas.roleLines(legend), ["cddddfff"])

        TextField("abc", isFocused: false).render(into: &canvas, in: canvas.bounds)
        XCTAssertEqual(canvas.lines(), ["abc     "])
        XCTAssertEqual(canvas.roleLines(legend), ["iiiiiiii"])
    }

    func testControlCharactersInTheValueAreEscaped() {
        var canvas = Canvas(width: 6, height: 1)
        TextField("a\tb\u{1B}").render(into: &canvas, in: canvas.bounds)
        XCTAssertEqual(canvas.lines(), ["a␉b␛  "])
    }

    func testTinySizes() {
        var one = Canvas(width: 1, height: 1)
        TextField("街道", cursor: 2).render(into: &one, in: one.bounds)
        XCTAssertEqual(one.lines(), [" "])
        XCTAssertEqual(one.cell(x: 0, y: 0)?.role, .cursor)

        TextField("街道", cursor: 0).render(into: &one, in: one.bounds)
        XCTAssertEqual(one.lines(), [" "])
        assertWellFormed(one)

        var zero = Canvas(width: 0, height: 0)
        TextField("abc").render(into: &zero, in: zero.bounds)
        XCTAssertNil(TextField("abc").cursorPosition(in: .zero))
    }
}
