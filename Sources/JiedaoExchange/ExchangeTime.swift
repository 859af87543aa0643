import JiedaoCore
/// Instants as ISO 8601 text with the data set's UTC offset (`2026-11-27T10:00:00+08:00`),
/// the form Open311 and the JSON exports use.
public enum ExchangeTime {
    /// `YYYY-MM-DDTHH:MM:SS±HH:MM` at the data set's offset for that instant.
    public static func iso(_ time: Int64, in registry: Registry) -> String {
        iso(time, utcOffset: registry.settings.utcOffset(at: time))
    }

    /// `YYYY-MM-DDTHH:MM:SS±HH:MM` at `utcOffset` seconds east of UTC.
    public static func iso(_ time: Int64, utcOffset: Int) -> String {
        let local = time + Int64(utcOffset)
        let day = Day(unixTime: time, utcOffset: utcOffset)
        let second = Int(((local % 86_400) + 86_400) % 86_400)
        let sign = utcOffset < 0 ? "-" : "+"
        let offset = abs(utcOffset) / 60
        return day.iso + "T" + two(second / 3600) + ":" + two(second % 3600 / 60) + ":" + two(second % 60)
            + sign + two(offset / 60) + ":" + two(offset % 60)
    }

    private static func two(_ n: Int) -> String { n < 10 ? "0" + String(n) : String(n) }
}
