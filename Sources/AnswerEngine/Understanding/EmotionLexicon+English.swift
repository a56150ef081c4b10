extension EmotionLexicon {
    static let english = EmotionLexicon(language: "en", entries: [
        .strongAnger: [
            "furious", "fuming", "livid", "outraged", "outrageous", "disgrace*", "disgusting", "unacceptable", "appalling",
            "fed up", "sick of", "sick and tired", "had enough", "pissed", "wtf", "what the hell", "shame on you",
            "how dare", "worst store", "worst service", "worst company", "worst customer service", "never again",
            "never order again", "never buying", "absolute joke", "is a joke", "bullshit", "thieves", "rip off", "ripoff",
            "sort it out", "incompetent", "pathetic", "done with you",
        ],
        .anger: [
            "ridiculous", "useless", "terrible", "horrible", "awful", "angry", "mad", "rubbish", "shocking", "worst",
            "nobody ever answers", "nobody answers", "no one answers", "nobody replies", "no one replies", "nobody responds",
            "ignoring me", "ignored", "waste of money", "waste of time", "stupid", "crap", "damn", "scam*", "lied", "liars",
            "a joke", "garbage", "trash", "insane", "unbelievable", "you people",
        ],
        .frustration: [
            "annoy*", "frustrat*", "disappoint*", "irritat*", "unhappy", "dissatisfied", "not impressed",
            "still not", "still no", "still nothing", "still hasn't", "still haven't", "still hasnt", "still havent",
            "still waiting", "still says", "still shows", "still isn't", "still isnt", "still don't", "still dont",
            "waiting for ages", "taking forever", "takes forever", "for ages", "~so long", "~too long", "come on",
            "no response", "no reply", "no answer", "haven't heard", "havent heard", "not heard back", "tired of",
            "complain*", "poor service", "bad service", "not good enough", "not acceptable",
            "sucks", "a mess",
        ],
        .distress: [
            "desperate", "scared", "afraid", "terrified", "frightened", "worried", "anxious", "panic*", "stressed",
            "stressful", "can't afford", "cant afford", "cannot afford", "last money", "all my money", "overdrawn",
            "crying", "in tears", "devastated", "heartbroken", "don't know what to do", "dont know what to do",
            "no idea what to do", "emergency", "dangerous", "unsafe", "smoke", "smoking", "burning", "caught fire",
            "on fire", "melted", "sparks", "electric shock", "injured", "burned", "burnt", "upset", "distraught",
            "begging", "~please help", "~help me", "~urgent", "~urgently", "~need it by", "helpless",
        ],
        .confusion: [
            "confus*", "don't understand", "dont understand", "do not understand", "not sure", "unclear", "makes no sense",
            "doesn't make sense", "doesnt make sense", "what does this mean", "what does that mean", "i'm lost", "im lost",
            "no idea", "how come", "puzzled", "can't figure", "cant figure", "which one", "huh", "weird", "strange",
        ],
        .positive: ["happy", "satisfied", "pleased", "impressed", "helpful", "acceptable", "okay", "ok", "good", "fine", "fair"],
        .calming: [
            "no worries", "no rush", "no hurry", "not urgent", "no problem", "take your time", "not complaining",
            "just wondering", "just curious", "no stress", "whenever you can", "lol", "haha", "hehe", "no big deal",
            "not a big deal", "not in a hurry",
        ],
        .negator: [
            "not", "no", "never", "dont", "cant", "wont", "isnt", "wasnt", "didnt", "doesnt", "arent", "havent", "hasnt",
            "neither", "nor", "hardly", "without", "cannot",
        ],
        .intensifier: [
            "very", "so", "really", "extremely", "totally", "absolutely", "completely", "incredibly", "super", "truly",
            "utterly", "such", "too", "beyond", "seriously", "deeply", "highly", "insanely", "af",
        ],
        .diminisher: ["slightly", "a bit", "a little", "bit", "somewhat", "kind of", "kinda", "sort of", "mildly", "a tad"],
        .repetition: [
            // A bare "again" is as often "try again" as "writing again": half a cue.
            "~again", "third time", "3rd time", "second time", "2nd time", "once again", "many times", "several times",
            "multiple times", "how many times", "keep asking", "already asked", "already told", "already wrote",
            "already contacted", "already emailed", "writing again", "asking again", "for the third", "yet again",
            "still nothing", "still no", "still not",
        ],
        .human: [
            "human", "real person", "~a person", "live agent", "an agent", "human agent", "real agent", "representative",
            "customer service rep", "operator", "someone real", "speak to someone", "talk to someone", "speak with someone",
            "talk with someone", "speak to somebody", "talk to somebody", "real human", "not a bot", "no bot", "no more bot",
            "supervisor", "manager", "agent please", "agent pls", "agent plz", "transfer me", "connect me to",
            "~speak to", "~talk to", "~call me",
        ],
        .chargeback: [
            "chargeback", "charge back", "dispute", "disputing", "contact my bank", "call my bank", "tell my bank",
            "report to my bank", "through my bank", "with my bank", "credit card company", "card company", "paypal claim",
            "reverse the charge", "reverse the payment", "stop the payment", "cancel the payment with",
        ],
        .legal: [
            "lawyer", "attorney", "solicitor", "legal action", "take you to court", "court", "sue", "suing", "small claims",
            "legal steps", "legal proceedings", "police",
        ],
        .consumerAuthority: [
            "trading standards", "consumer protection", "bbb", "better business bureau", "ftc", "citizens advice",
            "ombudsman", "attorney general", "report you to", "reporting you to", "consumer association", "cma", "accc",
            "consumer council", "consumers association",
        ],
        .publicReview: [
            "bad review", "negative review", "one-star", "1-star", "one star", "1 star", "trustpilot", "post about",
            "posting about", "social media", "twitter", "facebook", "instagram", "tiktok", "reddit", "google review",
            "tell everyone", "warn others", "warn everyone", "go viral", "review site", "review sites", "expose you",
            "leave a review", "leaving a review", "write a review", "yelp",
        ],
    ])
}
