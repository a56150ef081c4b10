/// Word lists for language identification, European languages in Latin script.
///
/// Each list holds the language's most frequent function words plus the vocabulary of
/// customer-service messages (orders, delivery, returns, refunds, payment, account, greetings),
/// because those are the 2–3 word messages CLD2 cannot place. A trailing "!" marks a word that
/// tells a confusable pair apart (Spanish "pedido" vs Portuguese "encomenda") and weighs double.
/// Words are matched after case and diacritic folding, so "devolucion" finds "devolución".
extension Lexicons {
    static let europe: [String: String] = [
        "en": """
        manual user model instructions battery charge button press hold shipping cost costs label gift \
        voucher twice double agent human person morning evening afternoon cancelled working work broke help \
        delivered courier warranty subscription unsubscribe checkout cart basket stock available unavailable \
        size receipt credit debit bank transfer paypal apply applied promo expired valid invalid login log \
        sign signed lost stolen late early the a an and or but of to in on at by for with from about into is \
        are was were be been am do does did have has had i me my mine we our you your he she it its they \
        them their this that these those there here what when where why how who which can could would should \
        will shall not no yes please thanks thank hi hello hey dear order orders ordered package parcel \
        delivery deliver shipped ship tracking track return returns returned refund refunds refunded money \
        payment pay paid charged card invoice account password email address cancel canceled change exchange \
        color colour broken damaged wrong missing still yet arrived arrive received receive item items \
        product products price discount code coupon store shop customer service need want get got just now \
        today tomorrow week days number status update phone call back any some all more much many very also \
        again already soon long
        """,
        "de": """
        handbuch bedienungsanleitung anleitung modell benutzer akku taste drücken gedrückt halten lang lange \
        dauert dauern versandkosten kosten etikett rücksendeetikett gutschein geschenkkarte doppelt \
        abgebucht abbuchung mitarbeiter mitarbeiterin menschen person morgen abend vielen dank danke schön \
        funktioniert kaputt geliefert zusteller paketbote garantie abo abonnement kündigen warenkorb kasse \
        lager vorrätig verfügbar quittung kassenbon überweisung gesperrt sperre status meiner meines unserer \
        einlösen abgelaufen gültig ungültig anmeldung verloren gestohlen spät verspätet umtausch teil teile \
        fehlt der die das den dem des ein eine einen einem einer und oder aber nicht kein keine ist sind war \
        waren bin bist hat habe haben hatte wird werden wurde kann können muss möchte möchten würde ich mich \
        mir mein meine meinen meinem wir uns unser sie ihr ihre ihnen er es du dich dir dein deine wo wann \
        warum wie was wer welche welcher mit von vom zu zum zur für auf aus bei nach seit über unter vor \
        noch schon auch nur sehr bitte hallo guten tag gestern heute woche tage bestellung bestellungen \
        bestellt bestellnummer paket lieferung liefern versand versendet verschickt sendung \
        sendungsverfolgung rücksendung rückgabe zurück zurückschicken umtauschen erstattung rückerstattung \
        geld zahlung bezahlt bezahlen rechnung konto passwort anmelden adresse stornieren storniert ändern \
        größe farbe beschädigt falsch angekommen erhalten bekommen artikel ware produkt preis rabatt \
        kundenservice hilfe brauche dringend leider immer endlich eigentlich gibt geht kommt gerne \
        freundlichen grüßen ja nein doch mal wieder jetzt dass weil wenn damit denn also etwa
        """,
        "fr": """
        manuel utilisateur modèle notice batterie bouton appuyez maintenez frais port étiquette carte cadeau \
        bon avoir deux fois double débité débit conseiller conseillère personne matin soir après-midi marche \
        fonctionne cassé livreur garantie abonnement désabonner panier caisse stock disponible indisponible \
        ticket virement bloqué statut valide invalide expiré perdu volé retard retardé pièce manque envoi le \
        la les l un une des du de d et ou mais ne pas plus rien est sont était été être ai as avons avez ont \
        je j me m moi mon ma mes nous notre nos vous votre vos il elle ils elles lui leur leurs ce cet cette \
        ces ça qui que qu quoi où quand pourquoi comment combien quel quelle avec sans pour par sur sous \
        dans chez en au aux y très aussi encore déjà toujours jamais merci bonjour bonsoir salut svp plaît \
        madame monsieur commande commandes commandé colis livraison livré livrée livrer expédition expédié \
        expédiée suivi retour retourner rembourser remboursement remboursé argent paiement payé payer \
        facture compte mot passe connexion adresse annuler annulé annulée modifier changer échange échanger \
        taille couleur cassée abîmé endommagé mauvais manquant reçu reçue arrivé arrivée article produit \
        prix réduction code promo service client aide besoin veux voudrais pouvez peux demain semaine jours \
        numéro
        """,
        "es": """
        manual usuario modelo instrucciones batería botón pulse mantenga gastos coste costo etiqueta tarjeta \
        regalo vale dos veces duplicado cobro cobrado cobraron agente persona alguien mañana tarde noche \
        funciona roto repartidor mensajero garantía suscripción carrito caja stock disponible agotado tique \
        ticket recibo transferencia bloqueado bloqueada estado válido inválido caducado perdido robado \
        retraso retrasado pieza falta envío zapatillas zapatos equivocada esperando sigo el la los las lo un \
        una unos unas y o pero no sí es son era fue ser estar está están estoy he ha han hay yo me mi mis \
        nosotros nos nuestro nuestra tú te tu tus usted ustedes su sus él ella ellos ellas le les este esta \
        estos estas eso esto qué que quién cuál dónde cuándo cómo cuánto cuánta por para con sin de del al \
        en sobre muy también todavía ya aún nunca gracias hola buenos buenas días tardes favor señor señora \
        pedido pedidos pedí paquete enviado envió entrega entregado llegado llegó llega recibido recibí \
        seguimiento devolución devolver devuelto reembolso dinero pago pagado pagar factura cuenta \
        contraseña dirección cancelar cancelado cambiar cambio talla tamaño color rota dañado equivocado \
        artículo producto precio descuento código cupón tienda atención cliente ayuda necesito quiero \
        quisiera puedo puede hoy semana número ningún ninguna nada aquí
        """,
        "it": """
        manuale utente modello istruzioni batteria pulsante premere tenere costi spese etichetta carta \
        regalo buono due volte doppio addebito addebitato operatore operatrice persona mattina sera \
        pomeriggio funziona rotto corriere garanzia abbonamento carrello cassa magazzino disponibile \
        esaurito scontrino ricevuta bonifico bloccato stato valido scaduto perso rubato ritardo pezzo manca \
        spedire scatola danneggiata danneggiato scarpe cambio parlare il lo la i gli le un uno una e ed o ma \
        non sì è sono era stata essere ho hai ha abbiamo avete hanno io mi me mio mia miei mie noi ci nostro \
        nostra tu ti tuo tua voi vi vostro lui lei loro si suo sua questo questa quello quella che chi cosa \
        quale dove quando perché come quanto quanti di del della dei delle dello degli a al alla ai alle da \
        dal dalla in nel nella con su sul sulla per tra fra molto anche ancora già mai sempre grazie! ciao! \
        buongiorno buonasera salve prego ordine ordini ordinato pacco spedizione spedito consegna consegnato \
        arrivato arrivata ricevuto tracciamento reso restituire rimborso soldi pagamento pagato pagare \
        fattura conto account password indirizzo annullare annullato cambiare taglia colore sbagliato \
        mancante articolo prodotto prezzo sconto codice negozio assistenza clienti aiuto bisogno voglio \
        vorrei arriva arrivare mille dimenticata dimenticato posso può oggi domani settimana giorni numero \
        nessuno niente qui ecco
        """,
        "nl": """
        nooit altijd soms vaak meestal staat staan gaat komt versturen verstuurd verstuur digitaal let op \
        mogelijk binnen dagen werkdagen handleiding gebruiker gebruikershandleiding model batterij knop druk \
        houd lang lange duurt duren verzendkosten kosten label retourlabel cadeaubon cadeaukaart tegoedbon \
        twee keer dubbel afgeschreven medewerker medewerkster persoon ochtend avond middag werkt kapot \
        bezorger garantie abonnement opzeggen winkelwagen kassa voorraad beschikbaar leverbaar bon bonnetje \
        overschrijving geblokkeerd status bestelling geldig ongeldig verlopen kwijt gestolen te laat \
        vertraging onderdeel ontbreekt spreken track trace saldo de het een en of maar niet geen is zijn was \
        waren ben bent heb hebt heeft hebben had wordt worden werd kan kunnen moet wil wilt zou ik mij me \
        mijn wij we ons onze jij je jou jouw u uw hij zij ze haar hun dit dat deze die wat wie waar wanneer \
        waarom hoe hoeveel welke van in aan bij met voor door naar over uit om tot nog al ook alleen erg \
        heel graag dank bedankt hallo hoi goedemorgen goedendag alstublieft alsjeblieft bestellingen besteld \
        pakket pakketje levering geleverd bezorgd bezorging verzending verzonden retour retourneren \
        terugsturen terugbetaling geld betaling betaald betalen factuur rekening wachtwoord inloggen adres \
        annuleren geannuleerd wijzigen ruilen maat kleur beschadigd verkeerd ontvangen aangekomen artikel \
        product prijs korting kortingscode klantenservice hulp nodig vandaag morgen week nummer er hier nou \
        even wel
        """,
        "pl": """
        instrukcja obsługi użytkownika model bateria przycisk naciśnij przytrzymaj koszt koszty wysyłki \
        etykieta zwrotna karta podarunkowa bon dwa razy podwójna pobrano konsultant konsultantem osoba rano \
        wieczór działa zepsuty kurier gwarancja subskrypcja koszyk kasa magazyn dostępny niedostępny paragon \
        przelew zablokowane zablokowany status zamówienia ważny nieważny wygasł zgubiony skradziony \
        opóźniona opóźnienie część brakuje rozmowa zmiana adresu i a ale lub albo czy nie tak jest są był \
        była było byli będzie jestem mam masz ma mamy macie mają ja mi mnie mój moja moje mojego mojej my \
        nas nasz nasza ty ci cię twój twoja on ona ono oni jego jej ich się to ten ta te tego tej co kto \
        gdzie kiedy dlaczego jak ile który która które w we z ze na do od o po przy dla bez pod nad przez za \
        u już jeszcze też tylko bardzo dziękuję dzięki dzień dobry cześć proszę pan pani zamówienie \
        zamówiłem zamówiłam paczka paczki przesyłka przesyłki dostawa dostarczona wysyłka wysłana wysłane \
        śledzenie zwrot zwrotu zwrócić pieniądze płatność zapłaciłem zapłaciłam zapłacić faktura konto hasło \
        adres anulować anulowane zmienić wymiana wymienić rozmiar kolor uszkodzony uszkodzona zły otrzymałem \
        otrzymałam dotarła doszła produkt towar cena rabat kod sklep obsługa klienta pomoc potrzebuję chcę \
        chciałbym chciałabym mogę można dzisiaj jutro tydzień dni numer wciąż nadal
        """,
        "pt": """
        manual utilizador usuário modelo instruções bateria botão pressione prima tempo demora demorar prazo \
        normalmente custo custos portes frete etiqueta cartão presente vale duas vezes duplicada cobrança \
        cobrado atendente pessoa manhã tarde noite funciona partido estragado estafeta entregador garantia \
        assinatura subscrição carrinho caixa estoque stock disponível indisponível recibo transferência \
        bloqueada bloqueado estado válido inválido expirado perdido roubado atrasada atraso peça falta \
        morada sapatos trocar mudar danificada o a os as um uma uns umas e ou mas não! sim é são era foi ser \
        estar está estão estou! tenho tem temos têm há eu me meu minha meus minhas nós nosso nossa você! \
        vocês! seu sua seus suas ele ela eles elas lhe este esta isso isto esse essa que quem qual onde \
        quando porque como quanto de do da dos das em no na nos nas por pelo pela para com sem ao aos à \
        muito também ainda já nunca sempre obrigado obrigada olá oi bom dia boa favor senhor senhora \
        encomenda! encomendas! pedido pacote envio enviado entrega entregue chegou chegar recebi recebido \
        rastreamento rastreio devolução devolver reembolso dinheiro pagamento pago pagar fatura conta senha \
        endereço cancelar cancelado troca tamanho cor quebrado danificado errado faltando artigo produto \
        preço desconto código cupão cupom loja atendimento cliente ajuda preciso quero queria gostaria posso \
        pode hoje amanhã semana dias número nenhum nada aqui
        """,
        "ro": """
        manual utilizator model baterie buton apăsați țineți cost costuri transport etichetă retur card \
        cadou voucher de două ori dublu taxat operator persoană dimineața seara funcționează stricat curier \
        garanție abonament coș stoc disponibil indisponibil bon transfer blocat starea comenzii valid \
        invalid expirat pierdut furat întârziere întârziată piesă lipsește și sau dar nu da este sunt era a \
        fost fi am ai are avem aveți au eu mă mi meu mea mei mele noi ne nostru noastră tu te tău ta voi vă \
        el ea ei ele lui lor se acest această acesta aceasta acestea ce cine care unde când cum cât câte la \
        în din pe cu fără pentru prin despre spre foarte încă deja niciodată mereu mulțumesc mulțumim bună \
        ziua salut rog domnule doamnă comanda comandă comenzi comandat colet coletul livrare livrat livrată \
        expediere expediat urmărire returnare returna rambursare banii bani plată plătit plăti factura \
        factură cont parola parolă adresa adresă anula anulat schimba schimb mărime culoare deteriorat \
        greșit primit ajuns produs produsul preț reducere cod magazin serviciu clienți ajutor nevoie vreau \
        aș doresc pot poate azi astăzi mâine săptămână zile număr nimic aici
        """,
        "sv": """
        bruksanvisning manual användare modell batteri knapp tryck håll tillbaka pengarna paketet \
        beställningen varan varorna fraktkostnad frakt kostnad etikett returetikett presentkort två gånger \
        dubbel dubbeldebiterad debiterad person personal morgon kväll fungerar trasig bud garanti abonnemang \
        prenumeration varukorg kassa lager tillgänglig slut kvitto överföring låst spärrad status giltig \
        ogiltig utgången borttappad stulen sen försenad del saknas prata glömt glömde lösenordet betalningen \
        misslyckades skadad kartong saldo och! inte! jag! är! vad! hur! när! också! här! någon! något! tack! \
        hej! eller men ingen inga var varit vara har hade kan kunde ska skulle vill får mig min mitt mina vi \
        oss vår vårt våra du dig din ditt dina ni er ert han hon den det de dem deras sig detta denna dessa \
        vem vart varför mycket vilken i på av till från med för om vid under över efter utan som redan \
        fortfarande bara hallå god dag snälla beställning beställde beställt paket leverans levererad \
        levererat leveransen skickad skickat spårning retur returnera återbetalning pengar betalning betalat \
        betala kort faktura konto lösenord adress avbryta avbeställa ändra byta storlek färg fel fått kommit \
        artikel produkt pris rabatt rabattkod butik kundtjänst hjälp behöver idag imorgon vecka dagar nummer \
        inget
        """,
        "cs": """
        návod uživatel model baterie tlačítko stiskněte podržte poštovné doprava cena štítek vrácení dárkový \
        poukaz dvakrát dvojitá platba stržena operátor operátorem člověk ráno večer funguje nefunguje \
        rozbitý kurýr záruka předplatné košík pokladna skladem dostupné nedostupné účtenka převod \
        zablokovaný stav objednávky platný neplatný vypršel ztracený ukradený zpoždění zpožděné díl chybí \
        mluvit dobré dobrý a i nebo ale ne ano je jsou byl byla bylo byli bude jsem jsi jsme jste mám máš má \
        máme máte mají já mě mi mne můj moje mého mé my nás náš naše ty tě ti tvůj on ona ono oni jeho její \
        jejich se si to ten ta tento tato toto co kdo kde kdy proč jak kolik který která které v ve z ze na \
        do od o po při pro bez pod nad přes za u k ke už ještě také jen velmi děkuji děkujeme díky den ahoj \
        prosím pane paní objednávka objednávku objednal objednala balík balíček zásilka zásilku doručení \
        doručena doručeno odesláno odeslána sledování vrátit peníze zaplatil zaplatila zaplatit karta \
        faktura fakturu účet heslo adresa zrušit zrušena změnit výměna vyměnit velikost barva poškozený \
        poškozená špatný dostal dostala přišla přišel zboží produkt sleva kód obchod zákaznický podpora \
        pomoc potřebuji chci chtěl chtěla bych mohu můžete dnes zítra týden dny číslo stále pořád nic tady
        """,
        "tr": """
        kılavuz kullanım kullanıcı model pil düğme basın basılı param paramı kargom kargomu zaman ne kargo \
        ücreti etiket iade hediye kartı çeki iki kez çift ödeme alındı temsilci müşteri temsilcisi kişi \
        sabah akşam çalışıyor çalışmıyor bozuk kurye garanti abonelik sepet kasa stok mevcut tükendi fiş \
        havale kilitlendi engellendi durum durumu geçerli geçersiz süresi kayıp çalındı gecikme gecikti \
        parça eksik ve veya ile ama fakat değil yok var evet hayır bir bu şu o da de ki mi mı mu mü için \
        gibi kadar daha çok en ben beni bana benim biz bizi bize bizim sen seni sana senin siz sizi size \
        sizin onu ona onun onlar kim nerede nereye neden niçin nasıl kaç hangi hâlâ hala henüz zaten artık \
        sadece teşekkürler teşekkür ederim sağ olun merhaba selam günaydın iyi günler lütfen bey hanım \
        sipariş siparişim siparişimi siparişiniz paket paketim kargoya teslimat teslim edildi gönderildi \
        gönderi takip iadesi ücret para ödedim ödemek kart fatura hesap hesabım şifre adres adresim iptal \
        değiştirmek değişim beden numara renk kırık hasarlı yanlış aldım ulaşmadı gelmedi geldi ürün ürünü \
        fiyat indirim kod kupon mağaza hizmetleri yardım lazım istiyorum ihtiyacım bugün yarın hafta gün \
        numarası hiç burada
        """,
    ]
}
