import Workspace

/// A sentence of the answer with the table rows it tells (none for prose) and the answer plan they
/// were told with. The rows travel with the sentence so that a row chosen later, by another step,
/// that says the same of another thing can still join it (`RowWriter.toldOnce`): the policy table's
/// "ภาษีนำเข้า (VAT)" row and the chunk's "อากรขาเข้า" row are one sentence, not two.
struct ToldSentence: Sendable, Equatable {
    var text: String
    var rows: [TableRow] = []
    /// The facets the rows were told with (nil: all of their columns); a row joining them is compared
    /// and told by the same.
    var plan: [AnswerFacet]? = nil
    /// The FAQ question the sentence answers, when it was chosen from a FAQ entry: what the sentence
    /// is about without saying it (the products it names are the sentence's too).
    var question: String? = nil
}
