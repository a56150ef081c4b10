import Foundation

/// A data file shipped in the Linguistics module's resource bundle (`kbkit_Linguistics.resources`,
/// next to the executable) rather than embedded in code: large tables compile slowly as byte-array
/// literals (a 1.5 MB one took minutes in a release build), and a file is read only by the
/// commands that need it.
///
/// SwiftPM's generated `Bundle.module` stops the process when the bundle is missing (a binary
/// copied without it); this looks in the same place and returns nil instead, so the caller can go
/// on without the table.
enum BundledResource {
    static let bundleName = "kbkit_Linguistics.resources"

    /// The file's bytes, mapped when the system allows; nil when the bundle or the file is missing.
    static func data(_ name: String) -> Data? {
        for directory in directories {
            let url = directory.appendingPathComponent(bundleName).appendingPathComponent(name)
            if let data = try? Data(contentsOf: url, options: .mappedIfSafe) { return data }
        }
        return nil
    }

    /// Where the bundle may sit: beside the main executable (SwiftPM's build folder, or an install
    /// that copied both), then beside the executable the path it was started by resolves to.
    private static var directories: [URL] {
        var out = [Bundle.main.bundleURL]
        if let executable = Bundle.main.executableURL {
            let resolved = executable.resolvingSymlinksInPath().deletingLastPathComponent()
            if resolved.path != out[0].path { out.append(resolved) }
        }
        return out
    }
}
