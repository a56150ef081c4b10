import Foundation
import Support
import Workspace

/// kbkit's built-in phrase files (`Resources/phrases/<lang>.yaml`, embedded in the binary), parsed
/// once. A file that does not parse is a bug in kbkit, caught by PhrasesTableTests.
enum BuiltinPhrases {
    static let files: [String: PhraseFile] = {
        let embedded: [(String, [UInt8])] = [
            ("en", PackageResources.en_yaml), ("de", PackageResources.de_yaml), ("fr", PackageResources.fr_yaml),
            ("es", PackageResources.es_yaml), ("it", PackageResources.it_yaml), ("nl", PackageResources.nl_yaml),
            ("pl", PackageResources.pl_yaml), ("ja", PackageResources.ja_yaml), ("th", PackageResources.th_yaml),
            ("vi", PackageResources.vi_yaml), ("id", PackageResources.id_yaml), ("ms", PackageResources.ms_yaml),
            ("fil", PackageResources.fil_yaml), ("zh", PackageResources.zh_yaml),
        ]
        var out: [String: PhraseFile] = [:]
        for (lang, bytes) in embedded {
            let name = "phrases/\(lang).yaml (built in)"
            out[lang] = BuiltInResource.read {
                try YAMLNode.parse(String(decoding: bytes, as: UTF8.self), file: name).map { try PhraseFile.load($0, language: lang) }
            }
        }
        return out
    }()

    static var languages: [String] { files.keys.sorted() }
}
