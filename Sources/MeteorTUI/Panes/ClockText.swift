#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Formats history timestamps in a given zone without a date formatter: `14:03:22`,
/// `2026-05-04 14:03:22`.
///
/// Plain arithmetic keeps the output independent of the locale, so snapshots are stable.
enum ClockText {
    /// The time of day, `HH:mm:ss`.
    static func time(_ date: Date, in zone: TimeZone) -> String {
        let (_, seconds) = split(date, in: zone)
        return "\(pad(seconds / 3600)):\(pad(seconds / 60 % 60)):\(pad(seconds % 60))"
    }

    /// The date and time, `yyyy-MM-dd HH:mm:ss`.
    static func dateTime(_ date: Date, in zone: TimeZone) -> String {
        let (days, _) = split(date, in: zone)
        let (year, month, day) = civil(days)
        return "\(year)-\(pad(month))-\(pad(day)) \(time(date, in: zone))"
    }

    /// Days since 1970-01-01 and seconds into that day, in the zone.
    private static func split(_ date: Date, in zone: TimeZone) -> (days: Int, seconds: Int) {
        let local =
            Int(date.timeIntervalSince1970.rounded(.down)) + zone.secondsFromGMT(for: date)
        let days = local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
        return (days, local - days * 86_400)
    }

    /// Year, month and day of a day number (Howard Hinnant's `civil_from_days`).
    private static func civil(_ days: Int) -> (Int, Int, Int) {
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    private static func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
