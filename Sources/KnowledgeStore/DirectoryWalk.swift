import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The regular files below a folder, not following symbolic links, skipping hidden entries (a name
/// starting with ".") and everything below a hidden folder: what `FileDiscovery` imports.
///
/// Why not `FileManager.enumerator(atPath:)`: on Linux it builds an attributes dictionary with an
/// `lstat` for every entry, and the walk took about a tenth of the import writer's time on the
/// bench corpus (6,874 files) before any file was read. `readdir` gives each entry's type.
enum DirectoryWalk {
    /// Paths relative to `root`, in no particular order (the caller sorts).
    static func regularFiles(under root: String) -> [String] {
        var out: [String] = []
        walk(root, relative: "", into: &out)
        return out
    }

    private static func walk(_ path: String, relative: String, into out: inout [String]) {
        guard let dir = opendir(path) else { return }
        defer { closedir(dir) }
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(cString: raw.baseAddress!.assumingMemoryBound(to: CChar.self))
            }
            if name.hasPrefix(".") { continue }   // ".", ".." and hidden entries
            let full = path + "/" + name
            let rel = relative.isEmpty ? name : relative + "/" + name
            var type = Int32(entry.pointee.d_type)
            if type == Int32(DT_UNKNOWN) {
                // Some file systems do not fill in the type: ask lstat (a link stays a link).
                var info = stat()
                guard lstat(full, &info) == 0 else { continue }
                type = (info.st_mode & S_IFMT) == S_IFDIR ? Int32(DT_DIR) : (info.st_mode & S_IFMT) == S_IFREG ? Int32(DT_REG) : Int32(DT_LNK)
            }
            if type == Int32(DT_DIR) {
                walk(full, relative: rel, into: &out)
            } else if type == Int32(DT_REG) {
                out.append(rel)
            }
        }
    }
}
