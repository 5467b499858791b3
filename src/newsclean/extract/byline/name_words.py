"""The word lists behind the byline parser: name particles, honorifics, job titles, outlets,
wire services, and the words that are never part of a name.
"""

from __future__ import annotations


def wordset(text: str) -> frozenset[str]:
    """A word list written as one string, split on white space."""
    return frozenset(text.split())


# Lower-case words that belong inside a name: "Christoph von Eichhorn", "Verónica De Vita".
PARTICLES = wordset(
    "van von der den de da di del della dos das du la le ter ten bin ibn al el zu y v."
)
# Particles that are also articles: only after another particle ("van der", "von den").
ARTICLE_PARTICLES = frozenset({"der", "den"})
# Prefixes of address, dropped from the name: "Prof. Dr. Klaus Quibeldey-Cirkel".
HONORIFICS = wordset("dr dr. prof prof. mr mr. mrs mrs. ms ms. sir fr. hr. frau herr mag. ing.")

# The head of a job title: a segment holding one of these is a title, not a name.
TITLE_HEADS = wordset(
    """
    writer writers editor editors correspondent correspondents reporter reporters contributor
    contributors columnist journalist producer critic analyst photographer intern attorney
    director manager fellow founder expert anchor host blogger strategist economist
    minister president chancellor governor senator mayor secretary spokesman spokeswoman
    spokesperson koordinator koordinatorin referent referentin sprecher sprecherin präsident
    präsidentin rechtsanwalt rechtsanwältin
    redakteur redakteurin korrespondent korrespondentin chefredakteur chefredakteurin
    journalistin autor autorin experte expertin volontär volontärin pressesprecher
    pressesprecherin projektleiter projektleiterin geschäftsführer geschäftsführerin leiter
    leiterin periodista corresponsal redactor redactora editora colaborador colaboradora
    journaliste rédacteur rédactrice correspondant correspondante envoyé envoyée giornalista
    inviato redattore verslaggever correspondent redacteur journalist
    """
)
# Words that qualify a job title: "Senior", "AP Auto", "National Security".
TITLE_MODIFIERS = wordset(
    """
    senior deputy associate assistant managing executive contributing staff special chief
    national international political politics sports sport business auto science health tech
    technology entertainment news legal investigative features lifestyle digital freelance
    guest security white house ap afp dpa opinion economics markets climate culture
    stellvertretende stellvertretender freie freier leitende leitender jefe jefa
    education environment economy foreign media music film arts travel food fashion transport
    affairs crime courts city metro energy defense defence diplomatic world europe social data
    graphics photo weather medical religion property motoring personal finance money books
    television tv racing football cricket golf tennis rugby baseball basketball hockey soccer
    """
)
# Words that make a segment an organisation rather than a person.
ORG_WORDS = wordset(
    """
    news press media desk bureau staff team redaktion newsdesk newsroom insider magazine
    magazin online times post journal daily herald tribune network agency agencia agence
    group inc ltd llc gmbh ag se verlag zeitung blog editorial editors wire service services
    reports program programme foundation institute association society business sport co kg
    ohg ug eg ev e.v pressestelle
    """
)
# Lower-case words allowed in the name of an outlet: "Redaktion der Zeitung", "Voice of America".
ORG_GLUE = wordset("of for für de des du der die das and und & mit y la el")
MAX_ORG_WORDS = 6
# Wire services, named as the author when nobody else is (names of organisations: facts).
AGENCIES = wordset(
    """
    reuters ap afp pti ians ani uni dpa epd kna apa sda efe ansa xinhua kyodo jiji yonhap
    tass interfax upi aap bloomberg lusa belga anp ritzau ntb tt ccna
    """
) | frozenset(
    (
        "associated press",
        "the associated press",
        "agence france-presse",
        "agence france presse",
        "agencia efe",
        "europa press",
        "press association",
        "press trust of india",
        "jiji press",
        "ria novosti",
        "deutsche presse-agentur",
    )
)
# Capitalised words that are never part of a name in a byline (months that are also first
# names, "Jan", "May", "June", "April", "August", "Julio", are left out).
NOT_NAME_WORDS = wordset(
    """
    the a an this that these how why what when where who our your my his her their it its
    in on at for with from about after before and or but if as is are was were be not no
    updated update aktualisiert published posted share follow view more read email comments
    comment photo photos video image images home today yesterday advertisement subscribe sign
    login menu search suche filter recent posts neueste beiträge unknown anonymous asked answered
    paid content method unser unsere ort
    close print tweet facebook twitter instagram linkedin whatsapp pinterest reddit min
    minutes minute lesezeit kommentare uhr archive articles stories profile biography contact
    author autor von by und der die das ein eine el la le les los las il lo un une una uno
    het staff writer of to most popular latest top related trending recommended sponsored
    new next previous back page pages all willkommen welcome hallo hello categories category
    nächste vorherige weiter zurück siguiente anterior suivant précédent stand
    kategorie kategorien tags zum zur im am vom für mit oder aus bei nach über
    january february march september october november december
    feb apr jun jul aug sep sept oct nov dec
    januar februar märz juli oktober dezember
    janvier février mars avril juin juillet août septembre octobre novembre décembre
    enero febrero marzo abril mayo junio agosto septiembre octubre noviembre diciembre
    monday tuesday wednesday thursday friday saturday sunday
    montag dienstag mittwoch donnerstag freitag samstag sonntag
    lundi mardi mercredi jeudi vendredi samedi dimanche
    lunes martes miércoles miercoles jueves viernes sábado sabado domingo
    """
)
# Lower-case words that are not user names when they stand alone after "by"/"von".
COMMON_WORDS = wordset(
    """
    the a an now far then contrast default design way means far all then this that these
    those them us me him her it you we they one two anderen wegen da uns ihm ihr dem den der
    die das einem einer eines hier dort heute mir dir sich el la los las lo un una que
    """
)
