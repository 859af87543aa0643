import Testing
@testable import JiedaoRollup

@Suite struct CopyTextTests {
    @Test func escapesWhatWouldEndAValue() {
        #expect(CopyText.line(["a\tb", nil, "c\\d\ne\r", "plain"]) == "a\\tb\t\\N\tc\\\\d\\ne\\r\tplain")
    }

    @Test func dropsNul() {
        #expect(CopyText.escape("x\0y") == "xy")
    }

    @Test func hidesPasswords() {
        #expect(PostgresConnection.hidingPassword("postgresql://ann:secret@db.example/x") == "postgresql://ann:***@db.example/x")
        #expect(PostgresConnection.hidingPassword("postgresql://ann@db/x?host=/tmp") == "postgresql://ann@db/x?host=/tmp")
        #expect(PostgresConnection.hidingPassword("host=db password=secret user=ann") == "host=db password=*** user=ann")
    }

    @Test func timestampsAreUTCLiterals() {
        #expect(PublishedTable.timestamp(0) == nil)
        #expect(PublishedTable.timestamp(86_400 + 3_661) == "1970-01-02 01:01:01+00")
    }
}
