import JiedaoCore

/// What a cell's text comes from, so a search over a million rows need not build every cell:
/// text kept in the registry's arena is searched in its bytes, and a cell that is one of a few
/// values (a community, a state, a category) is matched once per value.
public enum SearchKey: Sendable {
    /// The cell shows this stored text as it is.
    case text(TextRef)
    /// The cell's text is the same for every row with this value.
    case value(Int64)
}
