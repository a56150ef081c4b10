import Foundation
import KnowledgeStore
import Linguistics
import Synchronization

extension AnswerEngine {
    /// Reads ahead, on `workers` threads, what answers otherwise read the first time they reach it
    /// and then keep for the engine's life: the language identifier's resources, the retriever's
    /// term counts (`Retriever.readAhead`), every intent's policy tables in every language of the
    /// markets (`KnowledgeFinder.policyRows`) and every chunk as sentence selection reads it
    /// (`AnswerSelector.reading`). None of it depends on a question,
    /// so a run of many questions (an evaluation) answers at its steady pace from the first one; the
    /// answers are the same with or without it. A single question (`kbkit ask`) does without: it
    /// reads only its own chunks.
    public func prepare(workers: Int = ProcessInfo.processInfo.activeProcessorCount) throws {
        let languages = Array(Set(markets.values.flatMap(\.languages))).sorted()
        let topics = Array(Set(catalog.intents.map(\.topics).filter { !$0.isEmpty }))
        let tables = languages.flatMap { language in topics.map { (docs: $0, language: language) } }
        let chunks = try retriever.chunks()
        let next = Mutex(0)
        let failure = Mutex<(any Error)?>(nil)
        DispatchQueue.concurrentPerform(iterations: max(1, workers)) { _ in
            while true {
                let i = next.withLock { n in defer { n += 1 }; return n }
                do {
                    if i == 0 {
                        LanguageIdentifier.loadResources()
                    } else if i == 1 {
                        try retriever.readAhead()
                    } else if i - 2 < tables.count {
                        _ = try finder.policyRows(docs: tables[i - 2].docs, language: tables[i - 2].language)
                    } else if i - 2 - tables.count < chunks.count {
                        _ = finder.selector.reading(chunks[i - 2 - tables.count])
                    } else {
                        return
                    }
                } catch {
                    failure.withLock { $0 = $0 ?? error }
                    return
                }
            }
        }
        if let error = failure.withLock({ $0 }) { throw error }
    }
}
