/// Small, curated stop-word lists: articles, pronouns, prepositions, conjunctions, auxiliaries and
/// particles, the words that match everywhere and rank nothing.
///
/// Kept on purpose (they are not in the lists): question words (how, wann, où, cuándo, 什么时候) —
/// FAQ questions are indexed with extra weight and "how long" vs "how much" is exactly what picks
/// the right one; negations (not, nicht, không, tidak) — "has not arrived" is the message.
/// The lists are written with diacritics; the analyzer folds them the same way it folds text.
enum StopWords {
    static func words(for language: String) -> [String] {
        (lists[language] ?? "").split(separator: " ").map(String.init)
    }

    private static let lists: [String: String] = [
        "en": "a an the and or but if of to in on at by for with from as into about is are was were be been being am do does did have has had i me my we our you your he him his she her it its they them their this that these those there here so than too very can could would should will shall just also then",
        "de": "der die das den dem des ein eine einer eines einem einen und oder aber wenn dass ich mich mir mein meine meinen meinem meiner wir uns unser unsere du dich dir dein deine sie ihr ihre ihren ihrem er ihn ihm sein seine es man im in am an auf aus bei mit von vom zu zum zur für über unter nach vor ist sind war waren bin bist sei hat habe hast haben hatte wird werden wurde würde kann können könnte soll sollte muss müssen auch noch schon so sehr nur dann doch mal ja bitte",
        "fr": "le la les l un une des du de d et ou mais si à a au aux en dans sur sous par pour avec sans chez je j me m moi mon ma mes nous notre nos vous votre vos il elle ils elles lui leur leurs se s ce c cet cette ces ça qui que qu est sont été être suis es sommes êtes ai as avons avez ont y plus très aussi bien donc alors",
        "es": "el la los las lo un una unos unas y o u pero si de del a al en con sin por para sobre entre yo me mi mis mí nosotros nos nuestro nuestra tú te tu tus usted ustedes su sus él ella ellos ellas le les se es son fue ser está están estoy he ha han hay muy también ya que este esta estos estas ese esa eso",
        "it": "il lo la i gli le un uno una l e ed o ma se di del della dei delle dello degli a al alla ai alle da dal dalla in nel nella nei con su sul sulla per tra fra io mi me mio mia miei mie noi ci nostro nostra tu ti tuo tua voi vi vostro lui lei loro si suo sua è sono sia era ho ha hanno abbiamo avete che questo questa quello quella anche già molto",
        "nl": "de het een en of maar als van te in op aan bij met voor door naar over uit om tot ik mij me mijn wij we ons onze jij je jou jouw u uw hij hem zijn zij ze haar hun het is was waren ben bent zijn heb hebt heeft hebben had kan kunnen wil wilt wordt worden er dat dit die deze dan ook nog al zo",
        "pl": "i oraz a ale lub albo czy że w we z ze na do od o po przy dla bez pod nad przez za u ja mi mnie mój moja moje mojego mojej my nas nasz nasza nasze ty ci cię twój twoja on ona ono oni one jego jej ich go mu się jest są był była było byli będzie to ten ta te tego tej już też bardzo tylko",
        "pt": "o a os as um uma uns umas e ou mas se de do da dos das em no na nos nas por pelo pela pelos pelas para com sem sobre ao aos à às eu me meu minha meus minhas nós nosso nossa você vocês seu sua seus suas ele ela eles elas lhe é são foi ser está estão estou tenho tem têm há que este esta isso isto esse essa muito também já",
        "ro": "și sau dar dacă de la în din pe cu fără pentru prin despre la spre un o unui unei niște eu mă mi meu mea mei mele noi ne nostru noastră tu te tău ta voi vă el ea ei ele lui lor se este sunt era am ai are au fost fi că care acest această acesta acestea foarte și deja",
        "sv": "en ett den det de och eller men om att i på av till från med för vid under över efter utan som jag mig min mitt mina vi oss vår vårt våra du dig din ditt dina ni er han honom hans hon henne hennes den dess de dem deras sig är var varit vara har hade kan ska skulle vill blir blev så också bara mycket redan",
        "cs": "a i nebo ale že v ve z ze na do od o po při pro bez pod nad přes za u k ke já mě mi můj moje mého mé my nás náš naše ty tě ti tvůj on ona ono oni jeho její jejich se si je jsou byl byla bylo jsem jsi jsme jste bude to ten ta ty tento tato toto už také velmi jen",
        "tr": "ve veya ile ama fakat bir bu şu o da de ki için gibi kadar daha çok en ben beni bana benim biz bizi bize bizim sen seni sana senin siz sizi size sizin onu ona onun onlar onların mi mı mu mü ise şey",
        "id": "dan atau tetapi tapi jika kalau yang di ke dari pada untuk dengan dalam oleh tentang saya aku kami kita anda kamu dia ia mereka nya ini itu ada adalah sudah telah akan juga saja lagi sangat",
        "ms": "dan atau tetapi tapi jika kalau yang di ke dari pada untuk dengan dalam oleh tentang saya aku kami kita anda awak dia ia mereka nya ini itu ada adalah ialah sudah telah akan juga sahaja lagi sangat",
        "fil": "ang ng mga sa si ni kay at o pero kung na ay ako ko akin kami namin tayo natin ikaw ka mo iyo kayo ninyo siya niya sila nila ito iyan iyon dito diyan doon po ho rin din lang naman pa ba",
        "vi": "và hoặc nhưng nếu của là thì mà ở tại trong trên với cho từ về các những một cái này đó kia tôi ta chúng mình bạn anh chị em họ nó đã đang sẽ được bị có rất cũng thì nhé ạ",
        "ru": "и или а но если что чтобы в во на с со к ко по о об от до из за для без при под над у я меня мне мой моя моё мои мы нас нам наш наша вы вас вам ваш ваша ты тебя тебе твой он она оно они его её их ему ей им себя это этот эта эти тот та те же уже тоже очень только был была было были есть будет",
        "uk": "і й та або а але якщо що щоб в у на з зі із до від по о про за для без при під над я мене мені мій моя моє мої ми нас нам наш наша ви вас вам ваш ваша ти тебе твій він вона воно вони його її їх йому їй їм себе це цей ця ці той та ті вже теж також дуже тільки був була було були є буде",
        "ar": "و أو ثم لكن إن أن في من إلى على عن مع هذا هذه ذلك تلك الذي التي هو هي هم أنا نحن أنت أنتم كان كانت قد لقد ما لا هل",
        "hi": "और या लेकिन कि का के की को में पर से तक ने यह वह ये वे मैं मुझे मेरा मेरी मेरे हम हमारा हमारी आप आपका आपकी आपके वो है हैं था थी थे हो भी तो ही",
        "ja": "の を に は が で と も へ や から まで より て た だ です ます する し した して い か ある いる この その あの これ それ あれ ね よ ください ございます",
        "zh": "的 了 和 与 及 或 是 在 也 都 就 而 吗 呢 吧 啊 着 这 那 个 之 其",
        "ko": "및 또는 그리고 그 이 저 것 등 수",
        "th": "และ หรือ แต่ ที่ ของ ใน จาก กับ ให้ ได้ เป็น คือ ว่า ก็ จะ ไป มา นี้ นั้น ครับ ค่ะ คะ นะ",
    ]
}
