"""Ranking the lines of a page without a title line (inscriptis and browser copies).

Lines are excerpts of real pages from the trafilatura evaluation set and the dev set (inscriptis
rendering): a Politico article, a Bavarian tennis federation news page, a Guardian editorial, a
theatre's blog post and a Tagespost column, trimmed to the lines that matter and long paragraphs
cut after thirty words.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newsclean.extract.head.headline import find_headline
from newsclean.extract.head.page_cues import cut_text
from newsclean.extract.head.page_head import FULL_STOP_END_RE
from newsclean.extract.head.page_prose import glued_teaser, prose_run, teaser_card, word_list
from newsclean.extract.head.page_rank import (
    FIRST_COPY_LINES,
    _first_copy,
    _page,
    body_likeness,
)

# Whole pages shared by the tests of several extractors, one line per line.
PAGES = Path(__file__).parent / "pages"

# The site's menu names its training centre, a word the article repeats: "Die TennisBase" shares
# its one keyword with the prose, which alone must not make it the headline.
TENNIS_PAGE = [
    "Region Nordbayern",
    "Region Südbayern",
    "TennisBase Oberhaching",
    "Die TennisBase",
    "Profisport im BTV",
    "Partner",
    "Die Partner des BTV",
    "Standortpartner TennisBase",
    "BTV-Mitgliedsverein werden",
    "Mein Verein",
    "Vereinssuche",
    "Suchen",
    "Created with Sketch.",
    "03.02.2022",
    "Auf den Spuren von Rafael Nadal",
    "Partner",
    "Vergrößern",
    "Liam Gavrielides",
    "Quelle: Juergen Hasenkopf",
    "Dunlop Bavarian Junior Winter Championships vom 5. bis 11. Februar 2022 in der "
    "TennisBase Oberhaching / ITF-Jugend-Weltranglistenturnier mit 19 Top-100-Spielern.",
    "Die TennisBase Oberhaching bietet von Samstag an eine Bühne für die kommenden Stars der "
    "WTA- und ATP-Tour. Bei den Dunlop Bavarian Junior Winter Championships 2022 schlagen "
    "acht Juniorinnen auf, die",
    "Im 32-er Feld der Juniorinnen führt Dominika Salkova aus Tschechien (ITF 40) das Feld "
    "an. Die BTV-Spielerinnen Maya Drozd (TC Großhesselohe) und Amelie Hejtmanek (TC RW "
    "Gersthofen) haben eine Wildcard",
    "Bei den Junioren richtet sich das Augenmerk auf Liam Gavrielides. Die Nummer 31 der "
    "Junioren-Weltrangliste trainiert in der TennisBase Oberhaching und wird als Topgesetzter "
    "geführt. „Auch die Nummern 1 bis",
    "Die Qualifikation der Juniorinnen und Junioren (jeweils 32er-Feld) findet am kommenden "
    "Wochenende (05.-06.02.) statt, die erste Hauptfeldrunde wird am 07. Februar ausgetragen. "
    "Die Doppelfinals sind am 10. Februar, die Einzelfinals",
    "Weitere Infos unter www.itfjuniors.de.",
]

# A promo for another story sits among the article's paragraphs, right above its own byline: it
# has the strongest article head of the page but lies six paragraphs deep in the prose.
PROMO_PAGE = [
    "My Account",
    "Elections",
    "Mark Meadows accused of timing retirement to help elect wife’s friend",
    "Republicans in Western North Carolina are grumbling about his last-minute announcement, "
    "which boxed out a number of elected officials.",
    "Rep. Mark Meadows. | Alex Wong/Getty Images",
    "By ALLY MUTNICK",
    "12/30/2019 05:03 AM EST",
    "Facebook",
    "Twitter",
    "Rep. Mark Meadows' shock retirement — revealed just 30 hours before the filing deadline "
    "in North Carolina — has roiled some Republicans in the state who suspect he timed his",
    "The four-term congressman will depart the House for an as-yet-undefined role with "
    "President Donald Trump, a decision he disclosed in an interview with POLITICO Playbook "
    "that published around 5:30 a.m.",
    "Advertisement",
    "Later that day came a campaign launch by Lynda Bennett, a local GOP activist and real "
    "estate agent who is friendly with Debbie Meadows, the congressman's wife, according to "
    "sources",
    "Wary Republicans in the state quickly speculated that she had advance notice of Meadows' "
    "retirement.",
    "Online records revealed her campaign website domain had been registered on Oct. 28 by a "
    "Scott Meadows, who appears to be the brother of the congressman. The campaign's Facebook "
    "page",
    "First in POLITICO Playbook: Mark Meadows to leave Congress, plus what McConnell will say "
    "on impeachment",
    "By JAKE SHERMAN and ANNA PALMER",
    "After launching her run, Bennett was quickly endorsed by the Asheville Tea PAC, a local "
    "organization which said in a release that its board convened for a 6:15 a.m. conference",
    "\"It doesn’t take a genius to figure out how this happened. It just doesn’t,\" said Jeff "
    "Miller, a city councilman in Hendersonville, who was the 2010 GOP nominee in the",
    "\"It was very discourteous to other Republicans who were respecting Congressman Meadows "
    "and not primarying him for him to pull out this close to it and leave everybody in a",
    "Ultimately, a dozen Republicans filed before the deadline, but the field is notably "
    "devoid of local politicians who would typically flock to an open-seat race.",
]


def test_a_lone_keyword_shared_with_the_article_is_weak_likeness() -> None:
    opening = frozenset({"tennisbase", "oberhaching", "junior", "championships"})
    assert body_likeness("Die TennisBase", opening) < 0.5
    assert body_likeness("TennisBase Oberhaching Junior", opening) == 1.0


def test_menu_line_sharing_one_word_with_the_article_is_not_the_headline() -> None:
    found = find_headline(TENNIS_PAGE, has_title_line=False, title_possible=False)
    assert found is not None
    assert found.text == "Auf den Spuren von Rafael Nadal"


# strangemachines.io (trafilatura set, inscriptis): a two-word headline in capitals, shaped like
# a name, whose words the opening speaks of without printing it whole.
NAME_SHAPED_PAGE = [
    "Strangemachines",
    "Challenges",
    "Articles",
    "Contact",
    "Performant Python",
    "There are many ways to improve Python's performance, such as cython or writing C modules and "
    "calling them from Python. These are invasive methods that require a specific setup or build.",
    "Python has been designed to be user-friendly and intuitive and simpler constructs are "
    "presented as defaults. Sometimes performance is needed and Python has many performant "
    "constructs that provide significant improvements in memory and execution time.",
]


def test_a_name_the_article_prints_whole_is_not_the_headline() -> None:
    opening = "Performant Python is the name of a talk. " + NAME_SHAPED_PAGE[5]
    page = [*NAME_SHAPED_PAGE[:5], opening, NAME_SHAPED_PAGE[6]]
    found = find_headline(page, has_title_line=False, title_possible=False)
    assert found is None or found.text != "Performant Python"


# Practical Horseman (dev set, browser): the standfirst printed under the headline and again under
# the byline, date and photo credit, right above the prose.
STANDFIRST_TWICE_PAGE = [
    "Practical Horseman Extra",
    "Subscribe",
    "Home",
    "News",
    "4 Things to Do in October",
    "Practical Horseman's top picks for horsey events, competition and fun for the month of "
    "September.",
    "Author:",
    "Practical Horseman Editorial Staff",
    "Publish date:",
    "Oct 4, 2018",
    "Amy K. Dragoo/AIMMEDIA",
    "Practical Horseman's top picks for horsey events, competition and fun for the month of "
    "September.",
    "CHEER ON Juniors and Young Riders as they display their skills during the multiple phases "
    "of the Platinum Performance/USEF Show Jumping Talent Search Finals East, Oct. 5–7, in "
    "Gladstone, NJ; www.usef.org.",
    "VISIT the Pennsylvania National Horse Show, Oct. 11–21, in Harrisburg, PA. The historic "
    "show features the $132,000 Grand Prix de Penn National, the Dover Saddlery/USEF National "
    "Hunter Seat Medal Final, a family fun day (Oct. 13) and an extensive trade fair.",
]


def test_a_line_printed_again_far_above_is_not_moved_there() -> None:
    # a teaser of the same story in the menu, a screen above the article head, is no first printing
    page = [STANDFIRST_TWICE_PAGE[5], *(["Home"] * FIRST_COPY_LINES), *STANDFIRST_TWICE_PAGE[6:]]
    standfirst = len(page) - 3
    assert page[standfirst] == STANDFIRST_TWICE_PAGE[5]
    assert _first_copy(_page(page), standfirst) == standfirst
    assert _first_copy(_page(STANDFIRST_TWICE_PAGE), 11) == 5


# New York Post (dev set, browser): a "see also" teaser right above the prose, its summary cut
# after a comma, outranks the headline over the byline.
SEE_ALSO_PAGE = [
    "Copy",
    "NEWS",
    "Chinese hunter catches bubonic plague after eating wild rabbit",
    "By Natalie Musumeci",
    "November 18, 2019 | 4:10pm",
    "Enlarge Image",
    "Shutterstock",
    "More On:",
    "plague",
    "Two patients diagnosed with plague in China as officials scramble to prevent outbreak",
    "Origin of Black Death plague which ravaged Europe traced to Russia",
    "Plague-ridden prairie dogs force cancellation of Phish camping event",
    "Plague-ridden prairie dogs pose danger to Colorado tourists",
    "see also",
    "Two patients diagnosed with plague in China as officials scramble to prevent outbreak",
    "Two people in China have been diagnosed with the plague,...",
    "A case of the bubonic plague was reported in China over the weekend — after two people "
    "there were diagnosed with the pneumonic plague last week.",
    "Both diseases are associated with the Black Death pandemic that killed an estimated 25 "
    "million people in Europe alone in the 14th Century.",
    "The new patient from Xilingol in Inner Mongolia hunted and ate a wild rabbit on Nov. 5, "
    "according to the state-run Xinhua News Agency.",
]


@pytest.mark.parametrize(
    ("line", "cut"),
    [
        ("Two people in China have been diagnosed with the plague,...", True),
        ("Die Bundesregierung hat beschlossen, dass …", False),
        ("Alles hat seine Zeit…", False),
        ("Só quem se Ama…", False),
        ("Storm hits the coast, officials say", False),
        ("Officials said the storm would reach the coast by Friday; … ", True),
    ],
    ids=["comma-ellipsis", "word-ellipsis", "headline-ellipsis", "short-headline-ellipsis",
         "comma-no-ellipsis", "semicolon-spaced-ellipsis"],
)
def test_text_cut_after_a_comma(line: str, cut: bool) -> None:
    assert cut_text(line) is cut


def test_line_deep_inside_the_prose_is_not_the_headline() -> None:
    found = find_headline(PROMO_PAGE, has_title_line=False, title_possible=False)
    assert found is not None
    assert found.text == "Mark Meadows accused of timing retirement to help elect wife’s friend"


# The standfirst opens the prose run; its words are the article's opening words, so it must not
# count as sharing them with itself.
EDITORIAL_PAGE = [
    "The Guardian view",
    "Columnists",
    "Cartoons",
    "Opinion videos",
    "Letters",
    "More",
    "Opinion",
    "Hong Kong",
    "The Guardian view on Hong Kong: a city on the brink",
    "Editorial",
    "The authorities’ repression has only fuelled the crisis. It is up to them to de-escalate, "
    "as others should tell them",
    "Mon 18 Nov 2019 18.54 GMT Last modified on Mon 18 Nov 2019 18.56 GMT",
    "Share on Facebook",
    "Share on Twitter",
    "Share via Email",
    "‘Excessive force and police brutality have accelerated and magnified these protests, "
    "turning what began as a rejection of the extradition bill into a far broader movement.’ "
    "Photograph: AFP via Getty",
    "H ong Kong is burning. The authorities continue to pour fuel on the fire. On Monday, the "
    "People’s Daily, the mouthpiece of the Communist party, warned that there is “absolutely",
    "As the newspaper commentary was published, Hong Kong Polytechnic University was besieged "
    "by police, who fired round after round of teargas at protesters attempting to flee the "
    "scene. The message",
    "Though many remain peaceful, a radical minority of protesters have responded with "
    "unacceptable violence. Many in Hong Kong will deplore that decision and were rightly "
    "repelled when a man was",
]

# A headline long enough to count as prose opens the prose run itself, right above its byline.
LONG_HEADLINE_PAGE = [
    "Contact us",
    "SNS",
    "Search",
    "Blog - Latest News",
    "[The Palace: Tale of Jang Noksu] The Beauty of Korea Revealed at ‘2018 Welcome Daehak-ro "
    "Festival’! To the Actual Scene!",
    "October 15, 2018 / 0 Comments / in Jeongdong Perfomance News / by jdadmin",
    "@noksutagram <The Palace: Tale of Jang Noksu> ‘2018 Welcome Daehak-ro Festival’ Performance",
    "2018 Jeongdong Theater Tradition Series Performance",
    "<The Palace: Tale of Jang Noksu>",
    "2018 Jeongdong Theater Tradition Series Performance [The Palace: Tale of Jang Noksu] "
    "‘2018 Welcome Daehak-ro Festival’",
    "The refreshing autumn sky!",
    "This is Daehak-ro Marronnier Park where the air is filled with the scent of fall~",
    "2018 Jeongdong Theater Tradition Series Performance [The Palace: Tale of Jang Noksu] "
    "‘2018 Welcome Daehak-ro Festival’",
    "The reason we came to Marronnier Park!",
    "It’s because <The Palace: Tale of Jang Noksu> was part of the opening ceremony of ‘2018 "
    "Welcome Daehak-ro Festival’ which will be held until October 31st 2018!",
    "Shall we go back in time to visit the actual scene of the festival?",
    "2018 Jeongdong Theater Tradition Series Performance [The Palace: Tale of Jang Noksu] "
    "‘2018 Welcome Daehak-ro Festival’",
    "The opening ceremony of ‘2018 Welcome Daehak-ro Festival’ was held on a special stage at "
    "Marronnier Park!!",
]

# A pull quote inside the prose, a sentence closed by its quotation mark, right above more prose.
PULL_QUOTE_PAGE = [
    "Glauben & Wissen",
    "Familie",
    "Bildung",
    "Reise & Lebensart",
    "Würzburg",
    "Warum wir jetzt Demut brauchen",
    "Risiken und Nebenwirkungen bergen nicht nur Medikamente, sondern auch politische Maßnahmen, "
    "wie die zur Bekämpfung einer Pandemie.",
    "Christoph von Ritter 24. April 2020",
    "08:30 Uhr",
    "Demut hinter Masken Foto: Adobe Stock",
    "Lesen Sie auch",
    "Killer- oder Grippevirus",
    "Selbst gesicherte Erkenntnisse zu SARS-CoV-2 werden mitunter falsch interpretiert. Sorgfalt "
    "und Zurückhaltung sind mehr denn je gefragt. Was wir bisher wissen und was nicht: ein "
    "Überblick.",
    "Demut ist ein Wort, das fast vollständig aus unserem Wortschatz verschwunden ist. Nietzsche "
    "befand, Demut gehöre „zu den gefährlichen, verleumderischen Idealen (…), hinter denen sich "
    "Feigheit und Schwäche, daher auch",
    '"Der Arzt bekam das Gefühl, Halbgott in Weiß, Herr über Leben und Tod zu sein."',
    "Da trifft ihn das Virus SARS-CoV-2 hart und unvorbereitet. Ihm wird zugetraut, Schäden in "
    "apokalyptischem Ausmaß verursachen zu können. Über Nacht sind alle sorgfältig aufgebauten "
    "Sicherheiten verschwunden. Die ganz ungewohnte",
    "Von Risiken und Nebenwirkungen",
]


@pytest.mark.parametrize(
    ("line", "sentence"),
    [
        ('"Der Arzt bekam das Gefühl, Halbgott in Weiß, Herr über Leben und Tod zu sein."', True),
        ("„Es bricht eine andere Zeit der Datennutzung an“", False),
        ("Kommission: Neue Regeln für die U.S.", False),
        ("Warum wir jetzt Demut brauchen", False),
    ],
)
def test_a_sentence_ends_in_a_full_stop_even_inside_quotes(line: str, sentence: bool) -> None:
    assert bool(FULL_STOP_END_RE.search(line)) is sentence


# A company's byline without "By" a name reader knows, with a numeric date, under the headline.
PATENT_BLOG_PAGE = [
    "1. HOME >",
    "2. ブログ >",
    "3. 商品の改造が商標法違反に！？",
    "商品の改造が商標法違反に！？",
    "by ライトハウス国際特許事務所 ／ 2016.12.01",
    "先日、不正に改造したiPhoneを販売したとして、商標法違反の疑いで20代の男性が逮捕されたという"
    "ニュースを耳にしました。",
    "報道によると、今回販売されたのは、いわゆる「脱獄」したiPhone。",
    "「脱獄」とは、iPhoneのiOSを改造して機能制限を解除することで、脱獄すれば、"
    "App Storeにない非公式アプリを利用することもできるようになるとのことです。",
]

# A short headline over the breadcrumb that ends with it, and a share bar printed under every post
# (the first post's text cut after 130 words, the others after 30).
CRUMB_PAGE = [
    "Aniversário",
    "Vida",
    "Motivação",
    "Deus",
    "Otimismo",
    "Amizade",
    "Search",
    "Só quem se Ama…",
    "Mensagens » Mensagens de Autoestima » Só quem se Ama…",
    "Whatsapp Facebook Pint Baixar",
    "Viver uma verdadeira experiência amorosa é um dos maiores prazeres da vida. Gostar é sentir "
    "com a alma, mas expressar os sentimentos depende das idéias de cada um. Condicionamos o amor"
    " às nossas necessidades neuróticas e acabamos com ele. Vivemos uma vida tentando fazer com "
    "que os outros se responsabilizem pelas nossas necessidades enquanto nós nos abandonamos "
    "irresponsavelmente. Queremos ser amados e não nos amamos, queremos ser compreendidos e não "
    "nos compreendemos, queremos o apoio dos outros e damos o nosso a eles. Quando nos "
    "abandonamos, queremos achar alguém que venha a preencher o buraco que nós cavamos. A "
    "insatisfação, o vazio interior se transformam na busca contínua de novos relacionamentos, "
    "cujos resultados frustrantes se repetirão. Cada um é o único responsável pelas suas próprias"
    " necessidades. Só quem se ama",
    "Mensagens de Autoestima, Mensagens de Reflexão Sobre a Vida",
    "Você pode gostar...",
    "Whatsapp Facebook Pint Baixar",
    "A vida requer da gente otimismo e coragem para esperar o melhor e fazer o melhor acontecer. "
    "O pessimismo só faz engessar o sorriso e travar as articulações, não deixa",
    "Whatsapp Facebook Pint Baixar",
    "O que une uma família é o amor, o carinho, o querer bem. Família unida é força, é certeza "
    "de apoio, compreensão, mãos estendidas, impulso na vida, incentivo para buscar",
    "Whatsapp Facebook Pint Baixar",
]

# "More stories like this one" between the headline and the prose: each teaser sits over a date
# line of its own, the last one right above the prose.
TEASER_LIST_PAGE = (PAGES / "teaser_list.txt").read_text(encoding="utf-8").splitlines()

# The byline's date says only how long ago the story ran; two promos for other stories (one of
# them also in the trending list above) stand right over the prose, kept whole here.
RELATIVE_DATE_PAGE = [
    "Trending",
    "2 US service members die in Afghanistan chopper crash",
    "Gigi Hadid is back 'in touch' with Zayn Malik",
    "Options narrow for last Hong Kong campus protesters",
    "Megabus is offering free tickets on Cyber Monday",
    "2020 Mini John Cooper Works GP is the most hardcore Mini to date",
    "Aides bring impeachment inquiry directly into the WH",
    "Why you should always close the door before you go to bed",
    "Doctors offer to give free flu shots to detained migrants, warn of epidemic",
    "Suzanne Gamboa",
    "1 day ago",
    "'Comes down to one guy': All eyes turn to Gordon Sondland",
    "2 US service members die in Afghanistan chopper crash",
    "A group of physicians, alarmed that the Trump administration is denying flu vaccines to "
    "immigrants in custody, is urging the Department of Homeland Security to accept its offer "
    "to provide free flu shots to California detainees.",
    "© John Brecher Needle poking skin during administration of flu shot at Mary's Center, a "
    "community health center in Washington.",
    "In a Nov. 5 letter, the doctors pleaded with the administration to reconsider its decision"
    " to not vaccinate detained migrants for flu despite the deaths of at least three children "
    "in CBP custody during the 2018 flu season.",
    "The doctors, members of a recently formed group Doctors for Camp Closure, D4CC, have "
    "offered to stage a mobile flu vaccine at no cost to the government at the San Ysidro, "
    "California, Customs and Border Protection processing and detention facility.",
    "“We implore you to allow our volunteer physicians to hold our requested influenza vaccine "
    "clinic,” the physicians stated in the letter.",
    "Customs and Border Protection, part of Homeland Security, did not accept the offer. A "
    "spokesperson who did not wish to be named because of agency policy said in a statement "
    "emailed to NBC News that the agency never has administered vaccines and people aren't "
    "usually held in custody very long.",
    "© Lucy Nicholson Detainees at Otay Mesa immigration detention center in San Diego, Calif.,"
    " on May 18, 2018.",
    '"As a law enforcement agency and due to the short term nature of CBP holding and other '
    'logistical challenges, operating a vaccine program is not feasible," the spokesperson '
    "said.",
]

# A lone "By" over the author's name (a line too short to count as text), under the headline and
# its standfirst; a sign-up pitch long enough for prose opens the page's longest run of it.
BY_ALONE_PAGE = [
    "Menu",
    "Close the menu",
    "Read Next Ashley McBryde Slates 2020 'One Night Standards Tour' Send Us a Tip Subscribe",
    "Get The Magazine",
    "The best in culture from a cultural icon. Subscribe now for more from the authority on "
    "music, entertainment, politics and pop culture.",
    "Plus, get a limited-edition tote FREE.",
    "Subscribe Now",
    "Newsletter Signup",
    "Sign up for our newsletter and go inside the world of music, culture and entertainment.",
    "Sign Up",
    "Home Music Music News",
    "November 19, 2019 12:04AM ET",
    "The Doobie Brothers Unite With Michael McDonald for 50th Anniversary Tour",
    "McDonald joins Tom Johnston, Patrick Simmons, and John McFee onstage in Nashville for a "
    "surprise performance and tour announce",
    "By",
    "Ryan Reed",
    "Ryan Reed",
    "Reporter",
    "Ryan Reed's Most Recent Stories",
    "The Doobie Brothers Unite With Michael McDonald for 50th Anniversary Tour",
    "Watch Jeff Goldblum, Sharon Van Etten Play Jazz Song on ‘Kimmel’",
    "‘SNL’ Spoofs Impeachment Hearings With Surreal Soap Opera",
    "View All",
    "Facebook",
    "Twitter",
    "Reddit",
    "Email",
    "Show more sharing options",
    "Tumblr",
    "Pin It",
    "LinkedIn",
    "WhatsApp",
    "Print",
    "The Doobie Brothers will unite with former frontman Michael McDonald for a 2020 North "
    "American tour celebrating the band's 50th anniversary.",
    "Photo by Jason Kempin/Getty Images",
    "The Doobie Brothers will unite with former frontman Michael McDonald for a 2020 North "
    "American tour celebrating the band’s 50th anniversary.",
    "Singer-guitarists Tom Johnston and Patrick Simmons, singer-keyboardist McDonald, and "
    "multi-instrumentalist John McFee will tour together for the first time in nearly 25 years "
    "during the trek, which kicks off June",
    "The Doobie Brothers announced the 30-date jaunt while closing out their November 18th "
    "concert at the Ryman Auditorium in Nashville, which featured full-LP performances of "
    "1972’s Toulouse Street and 1973’s",
    "Following a performance of their sing-along jam “Black Water,” Simmons teed up McDonald’s "
    "cameo. “You might remember him from, well, he has his own band these days,” he said. “But",
    "Related",
    "The Doobie Brothers: Lighting Up With the Stars of 'This Is the End'",
    "Michael McDonald Talks Doobie Brothers' New Album, Donna Summer and Retirement",
    "Related",
]


# A menu of teasers whose headlines run into their summaries outweighs a short article in words.
GLUED_TEASERS_PAGE = [
    "Video",
    "First Forecast Weather November 20, 2019 (This Morning)Some sunshine by the end of the day.",
    "1 hour ago",
    "Latest Headlines",
    "Police: 2 In Custody After Death Of U of M-Dearborn Student-AthleteA 24-year-old woman and "
    "a 28-year-old man have been arrested in connection with the death of a University of "
    "Michigan",
    "Customers Leave Without Paying $690 Bill At Troy SteakhouseA party of six left Ruth's Chris "
    "Steakhouse in Troy without paying their bill after a fight in the restaurant.",
    "Michigan To Mail Redistricting Panel Applications To 250,000The state of Michigan will mail "
    "250,000 applications encouraging voters to apply to serve on a new commission.",
    "Weather Videos",
    "First Forecast Weather November 20, 2019 (This Morning)Some sunshine by the end of the day.",
    "1 hour ago",
    "Is Violence In Sports On The Rise?Violence is part of the game in many sports but Myles "
    "Garrett crossed a line that attracts the attention of the league and the fans.",
    "Attention, Deal-Hunters: Here Are The Top Health And Fitness Deals In DetroitIn the market "
    "to save some money on health and fitness in Detroit? Whether you're a born bargain-hunter "
    "or just looking to find a great option near you.",
    "The 4 Best Vegan Spots In DetroitHoodline crunched the numbers to find the top vegan spots "
    "around Detroit, using both Yelp data and our own secret sauce to produce a ranked list of "
    "the best spots to achieve your dreams.",
    "Say Cheese? Detroit's Top 3 Cheese ShopsWondering where to find the best cheese near you? "
    "Hoodline crunched the numbers to find the top cheese shops in Detroit to venture next time "
    "you're in the market for some melty cheese.",
    "More",
    "Michigan Officials: 6th Fatality Linked To Eastern Equine Encephalitis Reported",
    "November 19, 2019 at 9:45 am",
    "Filed Under:Eastern Equine Encephalitis , EEE , health , Michigan , mosquito-borne virus",
    "ST. JOSEPH, Mich. (AP) — Michigan health authorities are reporting a 6th fatality linked to "
    "Eastern Equine Encephalitis.",
    "Berrien County Health Department officials said Monday the victim was one of two people who "
    "contracted the mosquito borne virus. The death occurred in Berrien County.",
    "Cases of Eastern Equine Encephalitis first appeared in West Michigan at the end of August. "
    "The virus has been reported in Barry, Berrien, Calhoun and Cass counties.",
]


@pytest.mark.parametrize(
    ("line", "teaser"),
    [
        (GLUED_TEASERS_PAGE[1], True),
        (GLUED_TEASERS_PAGE[4], True),
        (GLUED_TEASERS_PAGE[10], True),
        (GLUED_TEASERS_PAGE[17], False),  # "Filed Under:Eastern": a label, no headline
        (GLUED_TEASERS_PAGE[18], False),
        ("The plugin works with WordPress and JavaScript sites of every size, the company said.",
         False),
        # no capital right after a small letter, a digit or a closing mark: no seam to look for
        ("The council approved the budget on Tuesday after a long debate over school funding, "
         "officials said.", False),
        ("Weather Forecast For The Weekend (This Morning)Some sunshine by the end of the day and "
         "rain later on.", True),
    ],
)
def test_a_teaser_is_a_headline_glued_to_its_summary(line: str, teaser: bool) -> None:
    assert teaser_card(line) is teaser


# A tag cloud and a menu of categories in the sidebar hold more words than a one-paragraph story.
TAG_CLOUD = (
    "adote um amigo agua alerta ambiente amizade atendimento atirador bem-estar biblioteca "
    "caminhada campanha capacitacao capacitação carnaval civil cmdca comunicado comunicação "
    "concreto concurso conselheiros conselho contação cultura curso cursos dança defesa civil dia "
    "edital educacao empossados encerramento enchentes entrega entulho escola espaços esportivos "
    "evento eventos exposição facultativo feira festa fgts fme"
)
WORD_LIST_PAGE = [
    "SERVIÇOS",
    "BIBLIOTECA ONLINE",
    "CARTEIRA DO AUTISTA",
    "Categorias",
    "SelecioneAdministração Agricultura Campanha Capacitação Combustíveis Comunicado Concurso "
    "Conselhos Cultura Defesa Civil Economia Educação Esportes Eventos Fazenda Gabinete Geral "
    "Habitação Inauguração Infraestrutura Institucional Issem Jourdan Lazer Meio Ambiente Obras "
    "Parceria Patrimônio Planejamento Saúde Segurança Social Tributos Trânsito Turismo Urbanismo",
    "Tags",
    TAG_CLOUD,
    "Arquivos",
    "Novembro (113)",
    "Outubro (98)",
    "Setembro (104)",
    "Agosto (121)",
    "Julho (96)",
    "Junho (88)",
    "Maio (117)",
    "Abril (93)",
    "Março (102)",
    "Fevereiro (85)",
    "Janeiro (79)",
    "2018",
    "Dezembro (91)",
    "Novembro (99)",
    "Outubro (12)",
    "Atendimento Domiciliar registra arrombamento em veículos",
    "05/10/2018 - Publicado por: Clarissa Borba - Categoria: Saúde - Tags: sad arrombamento "
    "veiculo",
    "A equipe do Serviço de Atendimento Domiciliar (SAD), do bairro Amizade, registrou nesta manhã "
    "o arrombamento de dois dos cinco automóveis da unidade. Os veículos estavam sem as "
    "respectivas baterias e com marcas de depredação. Foi feito boletim de ocorrência e a polícia "
    "foi até o local para verificar os danos nos veículos.",
    "Facebook Twitter Google+ Whatsapp",
]


@pytest.mark.parametrize(
    ("line", "listed"),
    [
        (TAG_CLOUD, True),
        (WORD_LIST_PAGE[25], False),
        # prose in a script whose marks are its own ("、", "。") is no list
        ("今回の事件のように、りんごのマークやiPhoneの表示がついたままで、権利者の許諾を得ずに、"
         "不正に改造したiPhoneを販売することは、商標の品質保証機能を害することになりますので、"
         "商標権侵害であると判断されたものと思われます。", False),
        # a standfirst without a full stop is too short to be taken for a list
        ("Report claims higher education institutions have created pool of low-paid staff for "
         "teaching and research", False),
    ],
)
def test_a_long_line_without_punctuation_is_a_word_list(line: str, listed: bool) -> None:
    assert word_list(line) is listed


def test_the_prose_run_is_the_story_not_the_sidebar_lists() -> None:
    assert prose_run(WORD_LIST_PAGE) == (25, 25)


@pytest.mark.parametrize(
    ("page", "headline"),
    [
        (GLUED_TEASERS_PAGE, GLUED_TEASERS_PAGE[15]),
        (EDITORIAL_PAGE, "The Guardian view on Hong Kong: a city on the brink"),
        (LONG_HEADLINE_PAGE, LONG_HEADLINE_PAGE[4]),
        (PULL_QUOTE_PAGE, "Warum wir jetzt Demut brauchen"),
        (PATENT_BLOG_PAGE, "商品の改造が商標法違反に！？"),
        (CRUMB_PAGE, "Só quem se Ama…"),
        (TEASER_LIST_PAGE, "All-new 2020 Sentra is what we really want from Nissan PH"),
        (RELATIVE_DATE_PAGE, RELATIVE_DATE_PAGE[8]),
        (BY_ALONE_PAGE, BY_ALONE_PAGE[12]),
        (NAME_SHAPED_PAGE, "Performant Python"),
        (STANDFIRST_TWICE_PAGE, "4 Things to Do in October"),
        (SEE_ALSO_PAGE, "Chinese hunter catches bubonic plague after eating wild rabbit"),
    ],
    ids=["glued-teasers", "standfirst-opens-prose", "long-headline-opens-prose", "pull-quote",
         "dated-byline", "breadcrumb-tail", "teaser-list", "relative-date", "by-alone",
         "name-shaped-headline", "standfirst-printed-twice", "teaser-cut-after-a-comma"],
)
def test_headline_over_the_article_head(page: list[str], headline: str) -> None:
    found = find_headline(page, has_title_line=False, title_possible=False)
    assert found is not None
    assert found.text == headline


# Teaser cards whose title-case headline runs into the summary (browser and inscriptis renderings
# of a local-news front page), and article lines with inner capitals that must stay.
GLUED_TEASER_CASES = [
    ("Customers Leave Without Paying $690 Bill At Troy SteakhouseA party of six left Ruth's "
     "Chris Steakhouse in Troy without paying their bill after a fight in the restaurant.",
     True),
    ("Michigan To Mail Redistricting Panel Applications To 250,000The state of Michigan will "
     "mail 250,000 applications encouraging voters to apply to serve on a new commission.",
     True),
    ("Mayor: ‘Despicable’ Move For Health Benefits Won’t StandWarren Mayor Jim Fouts says it "
     "was “despicable” and “underhanded” for a city council to grant lifetime health insurance.",
     True),
    # a hover card glued into the lead paragraph: two seams
    ("South Dakota Gov. Kristi NoemKristi Lynn NoemSouth Dakota governor doubles down on 'meth, "
     "we're on it' anti-drug campaign MORE (R) is defending the state’s launch of an anti-drug "
     "campaign with the slogan “Meth, we’re on it.”", False),
    # names with an inner capital are no seam
    ("Wichita East's Hugh McPherson won first place in the 100 yard freestyle.", False),
    ("Los Angeles Lakers' LeBron James dunks during the first half of the team's NBA basketball "
     "game against the Oklahoma City Thunder.", False),
    ("What Happens When People From SoCal Meet People From NorCal?", False),
    # a press release's dateline: no title-case head before the seam
    ("22.11.2022 | Dillingen/Saar (iwr-pressedienst) - Beim Agri-Photovoltaik-Pionier Next2Sun "
     "stehen die Zeichen voll auf Wachstum.", False),
    # a title-case summary is no sentence of a teaser
    ("Harvick Fails To Rally Overmatched Ford In NASCAR FinaleFord Versus Toyota At The Track.",
     False),
]


@pytest.mark.parametrize(("text", "teaser"), GLUED_TEASER_CASES)
def test_glued_teaser(text: str, teaser: bool) -> None:
    assert glued_teaser(text) is teaser
