extension EmotionLexicon {
    static let german = EmotionLexicon(language: "de", entries: [
        .strongAnger: [
            "frechheit", "unverschämt*", "skandal*", "reicht mir", "reicht es", "reicht's", "nase voll", "stinksauer", "wütend",
            "verarsch*", "betrug", "betrüger", "abzocke", "zumutung", "inakzeptabel", "nicht akzeptabel", "unfassbar",
            "empört", "verärgert", "nie wieder", "schlechtester", "katastroph*", "sauerei", "hab genug", "habe genug",
            "habe jetzt genug", "mir reicht's",
        ],
        .anger: [
            "sauer", "unmöglich", "lächerlich", "nutzlos", "miserabel", "mies", "ärgerlich", "keiner hilft", "niemand hilft", "niemand antwortet",
            "keiner antwortet", "keine antwort", "schrott", "mist", "schlecht", "unzuverlässig", "ignoriert", "sauladen",
        ],
        .frustration: [
            "enttäuscht", "enttäuschend", "genervt", "nervig", "nervt", "immer noch nicht", "immer noch kein", "immer noch keine",
            "noch immer nicht", "noch immer kein", "warte seit", "warte immer noch", "keine reaktion", "unzufrieden", "beschwer*",
            "dauert ewig", "ewig", "ärger", "schade", "lange genug",
        ],
        .distress: [
            "verzweifelt", "verzweiflung", "angst", "sorgen", "besorgt", "panik", "weiß nicht mehr weiter", "weiss nicht mehr weiter",
            "weiß nicht weiter", "weiss nicht weiter", "was soll ich tun", "was soll ich machen", "notfall", "weine", "weinen",
            "kann mir das nicht leisten", "mein letztes geld", "gefährlich", "verbrannt", "rauch", "qualm", "brennt", "brandgeruch",
            "stromschlag", "verletzt", "hilflos", "~bitte helfen", "~helfen sie mir", "~hilfe", "~dringend",
        ],
        .confusion: [
            "verstehe nicht", "versteh nicht", "verstehe ich nicht", "verstehe das nicht", "verwirrt", "verwirrend", "unklar",
            "nicht sicher", "keine ahnung", "komisch", "seltsam", "blicke nicht durch", "steige nicht durch", "wie meinen sie",
        ],
        .positive: ["zufrieden", "glücklich", "gut", "ok", "okay", "akzeptabel", "hilfreich", "in ordnung"],
        .calming: [
            "kein stress", "keine eile", "eilt nicht", "kein problem", "nicht dringend", "in ruhe", "ohne eile", "keine sorge",
            "ganz entspannt", "kein druck",
        ],
        .negator: ["nicht", "kein", "keine", "keinen", "keiner", "keinem", "nie", "niemals", "nichts", "ohne", "weder"],
        .intensifier: [
            "sehr", "wirklich", "total", "völlig", "absolut", "extrem", "echt", "so", "richtig", "komplett", "mega", "unglaublich",
            "äußerst", "voll", "zutiefst", "mehr als",
        ],
        .diminisher: ["bisschen", "ein bisschen", "etwas", "leicht", "ein wenig", "ein klein wenig", "minimal"],
        .repetition: [
            "dritte mal", "dritten mal", "drittes mal", "zweite mal", "zweiten mal", "x-ten mal", "zigsten mal", "schon wieder",
            "~wieder", "~erneut", "~nochmal", "~noch einmal", "mehrmals", "mehrfach", "zigmal", "schon geschrieben", "bereits geschrieben",
            "bereits gemeldet", "schon gemeldet", "immer noch nicht", "immer noch kein",
        ],
        .human: [
            "mitarbeiter", "mitarbeiterin", "~menschen", "~mensch", "echten person", "echte person", "persönlich sprechen",
            "mit jemandem sprechen", "mit jemandem reden", "berater", "beraterin", "kundenberater", "sachbearbeiter", "kein bot",
            "keinen bot", "keinem bot", "vorgesetzten", "~persönlich", "~anrufen", "~sprechen",
        ],
        .chargeback: [
            "chargeback", "rückbuchung", "rücklastschrift", "lastschrift zurück", "zurückbuchen", "zurückbuchen lassen",
            "bank einschalten", "meiner bank melden", "paypal-konflikt", "paypal konflikt", "käuferschutz", "konflikt melden",
            "zahlung zurückholen", "widerspruch bei der bank", "kreditkartenfirma", "kreditkartengesellschaft", "widerspreche der lastschrift",
        ],
        .legal: [
            "anwalt", "anwältin", "rechtsanwalt", "rechtsanwältin", "rechtliche schritte", "gerichtlich", "gericht", "klage",
            "verklagen", "mahnverfahren", "juristisch", "anzeige erstatten", "polizei",
        ],
        .consumerAuthority: [
            "verbraucherzentrale", "verbraucherschutz", "schlichtungsstelle", "bundesnetzagentur", "gewerbeaufsicht", "ordnungsamt",
            "europäische verbraucherzentrum", "europäischen verbraucherzentrum",
        ],
        .publicReview: [
            "schlechte bewertung", "negative bewertung", "bewertung schreiben", "bewertung abgeben", "1 stern", "einen stern",
            "ein stern", "trustpilot", "google bewertung", "soziale medien", "sozialen medien", "öffentlich machen",
            "alle warnen", "andere warnen", "rezension",
        ],
    ])

    static let french = EmotionLexicon(language: "fr", entries: [
        .strongAnger: [
            "inadmissible", "inacceptable", "scandal*", "honte", "honteux", "ras le bol", "en ai marre", "marre", "furieux",
            "furieuse", "en colère", "colère", "escroc*", "arnaque*", "foutez", "vous moquez", "se moque", "lamentable",
            "plus jamais", "n'importe quoi", "abusé", "c'est abusé", "inadmissibles", "voleurs", "indigne", "dégoûté", "dégoûtée",
        ],
        .anger: [
            "nul", "nuls", "pire", "pitoyable", "incompétent*", "personne ne répond", "personne ne me répond", "aucune réponse",
            "sans réponse", "inutile", "catastroph*", "mensonge", "mensonges", "honteuse", "insupportable", "minable",
        ],
        .frustration: [
            "déçu", "déçue", "décevant", "déception", "agacé", "agacée", "agaçant", "énervé", "énervée", "énervant",
            "toujours pas", "toujours rien", "toujours aucun", "toujours aucune", "pas content", "pas contente", "mécontent*",
            "insatisfait*", "attends depuis", "pas normal", "plainte", "dommage", "j'attends toujours", "trop long",
        ],
        .distress: [
            "désemparé", "désemparée", "désespéré", "désespérée", "au secours", "inquiet", "inquiète", "inquiétude", "peur",
            "angoiss*", "panique", "paniqué", "paniquée", "stressé", "stressée", "je ne sais pas quoi faire", "je ne sais plus quoi faire",
            "je ne sais plus", "à découvert", "mes derniers", "pleure", "pleurer", "dangereux", "brûlé", "brûlure", "fumée",
            "électrocut*", "blessé", "blessée", "~aidez-moi", "~aidez moi", "~urgent", "~urgence",
        ],
        .confusion: [
            "comprends pas", "ne comprends pas", "pas compris", "je ne comprends", "confus", "confuse", "perdu", "perdue",
            "pas clair", "pas sûr", "pas sûre", "bizarre", "étrange", "comment ça", "je m'y perds",
        ],
        .positive: ["content", "contente", "satisfait", "satisfaite", "heureux", "heureuse", "normal", "acceptable", "ravi", "ravie"],
        .calming: [
            "pas de souci", "pas de soucis", "pas de problème", "pas pressé", "pas pressée", "rien ne presse", "pas urgent",
            "sans urgence", "prenez votre temps", "aucun souci", "pas grave",
        ],
        .negator: ["pas", "ne", "n", "jamais", "aucun", "aucune", "rien", "sans", "ni", "guère"],
        .intensifier: [
            "très", "vraiment", "trop", "tellement", "complètement", "totalement", "absolument", "extrêmement", "si", "super",
            "grave", "franchement", "profondément",
        ],
        .diminisher: ["un peu", "légèrement", "un petit peu", "un brin", "quelque peu"],
        .repetition: [
            "troisième fois", "3e fois", "3ème fois", "deuxième fois", "encore une fois", "à nouveau", "de nouveau",
            "écrit plusieurs fois", "contacté plusieurs fois", "appelé plusieurs fois", "je relance", "je vous relance", "déjà écrit", "déjà contacté", "énième fois", "toujours pas", "~encore",
        ],
        .human: [
            "un conseiller", "une conseillère", "~conseiller", "~conseillère", "un humain", "humain", "une personne", "vraie personne", "personne réelle",
            "un agent", "opérateur", "opératrice", "un responsable", "parler à quelqu'un", "pas un robot", "pas un bot",
            "~parler à", "~parler avec",
        ],
        .chargeback: [
            "opposition", "faire opposition", "fais opposition", "contester le paiement", "contestation", "litige paypal",
            "ouvrir un litige", "rétrofacturation", "chargeback", "rejet de prélèvement",
        ],
        .legal: [
            "avocat", "avocate", "action en justice", "justice", "tribunal", "poursuites", "poursuivre", "mise en demeure",
            "juridique", "huissier", "porter plainte", "police",
        ],
        .consumerAuthority: [
            "dgccrf", "signal conso", "signalconso", "60 millions", "association de consommateurs", "ufc que choisir",
            "que choisir", "médiateur", "répression des fraudes", "répression",
        ],
        .publicReview: [
            "mauvais avis", "avis négatif", "laisser un avis", "laisse un avis", "un avis sur", "avis sur google", "une étoile",
            "1 étoile", "trustpilot", "avis vérifiés", "réseaux sociaux", "facebook", "twitter", "instagram", "tiktok",
        ],
    ])

    static let spanish = EmotionLexicon(language: "es", entries: [
        .strongAnger: [
            "hasta las narices", "harto", "harta", "hartos", "vergüenza", "inaceptable", "indignante", "indignado", "indignada",
            "furioso", "furiosa", "cabreado", "cabreada", "estafa", "estafadores", "timo", "ladrones", "una mierda", "nunca más",
            "el colmo", "es el colmo", "enojado", "enojada", "enfadado", "enfadada", "encabronado", "encabronada", "me tienen harto",
        ],
        .anger: [
            "pésimo", "pésima", "fatal", "un desastre", "desastre", "ridículo", "inútiles", "inútil", "nadie contesta",
            "nadie responde", "nadie me contesta", "nadie me responde", "no contestan", "sin respuesta", "~increíble", "basta",
            "mentira", "mentirosos", "incompetentes", "una burla",
        ],
        .frustration: [
            "molesto", "molesta", "decepcionado", "decepcionada", "decepción", "todavía no", "aún no", "sigue sin", "sigo sin",
            "sigo esperando", "queja", "insatisfecho", "insatisfecha", "fastidio", "lleva días", "llevo días", "demasiado tiempo",
        ],
        .distress: [
            "desesperado", "desesperada", "ayúdenme", "ayudenme", "preocupado", "preocupada", "miedo", "angustia", "angustiado",
            "angustiada", "pánico", "no sé qué hacer", "no se que hacer", "llorando", "peligroso", "quemado", "quemadura", "humo",
            "no me alcanza", "mi último dinero", "asustado", "asustada", "~ayuda", "~urgente", "~por favor ayuda",
        ],
        .confusion: [
            "no entiendo", "no lo entiendo", "no me aclaro", "confundido", "confundida", "confuso", "no estoy seguro",
            "no estoy segura", "no queda claro", "no está claro", "raro", "extraño", "perdido", "perdida", "no sé",
        ],
        .positive: ["contento", "contenta", "satisfecho", "satisfecha", "feliz", "aceptable", "bien"],
        .calming: [
            "no hay prisa", "sin prisa", "no es urgente", "no pasa nada", "tranquilo", "tranquila", "sin problema",
            "disculpe la molestia", "perdón por la molestia", "cuando puedan",
        ],
        .negator: ["no", "nunca", "jamás", "nada", "ningún", "ninguna", "ninguno", "sin", "ni", "tampoco"],
        .intensifier: [
            "muy", "realmente", "totalmente", "super", "súper", "demasiado", "tan", "increíblemente", "completamente",
            "absolutamente", "bastante", "re", "sumamente",
        ],
        .diminisher: ["un poco", "algo", "ligeramente", "un poquito", "un tanto"],
        .repetition: [
            "tercera vez", "segunda vez", "~otra vez", "~de nuevo", "varias veces", "ya escribí", "ya les escribí", "ya pregunté",
            "ya he escrito", "mil veces", "sigue sin", "una vez más", "nuevamente",
        ],
        .human: [
            "persona real", "persona de verdad", "~una persona", "un humano", "humano", "un agente", "asesor", "asesora",
            "operador", "operadora", "hablar con alguien", "no un bot", "no con un bot", "representante", "ejecutivo",
            "ejecutiva", "~me pasas con", "~me pasa con", "~comunicar con", "~hablar con",
        ],
        .chargeback: [
            "contracargo", "reclamar al banco", "reclamación al banco", "llamar al banco", "hablar con mi banco", "disputa",
            "anular el cargo", "desconocer el cargo", "devolución del cargo", "reclamación en paypal",
        ],
        .legal: [
            "abogado", "abogada", "demanda", "demandar", "denuncia", "denunciar", "juicio", "acciones legales", "vía judicial",
            "tribunales", "juzgado", "policía",
        ],
        .consumerAuthority: [
            "en consumo", "a consumo", "ante consumo", "oficina del consumidor", "omic", "profeco", "defensa del consumidor",
            "hoja de reclamaciones", "ocu", "facua", "organización de consumidores", "asociación de consumidores",
        ],
        .publicReview: [
            "mala reseña", "reseña negativa", "una reseña en", "reseña en google", "opinión negativa", "una estrella",
            "1 estrella", "trustpilot", "redes sociales", "redes", "facebook", "twitter", "instagram", "tiktok", "escrachar",
            "exponerlos", "una reseña",
        ],
    ])

    static let italian = EmotionLexicon(language: "it", entries: [
        .strongAnger: [
            "vergognoso", "vergognosa", "vergogna", "vergognatevi", "che schifo", "schifo", "inaccettabile", "scandaloso",
            "scandalo", "furioso", "furiosa", "arrabbiat*", "incazzat*", "truffa", "truffatori", "ladri", "assurdo", "non se ne può più",
            "stufo", "stufa", "indecente", "mai più",
        ],
        .anger: [
            "pessimo", "pessima", "ridicolo", "incompetenti", "inutili", "inutile", "nessuno risponde", "nessuno mi risponde",
            "nessuna risposta", "senza risposta", "basta", "vergognose", "disastro", "presa in giro",
        ],
        .frustration: [
            "deluso", "delusa", "deludente", "delusione", "ancora niente", "ancora nessun", "ancora nessuna", "ancora non",
            "scontento", "scontenta", "insoddisfatto", "insoddisfatta", "seccato", "seccata", "seccante", "fastidio",
            "infastidito", "infastidita", "lamentela", "aspetto da", "troppo tempo",
        ],
        .distress: [
            "disperato", "disperata", "aiutatemi", "preoccupato", "preoccupata", "paura", "ansia", "angoscia", "panico",
            "non so cosa fare", "non so più cosa fare", "piango", "piangere", "pericoloso", "bruciato", "bruciata", "fumo",
            "scossa", "ultimi soldi", "~aiuto", "~urgente",
        ],
        .confusion: [
            "non capisco", "non ho capito", "confuso", "confusa", "non è chiaro", "non sono sicuro", "non sono sicura", "strano",
            "non mi è chiaro",
        ],
        .positive: ["contento", "contenta", "soddisfatto", "soddisfatta", "felice"],
        .calming: [
            "nessuna fretta", "senza fretta", "non è urgente", "non c'è fretta", "nessun problema", "tranquillo", "con calma",
            "ma capisco",
        ],
        .negator: ["non", "mai", "nessun", "nessuno", "nessuna", "niente", "nulla", "senza", "né"],
        .intensifier: [
            "molto", "davvero", "veramente", "troppo", "tanto", "così", "totalmente", "assolutamente", "estremamente", "super",
            "proprio",
        ],
        .diminisher: ["un po'", "un po", "leggermente", "un pochino", "poco"],
        .repetition: [
            "terza volta", "seconda volta", "~di nuovo", "ancora una volta", "più volte", "diverse volte", "già scritto",
            "ho già scritto", "ennesima volta", "ancora niente",
        ],
        .human: [
            "operatore", "operatrice", "~una persona", "persona reale", "un umano", "essere umano", "consulente", "un agente",
            "parlare con qualcuno", "non un bot", "assistenza umana", "~responsabile", "~parlare con",
        ],
        .chargeback: [
            "chargeback", "storno", "contestare il pagamento", "contestazione", "disconoscimento", "reclamo paypal",
            "controversia",
        ],
        .legal: [
            "avvocato", "avvocata", "vie legali", "azioni legali", "denuncia", "denunciare", "tribunale", "diffida",
            "carabinieri", "polizia", "giudice",
        ],
        .consumerAuthority: [
            "altroconsumo", "codacons", "agcm", "antitrust", "associazione consumatori", "associazione dei consumatori",
            "federconsumatori", "adiconsum", "unione nazionale consumatori",
        ],
        .publicReview: [
            "recensione negativa", "pessima recensione", "una recensione", "recensione su", "una stella", "1 stella",
            "trustpilot", "social", "facebook", "instagram", "twitter", "tiktok",
        ],
    ])

    static let dutch = EmotionLexicon(language: "nl", entries: [
        .strongAnger: [
            "waardeloos", "waardeloze", "schandalig", "schande", "onacceptabel", "onaanvaardbaar", "woedend", "oplichters",
            "oplichting", "zwendel", "nooit meer", "ben het zat", "spuugzat", "kotsbeu", "godverdomme", "klote", "belachelijk",
        ],
        .anger: [
            "boos", "kwaad", "slechtste", "bagger", "niemand reageert", "niemand antwoordt", "geen reactie", "geen antwoord",
            "onbeschoft", "incompetent", "nutteloos",
        ],
        .frustration: [
            "teleurgesteld", "teleurstellend", "balen", "baal", "jammer", "nog steeds niet", "nog steeds geen", "nog altijd niet",
            "ontevreden", "geïrriteerd", "irritant", "vervelend", "klacht", "slecht", "slechte", "duurt lang", "te lang",
        ],
        .distress: [
            "radeloos", "wanhopig", "ongerust", "maak me zorgen", "bang", "angstig", "paniek", "weet niet wat ik moet doen", "ik weet het niet meer",
            "huilen", "gevaarlijk", "verbrand", "rook", "brandlucht", "geschokt", "~help", "~help me", "~dringend", "~spoed",
        ],
        .confusion: [
            "snap het niet", "begrijp het niet", "begrijp niet", "snap niet", "verward", "onduidelijk", "niet duidelijk",
            "weet niet zeker", "vreemd", "raar", "snap er niets van", "snap er niks van",
        ],
        .positive: ["blij", "tevreden", "gelukkig", "goed", "oké", "ok"],
        .calming: ["geen haast", "geen probleem", "geen zorgen", "niet dringend", "rustig aan", "geen stress"],
        .negator: ["niet", "geen", "nooit", "niets", "niks", "zonder", "niemand"],
        .intensifier: [
            "heel", "erg", "echt", "zeer", "super", "ontzettend", "enorm", "totaal", "helemaal", "zo", "vreselijk", "hartstikke",
            "absoluut", "verschrikkelijk",
        ],
        .diminisher: ["beetje", "een beetje", "ietwat", "lichtelijk", "enigszins"],
        .repetition: [
            "derde keer", "tweede keer", "~weer", "~opnieuw", "alweer", "nogmaals", "meerdere keren", "al gemaild", "al eerder",
            "al gevraagd", "zoveelste keer", "~nog steeds",
        ],
        .human: [
            "medewerker", "medewerkster", "een mens", "~mens", "echte persoon", "iemand spreken", "iemand te spreken",
            "met iemand praten", "iemand van de klantenservice", "geen bot", "geen robot", "leidinggevende", "menselijke",
            "~persoonlijk", "~spreken",
        ],
        .chargeback: [
            "terugboeking", "terugboeken", "storno", "storneren", "bank inschakelen", "via mijn bank", "geschil", "chargeback",
            "betaling terugdraaien", "terugvorderen",
        ],
        .legal: ["advocaat", "juridische stappen", "rechter", "rechtszaak", "aanklagen", "deurwaarder", "juridisch", "aangifte", "politie"],
        .consumerAuthority: [
            "acm", "consumentenbond", "autoriteit consument", "consuwijzer", "geschillencommissie", "klacht indienen bij",
        ],
        .publicReview: [
            "slechte review", "negatieve review", "een review", "slechte recensie", "recensie", "trustpilot", "kiyoh",
            "social media", "facebook", "instagram", "twitter", "tiktok", "iedereen waarschuwen",
        ],
    ])

    static let polish = EmotionLexicon(language: "pl", entries: [
        .strongAnger: [
            "skandal", "skandaliczne", "żenada", "żenujące", "wstyd", "oszust*", "złodzieje", "wściekły", "wściekła", "wkurz*",
            "mam dość", "dość tego", "kpina", "niedopuszczalne", "nie do przyjęcia", "chamstwo", "bezczelność", "nigdy więcej",
            "najgorszy", "najgorsza", "najgorsze",
        ],
        .anger: [
            "porażka", "tragedia", "beznadziej*", "nikt nie odpowiada", "brak odpowiedzi", "bez odpowiedzi", "idioci", "kiepsk*",
            "fatalnie", "fatalny", "okropn*",
        ],
        .frustration: [
            "rozczarowany", "rozczarowana", "zawiedziony", "zawiedziona", "nadal nie", "nadal brak", "wciąż nie", "wciąż brak",
            "dalej nie", "niezadowolony", "niezadowolona", "irytujące", "denerwujące", "zdenerwowany", "zdenerwowana", "skarga",
            "za długo", "ile można",
        ],
        .distress: [
            "załamany", "załamana", "zrozpaczony", "zrozpaczona", "rozpacz*", "~pomocy", "pomóżcie", "martwię się", "zmartwiony",
            "zmartwiona", "boję się", "strach", "panik*", "nie wiem co robić", "nie wiem, co robić", "płaczę", "ostatnie pieniądze",
            "niebezpieczn*", "spalon*", "dym", "porażenie", "~proszę o pomoc", "~pilne", "~pilnie",
        ],
        .confusion: [
            "nie rozumiem", "niejasne", "nie jest jasne", "zdezorientowany", "zdezorientowana", "pogubiłem się",
            "pogubiłam się", "dziwne", "nie jestem pewien", "nie jestem pewna",
        ],
        .positive: ["zadowolony", "zadowolona", "szczęśliwy", "szczęśliwa", "w porządku"],
        .calming: ["spokojnie", "nic pilnego", "bez pośpiechu", "nie ma pośpiechu", "nie śpieszy się", "bez problemu", "żaden problem"],
        .negator: ["nie", "nigdy", "żaden", "żadna", "żadnego", "bez", "nic", "nikt"],
        .intensifier: [
            "bardzo", "naprawdę", "totalnie", "strasznie", "okropnie", "kompletnie", "całkowicie", "super", "mega", "absolutnie",
            "niesamowicie", "serio",
        ],
        .diminisher: ["trochę", "troszkę", "nieco", "lekko"],
        .repetition: [
            "trzeci raz", "po raz trzeci", "drugi raz", "po raz kolejny", "~znowu", "~ponownie", "kolejny raz", "już pisałem",
            "już pisałam", "wielokrotnie", "kilka razy", "nadal nie", "wciąż nie",
        ],
        .human: [
            "konsultant*", "człowiek*", "prawdziwą osobą", "żywą osobą", "pracownik*", "nie z botem", "nie bot", "porozmawiać z kimś",
            "~porozmawiać z", "~osobą",
        ],
        .chargeback: [
            "chargeback", "obciążenie zwrotne", "zgłoszę do banku", "zgłoszę w banku", "reklamacja w banku", "reklamację w banku",
            "spór paypal", "otworzę spór", "zastrzeżenie transakcji",
        ],
        .legal: ["prawnik*", "adwokat*", "sąd", "sądu", "pozew", "pozwę", "kroki prawne", "drogę sądową", "policj*", "prokuratur*"],
        .consumerAuthority: [
            "uokik", "rzecznik konsumentów", "rzecznika konsumentów", "rzecznik praw konsumenta", "rzecznika praw konsumenta",
            "inspekcja handlowa", "inspekcji handlowej", "federacja konsumentów", "europejskie centrum konsumenckie",
        ],
        .publicReview: [
            "negatywna opinia", "negatywną opinię", "złą opinię", "opinię w", "recenzj*", "jedna gwiazdka", "jedną gwiazdkę",
            "ceneo", "opineo", "trustpilot", "facebook", "media społecznościowe", "social media", "napiszę wszędzie",
        ],
    ])
}
