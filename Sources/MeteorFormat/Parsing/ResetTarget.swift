/// What `ctl:reset=` (and `meteor reset`) clears.
public enum ResetTarget: String, Sendable, Hashable, Codable, CaseIterable {
    /// The cursor goes back to `app:main`.
    case cursor
    /// All data is cleared; the cursor stays.
    case storage
    /// Both.
    case all
}
