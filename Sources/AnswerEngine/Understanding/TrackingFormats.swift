import Foundation
import Workspace

/// The tracking-number formats the engine recognises: the store's own carriers (`kbkit.yaml`,
/// `orders.tracking`) first, then kbkit's built-in ones (`Resources/carriers.tsv`), most specific
/// first: a number claimed by an earlier format is not offered to a later one.
///
/// Bare digit runs of 10–14 digits (DHL Express, SEUR, LBC) look like phone or bank numbers too, so
/// such formats count only when the message names a carrier or speaks of tracking.
public struct TrackingFormats: Sendable {
    struct Format: @unchecked Sendable {
        let carrier: String?
        // NSRegularExpression is immutable and thread-safe once built.
        let regex: NSRegularExpression
        /// Needs a carrier name or a tracking word in the message.
        let needsContext: Bool
    }

    let formats: [Format]
    /// The national post of a UPU S10 number's country suffix.
    let postByCountry: [String: String]
    /// Carrier names as customers write them (folded to upper case) → the carrier's name.
    let carrierNames: [(String, String)]
    /// Words that say a number is a tracking number.
    let trackingWords: [String]

    /// The built-in carriers with the store's formats before them.
    public init(store: [TrackingFormat] = []) {
        let builtIn = BuiltInCarriers.shared
        formats = store.compactMap { Self.format($0.carrier, $0.pattern, needsContext: $0.needsContext) } + builtIn.formats
        postByCountry = builtIn.postByCountry
        var names = builtIn.carrierNames
        for carrier in Set(store.compactMap(\.carrier)) where !names.contains(where: { $0.1 == carrier }) {
            names.append((carrier.uppercased(), carrier))
        }
        carrierNames = names
        trackingWords = builtIn.trackingWords
    }

    static func format(_ carrier: String?, _ pattern: String, needsContext: Bool) -> Format? {
        guard let regex = try? NSRegularExpression(pattern: "(?<![A-Z0-9])(?:" + pattern + ")(?![A-Z0-9])", options: [.caseInsensitive])
        else { return nil }
        return Format(carrier: carrier, regex: regex, needsContext: needsContext)
    }

    /// The carrier the message names, when it names exactly one.
    func namedCarrier(in upper: String) -> String? {
        let named = Set(carrierNames.filter { TextSearch.contains(upper, $0.0) }.map(\.1))
        return named.count == 1 ? named.first : nil
    }

    func mentionsTracking(_ upper: String) -> Bool {
        trackingWords.contains { TextSearch.contains(upper, $0) } || namedCarrier(in: upper) != nil
    }
}

/// `Resources/carriers.tsv`, read once.
struct BuiltInCarriers: @unchecked Sendable {
    var formats: [TrackingFormats.Format] = []
    var postByCountry: [String: String] = [:]
    var carrierNames: [(String, String)] = []
    var trackingWords: [String] = []

    static let shared = BuiltInCarriers(tsv: String(decoding: PackageResources.carriers_tsv, as: UTF8.self))

    /// A malformed line is a defect of kbkit itself; the tests parse the file and fail on it.
    init(tsv: String) {
        for line in tsv.split(separator: "\n") where !line.hasPrefix("#") && !line.isEmpty {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            switch (f[0], f.count) {
            case ("format", 3...):
                if let format = TrackingFormats.format(f[2].isEmpty ? nil : f[2], f[1], needsContext: f.count > 3 && f[3] == "needs_context") {
                    formats.append(format)
                }
            case ("post", 3): postByCountry[f[1]] = f[2]
            case ("name", 3): carrierNames.append((f[1], f[2]))
            case ("word", 2): trackingWords.append(f[1])
            default: continue
            }
        }
    }

    /// Lines of the file that are not one of the four kinds (for the tests).
    static func malformedLines(_ tsv: String) -> [String] {
        tsv.split(separator: "\n").filter { !$0.hasPrefix("#") && !$0.isEmpty }.map(String.init).filter { line in
            let f = line.split(separator: "\t", omittingEmptySubsequences: false)
            switch (f[0], f.count) {
            case ("format", 3), ("format", 4), ("post", 3), ("name", 3), ("word", 2): return false
            default: return true
            }
        }
    }
}
