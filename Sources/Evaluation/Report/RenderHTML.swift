/// Small building blocks of the HTML report. Every piece of text goes through `text` (element
/// content) or `attr` (attribute values): there is no way to put KB or customer text into the page
/// unescaped.
enum HTML {
    static func text(_ s: String) -> String { RenderEscape.markup(s) }
    static func attr(_ s: String) -> String { RenderEscape.attribute(s) }

    /// A fragment id made of the characters safe in URLs and CSS (`case-de-returns-001`); other
    /// characters become `-` followed by their code point, so distinct ids stay distinct.
    static func anchor(_ prefix: String, _ s: String) -> String {
        var out = prefix + "-"
        for scalar in s.unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "." || scalar == "_" {
                out.unicodeScalars.append(scalar)
            } else if scalar == "-" {
                out += "--"
            } else {
                out += "-\(String(scalar.value, radix: 16))"
            }
        }
        return out
    }

    /// A table cell with a figure, coloured by its band (class `good`, `fair` or `poor`).
    static func metricCell(_ metric: String, _ value: Double?) -> String {
        let band = ScoreBand.of(metric, value).map { " " + $0.rawValue } ?? ""
        return "<td class=\"num\(band)\">\(text(RenderNumber.metric(metric, value)))</td>"
    }

    /// A cell with a 0…1 figure where higher is better (precision, recall, F1).
    static func rateCell(_ value: Double?) -> String {
        let band = ScoreBand.of(higherIsBetter: value).map { " " + $0.rawValue } ?? ""
        return "<td class=\"num\(band)\">\(text(RenderNumber.percent(value)))</td>"
    }

    /// `lang` and `dir` for customer and engine text: the right font for Han characters (Japanese
    /// and Chinese glyphs differ) and the right direction for right-to-left scripts.
    static func langAttributes(_ language: String?) -> String {
        guard let language, !language.isEmpty else { return " dir=\"auto\"" }
        return " lang=\"\(attr(language))\" dir=\"auto\""
    }
}
