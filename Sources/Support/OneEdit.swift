/// Whether two words differ by at most one typing slip: one letter changed, added, left out, or two
/// neighbours swapped ("packscal", "pakscale", "packsclae" for "packscale"). A bounded check, not a
/// distance: it stops at the second difference, which is what matching a message's words against a
/// few names needs.
public enum OneEdit {
    public static func apart(_ a: String, _ b: String) -> Bool {
        let a = Array(a.unicodeScalars), b = Array(b.unicodeScalars)
        guard abs(a.count - b.count) <= 1 else { return false }
        var i = 0
        while i < a.count, i < b.count, a[i] == b[i] { i += 1 }
        if i == a.count || i == b.count { return true }   // the same, or one letter added at the end
        if a.count == b.count {
            // Changed here, or swapped with the next.
            if a[(i + 1)...] == b[(i + 1)...] { return true }
            return i + 1 < a.count && a[i] == b[i + 1] && a[i + 1] == b[i] && a[(i + 2)...] == b[(i + 2)...]
        }
        // One letter added or left out here.
        return a.count > b.count ? a[(i + 1)...] == b[i...] : a[i...] == b[(i + 1)...]
    }
}
