import Foundation
import Workspace

/// Whether a market's human agents are working at a moment, from the market profile's hours and
/// time zone. The moment is injected: the CLI passes the real time, evaluation a fixed one, so reports
/// stay reproducible.
struct AgentClock: Sendable {
    let now: Date

    func available(_ agents: Market.AgentHours) -> Bool {
        guard let tz = TimeZone(identifier: agents.timezone) else { return true }
        var cal = Calendar(identifier: .gregorian)
        cal.timeZone = tz
        let c = cal.dateComponents([.weekday, .hour, .minute], from: now)
        let day = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"][(c.weekday ?? 1) - 1]
        let minutes = (c.hour ?? 0) * 60 + (c.minute ?? 0)
        return agents.hours.contains { w in
            guard w.days.contains(day), let open = Self.minutes(w.open), let close = Self.minutes(w.close) else { return false }
            return minutes >= open && minutes < close
        }
    }

    /// "Mo.–Sa. 08:00–20:00 (Europe/Paris)" — the days in the answer's language, from locale data.
    static func describe(_ agents: Market.AgentHours, language: String) -> String {
        var cal = Calendar(identifier: .gregorian)
        cal.locale = Locale(identifier: language)
        let symbols = cal.shortWeekdaySymbols  // Sunday first
        let index = ["sun": 0, "mon": 1, "tue": 2, "wed": 3, "thu": 4, "fri": 5, "sat": 6]
        func name(_ d: String) -> String { index[d].map { symbols[$0] } ?? d }
        return agents.hours.map { w in
            let days = w.days.count > 2 ? "\(name(w.days.first!))–\(name(w.days.last!))" : w.days.map(name).joined(separator: ", ")
            return "\(days) \(w.open)–\(w.close)"
        }.joined(separator: "; ") + " (\(agents.timezone))"
    }

    static func minutes(_ hhmm: String) -> Int? {
        let p = hhmm.split(separator: ":")
        guard p.count == 2, let h = Int(p[0]), let m = Int(p[1]) else { return nil }
        return h * 60 + m
    }
}
