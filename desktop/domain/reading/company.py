"""The employer's name, from the forms postings name it in.

Tried in order by analysis.py after labels and header lines: a name on its own line
under the title or above it, the company's own statements ("Acme is an equal opportunity
employer"), prose ("Acme is …", "About Acme", "At Acme we …", "join Acme"), the name
the text places work "at" again and again, and last the site it links to most,
written as the text writes it ("Time Doctor", not "timedoctor").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import cache
from itertools import islice, pairwise

from desktop.domain.patterns import PatternSet
from desktop.domain.reading.layout import opens_a_section, sign_off
from desktop.domain.reading.lines import MARKDOWN_LINK
from desktop.domain.reading.names import NAME, has_role_word, title_words
from desktop.domain.tracking.intake import is_known_source, may_be_employer_site, site_name
from desktop.resources import load_json

_PROSE_CHARS = 4000
_MAX_NAME_CHARS = 40  # but for its legal form
# Longer, a name is written in capitals, every word ("Royal Westbridge Hospitals NHS
# Foundation Trust", "Brandt & Oehlers Steuerberatungsgesellschaft mbH"), not a description
# ("Fine dining Indian restaurant & rooftop lounge").
_MAX_CAPITALISED_NAME_CHARS = 50
_SMALL_WORD = re.compile(r"(?<![\w&'’.-])[a-zà-ÿ][\w'’-]{3,}")
_MAX_NAME_WORDS = 4
_INSTITUTION_WORDS = 2  # more words an institution's name may have
_MAX_CONFIRMED_NAME_WORDS = 7  # a name the text names again
_MIN_MENTIONS = 3
_MAX_TITLE_WORDS = 20
# A name and its place under a title; a paragraph run together there names neither, and
# a dash in it starts no place ("… tasks will include: - Ship the drives …").
_MAX_HEADER_LINE_WORDS = 20
_MIN_LINK_MENTIONS = 2
_TRAILING_CONNECTOR = re.compile(r"(?<![ \t])(?:[ \t]+(?:of|and|&|de|la))++$")
# A careers site's own name: "Meridian Health Careers" is Meridian Health's.
_SITE_WORD = re.compile(
    r"(?<=\w)[ \t]+(?:careers?|jobs|job openings|job board|career site|logo)$", re.I
)
# A careers page's heading over the company's name: "Current openings at Fernmoor",
# "Karriere bei …", "Werken bij …", "Carrières chez …", "Trabaja en …", "Trabalhe na …".
_OPENINGS_AT = re.compile(
    r"^(?:(?:(?:current |open |all )?(?:openings|jobs|positions|roles|vacancies)|careers|"
    r"life|work|working) at|(?:karriere|jobs|stellenangebote|arbeiten|offene stellen) bei|"
    r"(?:werken|vacatures|carrière) bij|(?:carrières?|emplois|travailler|rejoindre) chez|"
    r"(?:trabaja|trabajar|empleo|carreras?) en|(?:trabalhe|trabalhar|carreiras?) (?:na|no|em))"
    r"[ \t]+(?=\S)",
    re.IGNORECASE,
)
# an aside, but not South Africa's "(Pty) Ltd", a legal form
_PARENTHESIS = re.compile(r"(?:(?<!\s)\s+)?\((?!(?i:pty)\))[^)]{0,200}\)\s*")
_EMPHASIS = re.compile(r"(?<!\w)[*_]{1,2}(\w[^*_\n]{0,60}?\w)[*_]{1,2}(?!\w)")  # *Acme*
# An article that a sentence puts before a registered name in German, French, Spanish or
# Italian, but that is no part of it (Dutch "De" opens surnames: "De Vries Bouw B.V.").
_ARTICLE = re.compile(r"^(?:Die|Der|Das|La|Le|Les|El|Los|Las|Il|Lo)\s+(?=[A-ZÄÖÜ])")
# Words that place the work at a name rather than name its employer: "based in Maple Grove",
# "i Jönköping", "en Zaragoza", "w Krakowie"; a middle dot in a line of facts, where the
# employer comes first ("Full-time · permanent · Hamburg, …").
_PLACED_BEFORE = re.compile(
    r"\b(?:in|near|around|outside|from|i|en|à|a|im|bei|nahe|w|we|em|na|på)\s+$|·\s*$",
    re.IGNORECASE,
)
# A name's words stand a space apart: a run of spaces sets a menu's items apart ("Log in   Sign
# up", "S'inscrire   S'identifier").
_LINE_NAME = re.compile(r"[A-Za-z0-9](?:[\w&.'’-]| (?! ))*")
# A stop after a word of three small letters or more ends a sentence ("Labs. We"); after
# "Co." or "Inc." it ends an abbreviation.
_SENTENCE_END = re.compile(r"(?<=[a-z]{3})\.\s")
_TO_BE = frozenset({"is", "are", "est", "es", "ist"})
# What follows "Acme is" when a company is described: a kind of thing ("a bank", "Berlin's
# bank"), or what it does ("seeking", "hiring").
_DESCRIBED = re.compile(
    r"(?:an?|the|one|un|une|ein|eine|una|uno|uma|um|backed|headquartered|based|on|now|proud|"
    r"committed|part|\w+ing|\w+['’]s)\b",
    re.IGNORECASE,
)
# "About Acme" over the company's own paragraph, in English, Swedish, Danish, German, Dutch,
# Spanish, Portuguese, French and Italian
_ABOUT = re.compile(
    rf"^(?i:about|om|über|over|sobre|acerca de|à propos de|a propos de|informazioni su)[ \t]+"
    rf"({NAME})\s*$"
)
# a recruiter's "with one of my clients, Ridgeline Medical, a maker of …", before the
# agency's own lines ("Brightwell Search Ltd is registered in England")
# and the same in French, Spanish, Italian, German and Polish ("pour son client le Groupe …")
_CLIENT = re.compile(
    r"\b(?i:one of (?:my|our) clients|(?:my|our) client|pour (?:son|notre|un|leur) client"
    r"|para (?:nuestro|su|un) cliente|per (?:un|il) (?:nostro )?cliente"
    r"|für (?:unseren|einen) kunden|dla (?:naszego|mojego) klienta)"
    r"(?:[ \t]+(?i:is|est|es|ist|é|jest))?,?[ \t]+(?:[–-][ \t]+)?"  # "My client is …"
    rf"(?:(?i:le|la|el|il|die|der|das|firmy|spółki)[ \t]+|(?i:l)['’])?({NAME})"
)
_PROSE = (
    _CLIENT,
    # an agency "working with a family-owned builders' merchant, Pennine Timber & Supply,"
    re.compile(
        rf"\b(?i:working|partnering|partnered)[ \t]+with[ \t]+(?i:an?|the)[ \t]+[^.\n]{{3,80}}?,"
        rf"[ \t]+({NAME}),"
    ),
    # a client's own words, first as the surest: "I'm Dana, owner of Pine & Pillar", "I
    # lead marketing at Acme"; "we are an auto parts distributor (Marquez Auto Supply)"
    re.compile(
        r"\b(?:I|[Ww]e)(?:['’]re|['’]m|[ \t]+(?:are|am|run|own|have))[ \t]+(?:an?|the)[ \t]+"
        r"[^.()\n]{3,80}?\(([A-Z][\w.&'’-]*(?:[ \t]+[A-Z][\w.&'’-]*){1,4})\)"  # two words or more
    ),
    re.compile(rf"\b(?i:owner|founder|co-?founder|ceo|cto)[ \t]+(?i:of|at)[ \t]+({NAME})"),
    re.compile(rf"\bI[ \t]+(?i:lead|run|manage|head)[ \t]+(?:[a-z]+[ \t]+){{0,2}}at[ \t]+({NAME})"),
    # "I run X, a bakery", "We operate X, a chain of …"
    re.compile(rf"\b(?:I|[Ww]e)[ \t]+(?i:run|own|operate)[ \t]+({NAME}),[ \t]+(?i:an?|the)\b"),
    # "I run Harbour Kayaks in Oban": the business, then where it is
    re.compile(rf"\bI[ \t]+(?i:run|own)[ \t]+({NAME})[ \t]+(?:in|near)[ \t]+[A-Z]"),
    re.compile(
        # "Ember & Oak Kitchen in South Tampa is looking …": the business, then where it is
        rf"(?:^|\n|[.:!?](?=[ \t]))[ \t]*({NAME})(?:[ \t]+\([^)]*\))?"
        r"(?:[ \t]+in[ \t]+[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?)?[ \t]+(?:is|are|needs|helps|"
        r"builds|makes|seeks|wants|provides|creates|develops|offers|allows|lets|enables|runs|"
        r"gives|delivers|brings|produces|ships|hosts|"
        r"operates|serves|services|supports|sells|designs|manufactures|powers|connects|"
        # the same sentence in French, Spanish, German and Dutch ("Acme est …", "Acme ayuda …")
        r"est|es|ist|aide|ayuda|hilft|helpt|propose|ofrece|bietet|développe|desarrolla|"
        r"entwickelt|édite)[ \t]+"
        # "German is a bonus", "Docker is required": a skill asked for, not a company; "Dentally
        # is what we use": a tool
        r"(?!(?:an?[ \t]+)?(?:big[ \t]+)?(?:plus|bonus|must|asset|advantage)\b|what\b|how\b"
        r"|(?:nice|great|good|welcome|useful|appreciated|handy)\b"
        r"|(?:required|preferred|desirable|optional|essential|mandatory|helpful)\b)"
    ),
    re.compile(rf"\b(?i:at)\s+({NAME}),?\s+(?i:we|our)\b"),
    # a client's greeting by its business: "Northmoor Analytics here — we make …"
    re.compile(rf"(?:^|\n)[ \t]*({NAME})[ \t]+here[ \t]*[—–,:-][ \t]*(?i:we|our)\b"),
    # "My partner and I are launching Suds on Wheels, a mobile dog grooming service"
    re.compile(
        r"\b(?:I|[Ww]e)(?:['’]re|['’]m|[ \t]+(?:are|am))[ \t]+(?:launching|opening|starting)"
        rf"[ \t]+({NAME}),[ \t]+(?i:an?|the)\b"
    ),
    # "We're hiring at Kitebox", and a post signed by its team ("— Saffron Terrace HR Team")
    re.compile(rf"\b(?i:we(?:['’]re| are)(?: now)? hiring at|now hiring at)[ \t]+({NAME})"),
    # "We are hiring Room Attendants (housekeeping) for Casa Alfama Hotel, starting in March"
    re.compile(
        rf"\b(?i:we(?:['’]re| are)(?: now)? hiring|now hiring)[ \t]+[A-Z][^.\n]{{2,60}}?"
        rf"[ \t]+(?i:for|at)[ \t]+({NAME})(?=[ \t]*(?:[,.!\n]|$))"
    ),
    re.compile(
        rf"(?:^|\n)[ \t]*(?:[—–-]+[ \t]*)?(?:The[ \t]+)?({NAME})"
        r"[ \t]+(?:HR|Recruitment|Recruiting|Hiring|Talent|People)[ \t]+Team\b"
    ),
    # "We're Acme, a …" or "… - 3 clinics" in any case, and "Somos (a) …", "Nous sommes …",
    # "Wir sind (die) …"
    re.compile(
        r"\b(?:(?i:we are|we're|we’re)"
        # "We're building PawRoute, a marketplace …": what they make is theirs
        r"(?:\s+(?i:building|launching|making|developing|creating|growing))?"
        r"|(?i:somos|nous sommes|wir sind)"
        r"(?:\s+(?:a|o|la|el|los|las|le|les|die|der|das))?)"
        rf"\s+({NAME})(?:,\s+(?:(?i:an?|the|un|une|una|uma|um|ein|eine)\b|\d+-\w"  # "…, a"
        r"|\d+[ \t-]+(?i:people|persons?|ppl|of us|folks|friends|devs|developers|engineers)\b"
        # "…, clínica de estética em …", "…, padaria artesanal em …": what it is, no article
        r"|[a-zà-ÿ]{3,}(?:\s+[a-zà-ÿ]{3,})?\s+(?:de|da|do|del|em|en|in|für|à|of)\b)"
        r"|[ \t]+[-–—][ \t]+(?:(?i:an?|the)\b|\d)"  # "… - a", "… - 3 clinics"
        r"|[ \t]+\((?:(?i:tiny|small|an?)\b|\d)"  # "we're Pebbleform (tiny, 3 ppl, …)"
        # "We are Fennick Supply Co." alone: its legal form says it is a company
        r"|(?:(?<=\bCo)|(?<=\bLtd)|(?<=\bInc)|(?<=\bLLC)|(?<=\bGmbH)|(?<=\bAG)|(?<=\bBV)"
        r"|(?<=\bSAS)|(?<=\bAB))\.?[ \t]*(?:\n|$))"
    ),
    # "I'm the art director at Small Pines Press (we're …)"
    re.compile(
        rf"\b(?i:I['’]m|I am)[ \t]+(?:the[ \t]+|an?[ \t]+)?(?:[a-z][\w-]*[ \t]+){{1,3}}"
        rf"(?:at|of|for)[ \t]+({NAME})(?=[ \t]*[,.;!(\n])"
    ),
    # "I'm Carla, operations head of Island Trail Tours, a tour operator"
    re.compile(
        rf"\b(?i:I['’]m|I am|this is|my name is)[ \t]+[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?,"
        rf"[ \t]+[^,.\n]{{0,40}}?\b(?:of|at|from|with)[ \t]+({NAME})(?=[ \t]*[,.;!(\n])"
    ),
    re.compile(rf"\b(?i:known as|called)\s+({NAME})"),
    # "Posting on behalf of my team at Parcelwise (logistics SaaS)"
    re.compile(rf"\b(?i:my|our)[ \t]+team[ \t]+at[ \t]+({NAME})"),
    # "*Greenfield Heights Academy*, a private secondary school in Ruiru, is looking for"
    re.compile(
        rf"(?:^|\n)[ \t]*[*_]{{0,2}}({NAME})[*_]{{0,2}},[ \t]+(?i:an?|the)[ \t]+[^\n]{{3,120}}?,"
        r"[ \t]+(?:is|are)[ \t]+(?:looking|hiring|seeking|recruiting)\b"
    ),
    # "Our clinic, Bayside Dental in Brisbane, …": the business named after what it is
    re.compile(
        r"\b(?i:our)[ \t]+(?:[a-z-]+[ \t]+){0,2}(?i:clinic|company|business|agency|store|shop"
        r"|practice|firm|studio|restaurant|startup|brand|school|nonprofit|charity|bakery|salon"
        rf"|café|cafe|hotel|app|platform),[ \t]+({NAME})(?=[ \t]*(?:[,(.]|[ \t](?:in|is|has)\b))"
    ),
    re.compile(rf"\b(?i:join)[ \t]+({NAME})\b"),
)
_PROSE_SET = PatternSet(_PROSE)
_STATEMENTS = (
    re.compile(
        rf"({NAME})[ \t]+is[ \t]+(?:proud[ \t]+to[ \t]+be[ \t]+|committed[ \t]+to[ \t]+being"
        r"[ \t]+)?an?[ \t]+equal[ \t]+(?:opportunity|employment)"
    ),
    re.compile(rf"(?i:as an equal opportunity employer),?\s+(?:the\s+)?({NAME})"),
)
_STOP_GLUED_TO_A_NAME = re.compile(r"(?<=[a-z]{2})\.(?=[A-Z][a-z])")
_AT_NAME = re.compile(rf"\b(?:at|join)[ \t]+({NAME})")
# A site's host: in a link, after "www." or in an address ("jobs@harbourvets.com.au").
_HOST = re.compile(r"(?:https?://(?:www\.)?|\bwww\.|(?<=[\w.+-])@)([\w-]+(?:\.[\w-]+)+)", re.I)
_FULL_URL = re.compile(r"(?:(?<!\s)\s+)?\bhttps?://\S+", re.I)
# A legal form's full stop, then the next sentence's first word: "Melach & Co. We make".
_SENTENCE_AFTER_FORM = re.compile(
    r"\b((?:Co|Inc|Ltd|Corp|Bros|S\.A|S\.L|B\.V|N\.V)\.)\s+(?:We|Our|I|It|They|You|The|This)\b.*$"
)
_CLOSING_ABBREVIATION = re.compile(r"\b(?:Co|Inc|Ltd|Corp|Bros)\.$")
_CLOSING_INITIALS = re.compile(r"(?<=\s)(?:[A-Za-z]\.){2,3}$")
_LETTERS = re.compile(r"[^a-z0-9]")
_BOARD = re.compile(r"\bjobs\s*$", re.IGNORECASE)  # "Civil Service Jobs": a board's name
_HEADER_SCAN = 12
_NAMES_TRIED = 8  # lines where a page's header, and the title in it, sit
# A board's separators between a line's parts, and a company's rating ("3.9 ★")
# (each run of blanks is read from its start only, and whole: a line of 60,000 spaces must
# not be read again from each of them)
_LINE_PARTS = re.compile(r"(?<![ \t])(?:[ \t]++[|·•—–-][ \t]+|[ \t]{2,}+)")
# what a label's value adds after a dash: "Moth Lantern Games - 8 devs, fully remote"
_ASIDE_AFTER_DASH = re.compile(r"(?<![ \t])[ \t]+[-–—][ \t]+\S.*$")
# a chat's author over a message: "Arjun Mehta  10:42 AM" names a person, not the employer
_CHAT_AUTHOR = re.compile(r"[^\d|·—]{2,40}?[ \t]{2,}\d{1,2}:\d\d(?:[ \t]*[AaPp][Mm])?[ \t]*")
# A letterhead's second line: a street address, a UK or US postcode, a phone number
_LETTERHEAD_DETAIL = re.compile(
    r"\b\d{1,5}[A-Za-z]?\s+(?:[A-Z][\w'’.-]*\s+){0,3}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln"
    r"|Drive|Boulevard|Blvd|Way|Place|Court|Square|Parkway|Highway)\b"
    r"|\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b|\b[A-Z]{2}\s\d{5}\b"
    r"|(?:\+\d{1,3}\s?)?\(?\d{3,5}\)?[ .-]?\d{3}[ .-]?\d{3,4}\b"
)
_USUAL_CASE_WORD = 4
_SIGNATURE_LINES = 10  # a letter's last lines: name, role, company, contacts, a disclaimer
# "— Ollie, Mossgrave Games (Lisbon/Tallinn)", "– Priya, art lead @ Moonmoth Games": a first
# name, perhaps a role "@" or "at", the company, perhaps a place in brackets
_DASH_SIGNATURE = re.compile(
    r"[—–-]{1,2}[ \t]*[A-Z][a-z][\w'’-]*,[ \t]+(?:[^,@()]{1,40}?[ \t]+(?:@|at)[ \t]+)?"
    r"([^,@()]{2,60}?)(?:[ \t]*\([^()]*\))?[ \t]*"
)
# A person's name as a signature writes it, and a contact line under a signature.
_PERSON = re.compile(r"[A-Z][a-z][\w'’-]*(?:[ \t]+(?:[A-Z]\.|[A-Z][a-z][\w'’.-]*)){1,2}")
# Two words in small letters that join no name: a sentence, not a name ("… builds robots").
_SMALL_WORDS = re.compile(
    r"(?:\s(?!(?:of|and|de|la|le|du|des|del|der|den|van|von|y|et|und|for|the|at|on|in)\b)"
    r"[a-z][\w'’-]*){2}"
)
_HOST_LINE = re.compile(r"\S+\.[A-Za-z]{2,}")  # "careers.pennant.com": a site, not a name
_LOGO_PLACEHOLDERS = frozenset({"company", "employer", "organization", "organisation", "brand"})
_CONTACT = re.compile(r"@|\bwww\.|https?://|\+?\d[\d ().-]{6,}\d")
# An address's postcode before its town, as most of Europe writes it: "60325 Frankfurt am Main".
_POSTCODE_CITY = re.compile(r"\b\d{4,5}[ \t]+[A-ZÄÖÜÉ][\w'’.-]+")
# A company's card on a board, under its name: its size, its funding round, its founding
# year ("Energy · ClimateTech · 140 employees · Series B"), or its rating alone ("3.8 ★").
# A number is read from its first digit only, and whole: a line of 60,000 digits and stops
# is one pass.
_COMPANY_CARD = re.compile(
    r"(?<![\d,.])\d[\d,.]*+\+?(?:\s*(?:-|–|to)\s*\d[\d,.]*+)?\s*(?:employees|staff)\b"
    r"|\b(?:series [a-f]|pre-?seed|seed)\b|\bfounded (?:in )?\d{4}\b|^\s*[1-5][.,]\d\s*★?\s*$",
    re.IGNORECASE,
)
_CARD_WORDS = 10
_LEGAL_NAME_WORDS = 6  # "Distribuidora Alamar S.A. de C.V."
_MAX_QUOTED_WORDS = 5
_DOMAIN = re.compile(r"\w\.[a-z]{2,}\b")  # "lumenledger.io", a site, not a name
_LEGAL_NAME_ABOVE = 3  # a careers page's name, its menu lines, then the title
_MENU_GAP = re.compile(r"[ \t]{2,}")
_MENU_ITEMS = 3
_RATING = re.compile(r"(?<![ \t])[ \t]++\d[.,]\d[ \t]*+[★☆]?.*$|[★☆].*$")


# A channel's or a repository's name: "upwork-leads" (a brand's "developrec" is a name).
_SLUG = re.compile(r"[a-z0-9]+(?:[-_][a-z0-9]+)+")


def clean_company(name: str, title: str = "") -> str:
    """The name as a company, without a link or an aside; "" when it is no company name at
    all (a question word, the job title, a role)."""
    words = title_words()
    name = _PARENTHESIS.sub(" ", _FULL_URL.sub(" ", name)).strip()
    name = _ASIDE_AFTER_DASH.sub("", _OPENINGS_AT.sub("", name))
    # "Vindöga Batteri AB (https://…)": the bracket its link was cut out of
    name = _TRAILING_CONNECTOR.sub("", _SITE_WORD.sub("", name)).strip(" ,;:'’(\"“”")
    name = _SENTENCE_AFTER_FORM.sub(r"\1", name)  # "Melach & Co. We make …"
    # "Tulpwerk B.V." keeps the full stop that closes its legal form written in initials,
    # "Pebble & Co." the one of its abbreviation.
    closing = _CLOSING_INITIALS.search(name) or _CLOSING_ABBREVIATION.search(name)
    name = name.strip(" .,;:'’") + ("." if closing else "")
    # "Us and What We Build" is no name; "The Cake Studio" is one.
    first = name.split()[0].casefold() if name.split() else ""
    first = "" if first == "the" else first
    last = name.split()[-1].casefold() if name.split() else ""
    if (
        not name
        or name.endswith(("'s", "’s"))  # "Dr Achterberg's group": whose unit, not the employer
        or _too_long_for_a_name(words.legal_forms.sub("", name))
        or name.isdigit()
        or _SLUG.fullmatch(name) is not None
        or name.casefold() in words.not_company
        or name.casefold() in _LOGO_PLACEHOLDERS  # "Company Logo": an image's placeholder
        or first in words.not_company
        or last in words.role_words
        or (title and name.casefold() == title.casefold())
    ):
        return ""
    return name


def _too_long_for_a_name(bare: str) -> bool:
    """Whether the name without its legal form is longer than a name is written."""
    if len(bare) <= _MAX_NAME_CHARS:
        return False
    return len(bare) > _MAX_CAPITALISED_NAME_CHARS or bool(_SMALL_WORD.search(bare))


_INDEFINITE = re.compile(r"(?:A|An)[ \t]")


_LIST_NUMBER = re.compile(r"\d{1,2}[.)]\s")
# "Some DAGs are failing", "Most clients are": a quantity of things opens no name
_QUANTITY = re.compile(r"(?:some|many|most|all|several|these|those|both|few|each|every)\s", re.I)


def _prose_name(name: str, title: str) -> str:
    """A name read from running text, where "Inc." or "Ltd" only trails it, up to the end
    of its sentence ("Kettlebrook Labs. Payroll is …")."""
    name = _SENTENCE_END.split(name, maxsplit=1)[0].strip(" ,")
    if _INDEFINITE.match(name) or _LIST_NUMBER.match(name) or _QUANTITY.match(name):
        # "A VOG (certificate of good conduct) is needed": a thing, not a name; "2. Mobile
        # PageSpeed is 31": a numbered point's subject; "Some DAGs are failing": things
        return ""
    if _MENU_GAP.search(name.strip()):
        return ""  # "About  Services  News  Careers": a site's menu, its items set apart
    name = name if _CLOSING_INITIALS.search(name) else name.strip(" .,")  # "… B.V." keeps it
    if title_words().legal_forms.search(name):
        name = _ARTICLE.sub("", name)  # "Die Nordlicht Logistik GmbH ist …"
    return clean_company(title_words().legal_suffixes.sub("", name), title)


def company_under_title(
    lines: list[str], title: str, page: Sequence[str] = (), body: str = ""
) -> str:
    """A short name on the line right under a first line that names the role, alone or
    before a place ("Acme Logistics GmbH · Berlin, Germany"), or a longer one the `body`
    names again in a sentence ("Comfort Pro Heating & Air has served …"); not one the
    `page` shows as a field's value ("Avdelning" over "Lager & Logistik"). A title the page
    shows twice, as its header and its card, is read once."""
    if len(lines) > 2 and lines[1] == lines[0]:
        lines = [lines[0], *lines[2:]]
    if not _under_a_title(lines, title):
        return ""
    line = split_place(lines[1])[0]
    name = _name_line(line, title)
    if not name and body:
        longer = _name_line(line, title, _MAX_CONFIRMED_NAME_WORDS)
        name = longer if longer and _named_in_a_sentence(longer, body) else ""
    return "" if shown_as_field(name, page) else name


def shown_as_field(name: str, page: Sequence[str]) -> bool:
    """Whether the page shows `name` as a field's value under its label ("Avdelning" over
    "Lager & Logistik"): a department or a place, not the employer."""
    labels = title_words().field_labels
    return any(
        line == name and above.casefold().rstrip(" :") in labels for above, line in pairwise(page)
    )


def company_above_title(lines: list[str], title: str, body: str = "") -> str:
    """A short name on the first line, right above the line that is the title: an
    applicant tracker's page starts with the employer, then the role; a form ("Open
    position: …", "Job Title: …") with the employer's letterhead, its legal form left out.
    Not a name the body names only as where the work is ("… based in Maple Grove")."""
    if len(lines) < 2 or not title or has_role_word(lines[0]):
        return ""
    labelled = title_words().title_label.match(lines[1])
    if lines[1] != title and (labelled is None or labelled.group(1).strip() != title):
        return ""
    name = _name_line(lines[0], title)
    if labelled:
        name = title_words().legal_suffixes.sub("", name)
    return "" if named_only_as_place(name, body) else name


def is_company_card(line: str) -> bool:
    """Whether the line is a board's card of a company, not a sentence or a headline that
    mentions its size or funding ("Head of Compliance | Series C Fintech")."""
    return (
        _COMPANY_CARD.search(line) is not None
        and len(line.split()) <= _CARD_WORDS
        and not line.endswith((".", "!", "?"))
        and not has_role_word(line)
    )


def company_over_its_card(lines: Sequence[str], title: str) -> str:
    """The name over a board's card of the company (its size, funding or rating), a tagline
    between them at most: "Tessellate Robotics" / "Drones for wind farms" / "11-50 Employees
    · Seed". The body's sentences often shorten it ("Tessellate builds …")."""
    for at, line in enumerate(lines[:_HEADER_SCAN]):
        if at and is_company_card(line):
            for above in lines[max(0, at - 2) : at][::-1]:
                if name := _name_line(above, title):
                    return name
            return ""
    return ""


def company_by_its_legal_form(lines: Sequence[str], title: str) -> str:
    """A name with its legal form on a line of its own right under the title ("Nordlast
    Logistik AB", "Kajo Energia Oy"), or a few lines over it (a careers page's header:
    "Holzmann Haustechnik GmbH" / "Alle Stellenangebote" / the title): the employer,
    whatever its words."""
    at = next(
        (i for i, line in enumerate(lines[:_HEADER_SCAN]) if title and line.startswith(title)),
        None,
    )
    if at is None:
        return ""
    near = [*lines[at + 1 : at + 2], *reversed(lines[max(0, at - _LEGAL_NAME_ABOVE) : at])]
    for line in near:
        # "Kleeblatt Kommunikation GmbH · Köln, …  vor 4 Tagen": the name before its place
        name = _PLACE_SEPARATOR.split(line, maxsplit=1)[0].strip()
        if title_words().legal_forms.search(name) and len(name.split()) <= _LEGAL_NAME_WORDS:
            return clean_company(name, title)
    return ""


def company_in_page_header(lines: Sequence[str], text: str, title: str) -> str:
    """The name a document opens with that opens a later line again: a PDF's page header or
    footer ("St. Brigid Medical Center · Position Description · Page 2 of 3") names whose
    document it is."""
    first = lines[0] if lines else ""
    name = _name_line(first, title, _MAX_CONFIRMED_NAME_WORDS) if first else ""
    again = rf"\n{re.escape(first)}(?=[ \t]*(?:\n|$|[·|–—-]|[ \t]{{2}}))"  # whole, or before a sign
    if not name or not re.search(again, text[len(first) :]):
        return ""
    return title_words().legal_suffixes.sub("", name)


# A careers site's own header: "Greenhill Foodstores Careers", "Careers at Brannock",
# "University of Torrensvale – Careers", "Calder & Wye Freight" over "Career Section"
# (each read once from its start or its end: a line of 60,000 blanks is not read again
# from each of them).
_CAREERS_AFTER_NAME = re.compile(r"(?<![\w-])(?i:careers?(?: section| site| portal)?)[ \t]*$")
_CAREERS_AT_NAME = re.compile(r"(?i:careers|jobs|vacancies|work|working)[ \t]+(?i:at|with)[ \t]+")
_CAREERS_SITE_LINES = 3


def company_of_careers_site(lines: Sequence[str], title: str) -> str:
    """The employer whose careers site the page was copied from, by the site's header in
    its first lines ("Civil Service Jobs" is a board's name, not an employer's); in full
    when the line above names it so ("Brannock Group" over "Careers at Brannock")."""
    for at, line in enumerate(lines[:_CAREERS_SITE_LINES]):
        if opening := _CAREERS_AT_NAME.match(line):
            named = line[opening.end() :].strip()
        elif ending := _CAREERS_AFTER_NAME.search(line):
            named = line[: ending.start()].rstrip(" \t–—|-")
        else:
            continue
        # "Calder & Wye Freight" over "Career Section", "Wattle Coast University" over
        # "Careers at WCU": the name on the line above, in full
        if at and _names_the_same(named, lines[at - 1]) and _name_line(lines[at - 1], title):
            named = lines[at - 1]
        if named and (name := _name_line(named, title, _MAX_CONFIRMED_NAME_WORDS)):
            return title_words().legal_suffixes.sub("", name)
    return ""


def careers_site_in_full(name: str, text: str, found: str) -> str:
    """A careers site's owner as the text names it in full, or the name already `found`
    when the site's header gives it short ("Meridian Trust" for "Meridian Trust Bank") or
    by its initials ("WCU" for "Wattle Coast University")."""
    if found and _names_the_same(name, found):
        return found
    return _in_full(name, text)


def _names_the_same(short: str, name: str) -> bool:
    """Whether `short` is `name` written short: its words, or its initials ("WCU")."""
    return short in name or "".join(word[0] for word in name.split() if word[0].isupper()) == short


def company_by_its_logo(lines: Sequence[str], title: str) -> str:
    """The name a page's logo is labelled with ("Northpeak Software logo"): a job board or
    tracker copies the picture's label as a line of its own above the posting."""
    for line in lines:
        if line.casefold().endswith(" logo"):
            name = _name_line(line[: -len(" logo")].strip(), title, _MAX_CONFIRMED_NAME_WORDS)
            if name:
                return title_words().legal_suffixes.sub("", name)
    return ""


def company_over_its_menu(lines: Sequence[str], title: str) -> str:
    """The name a small business's own page opens with in capitals, its logo's words,
    above the site's menu ("OSTERIA LUPINA" / "Menu   Reservations   Careers"), a tagline
    or two between them at most."""
    menu = next(
        (at for at, line in enumerate(lines[: _ABOVE_MENU + 1]) if _is_menu_line(line)), None
    )
    for line in lines[: menu or 0]:
        if line.isupper() and (name := _name_line(line, title)):
            return name
    return ""


def _is_menu_line(line: str) -> bool:
    """A site's menu copied on one line: three or more items apart by wide gaps."""
    return len(_MENU_GAP.split(line.strip())) >= _MENU_ITEMS


_ABOVE_MENU = 4  # lines a page's logo and taglines take above its menu


def company_after_a_dash(lines: Sequence[str], title: str) -> str:
    """The company a post signs off with on one line after a dash ("— Ollie, Mossgrave
    Games (Lisbon)", "— Priya, art lead @ Moonmoth Games"): a board or chat post's writer."""
    for line in lines:
        match = _DASH_SIGNATURE.fullmatch(line)
        if match and (name := _name_line(match.group(1).strip(), title)):
            return title_words().legal_suffixes.sub("", name)
    return ""


def company_in_signature(lines: Sequence[str], title: str) -> str:
    """The name under a writer's role at a letter's end ("Talent Acquisition Partner" /
    "Vértice Pagamentos" / "+55 11 4003-2291"): whom a recruiter's mail comes from."""
    tail = [*lines[-_SIGNATURE_LINES:], ""]
    # a letter's signature follows its closing words ("Best," / "Abraços,")
    signed_off = next((i for i, line in enumerate(tail) if sign_off().fullmatch(line)), None)
    if signed_off is None:
        return ""
    tail = tail[signed_off + 1 :]
    for writer, role, name, contact in zip(tail, tail[1:], tail[2:], tail[3:], strict=False):
        if (
            (
                _PERSON.fullmatch(writer)
                and not has_role_word(writer)
                and len(role.split()) <= _MAX_NAME_WORDS + 1
                and has_role_word(role)
                and (not contact or _CONTACT.search(contact) or _POSTCODE_CITY.search(contact))
            )
            and (found := _name_line(name, title))
            and not _HOST_LINE.fullmatch(found)
        ):
            return title_words().legal_suffixes.sub("", found)
    # the role and the name on one line ("Founder & CEO, Fieldnote Health"), unless a name
    # follows it ("Talent Partner, Pharmacy & Lab" / "Sierra Vista Health": a department)
    for line, after in pairwise(tail):
        role, comma, name = line.rpartition(", ")
        if not (comma and has_role_word(role) and len(role.split()) <= _MAX_NAME_WORDS):
            continue
        named_after = not _CONTACT.search(after) and not _DOMAIN.search(after)
        found = (_name_line(after, title) if named_after else "") or (
            _name_line(name, title) if not has_role_word(name) else ""
        )
        if found:
            return title_words().legal_suffixes.sub("", found)
    return ""


def company_on_letterhead(lines: Sequence[str], title: str) -> str:
    """A name alone on the paste's first line over the business's address or phone number:
    a small business's own document ("Rossi's Trattoria" / "412 Main Street, Westfield")."""
    if len(lines) < 2 or not any(_LETTERHEAD_DETAIL.search(line) for line in lines[1:3]):
        return ""
    name = _name_line(lines[0], title, _MAX_CONFIRMED_NAME_WORDS)
    return _in_usual_case(name) if name.isupper() else name


def _in_usual_case(name: str) -> str:
    """A name written in capitals as it is usually written: "BROOKSIDE DENTAL CARE" as
    "Brookside Dental Care"; short words ("AS", "LLC") stay as they are."""
    return " ".join(
        word[0] + word[1:].lower() if len(word) >= _USUAL_CASE_WORD else word
        for word in name.split()
    )


def named_only_as_place(name: str, body: str) -> bool:
    """Whether the text, past its header, names `name` only as where the work is ("… based
    in Maple Grove", "… lager i Jönköping")."""
    named = [m.start() for m in re.finditer(rf"\b{re.escape(name)}\b", body)][1:] if name else []
    return bool(named) and all(_PLACED_BEFORE.search(body, max(0, at - 20), at) for at in named)


def named_once_after_a_dash(name: str, body: str) -> bool:
    """Whether the text names `name` only once, after a dash: what follows a title's dash
    and is never named again narrows the role ("… – Home Every Weekend", "… – SME
    Accounts"); an employer there is named again in the text ("At Lumio Analytics …")."""
    mentions = re.findall(rf"(?:([-–—])\s+)?(?<!\w){re.escape(name)}(?!\w)", body) if name else []
    return len(mentions) == 1 and bool(mentions[0])


def company_beside(lines: list[str], index: int, title: str) -> str:
    """A short name on the line right above the title's line (an applicant tracker's
    header), else on the line right under it ("… · Berlin" cut off)."""
    above = _name_line(lines[index - 1], title) if index > 0 else ""
    if above:
        return above
    return _name_line(split_place(lines[index + 1])[0], title) if index + 1 < len(lines) else ""


# When a message was sent, as a mail or chat header shows it on a line of its own.
_WHEN_SENT = re.compile(
    r"(?:mon|tues?|wed|thu(?:rs)?|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\.?"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}(?:, \d{4})?",
    re.IGNORECASE,
)


def _name_line(line: str, title: str, max_words: int = _MAX_NAME_WORDS) -> str:
    """The line as a company name when it reads as one and as nothing else."""
    line = _OPENINGS_AT.sub("", line)
    not_company = title_words().not_company
    if (
        _words_before_legal_form(line, max_words) > max_words
        or opens_a_section(line)
        or line.casefold() in title_words().field_labels
        or line.casefold() in title_words().departments
        or title_words().not_title_line.match(line) is not None
        or any(word in not_company for word in line.casefold().split())
        or not (  # a name, perhaps with its legal form after a comma: "…, LLC"
            _LINE_NAME.fullmatch(line)
            or _LINE_NAME.fullmatch(title_words().legal_forms.sub("", line))
        )
        or any(char.isdigit() for char in line)
        or "_" in line  # a user's handle ("Ola_Recruits"), not a company
        or line.casefold() in _places()
        or _WORK_MODE_WORDS.fullmatch(line.strip()) is not None  # "Vor Ort", "Hybrid"
        or line.casefold().endswith(" only")  # who may apply: "United States only"
        or line.casefold().endswith(" jobs")  # a board's name: "NHS Jobs", "Civil Service Jobs"
        or _WHEN_SENT.fullmatch(line.strip()) is not None  # a message's "Mon", "Oct 22"
        or has_role_word(line)
        # "Tidewell builds milking robots.", but "Vistula Systems Sp. z o.o."
        or _SMALL_WORDS.search(title_words().legal_forms.sub("", line)) is not None
    ):
        return ""
    name = clean_company(line, title)
    # A header line naming the board it was copied from ("LinkedIn  Jobs") is the site's.
    return "" if is_known_source(name) else name


def company_named_again(lines: Sequence[str], body: str, title: str) -> str:
    """A short name above the title that the posting's own sentences name again ("Plantly"
    over the role, then "Plantly ships houseplants …"): a careers page's or a board's
    header names the employer among its menus and ratings, and the text confirms which.
    The parts of a line ("kaiyo | Mossfire Games — Today at 4:12 PM") count one by one."""
    at = next((i for i, line in enumerate(lines[:_HEADER_SCAN]) if title and title in line), None)
    if at is None:
        return ""
    # a site's menu copied on one line ("Matching briefs (3)   Offers sent   Archived") is
    # passed over: its items are the site's words, not the employer's name
    parts = [
        part
        for line in lines[:at]
        if not _is_menu_line(line) and not _CHAT_AUTHOR.fullmatch(line)
        for part in _LINE_PARTS.split(_RATING.sub("", line))
    ]
    # and the line under the title's, whole ("· Regensburg" is a place), where a long name
    # sits ("Saguaro Ridge Unified School District"): the text naming it again vouches for
    # more words than a name alone may have
    parts += lines[at + 1 : at + 2]
    # each name looked for once, and only a header's few: every search reads the whole text
    names = dict.fromkeys(
        name
        for part in parts
        if not _BOARD.search(part)
        and (name := _name_line(part.strip(), title, _MAX_CONFIRMED_NAME_WORDS))
    )
    return next(
        (name for name in islice(names, _NAMES_TRIED) if _named_in_a_sentence(name, body)), ""
    )


def _named_in_a_sentence(name: str, body: str) -> bool:
    """Whether the body names `name` as a sentence does: before a word in small letters
    ("Plantly ships", "Atelier Verlaine conçoit") or after "at", "join" or "about"."""
    named = re.escape(name)
    pattern = rf"(?<![\w&'’-]){named}[ \t,]+[a-zà-ÿ]|\b(?i:at|join|about|with)[ \t]+{named}\b"
    return re.search(pattern, body) is not None


def _words_before_legal_form(line: str, max_words: int = _MAX_NAME_WORDS) -> int:
    """The words of a name but for its legal form ("… Services Pty Ltd": three), read on
    the words joined again (a run of blanks is not searched from each of its places)."""
    words = line.split()
    if len(words) <= max_words:
        return len(words)
    if (
        len(words) <= max_words + _INSTITUTION_WORDS
        and words[-1].casefold() in title_words().institution_endings
    ):
        return max_words
    return len(title_words().legal_forms.sub("", " ".join(words)).split())


def place_under_title(lines: list[str], title: str) -> str:
    """The place after the company on the line under the title ("… — Remote (EU)"), or on
    a line of its own under the company's ("Acme Inc." then "Toronto, Ontario - Hybrid")."""
    if not _under_a_title(lines, title) or len(lines[1].split()) > _MAX_HEADER_LINE_WORDS:
        return ""
    place = split_place(lines[1])[1]
    if place or len(lines) < 3 or not _name_line(lines[1], title):
        return place
    third = lines[2]
    if len(third.split()) > _MAX_PLACE_LINE_WORDS or third.endswith((".", "!", "?", ":")):
        return ""
    return _place_alone(third).strip() if reads_as_place(third) else ""


def _under_a_title(lines: list[str], title: str) -> bool:
    """Whether the first line names the role, so the second may name who offers it."""
    return not (
        len(lines) < 2
        or not title
        or not has_role_word(lines[0])
        or len(lines[0].split()) > _MAX_TITLE_WORDS
        or lines[0].endswith((".", "!", "?"))
    )


def split_place(line: str) -> tuple[str, str]:
    """A header line cut into a name and the place after it ("Kestrel Labs - London
    (hybrid)"), when what follows the dash, dot or bar reads as a place or a way of
    working; else the line whole and no place."""
    parts = _PLACE_SEPARATOR.split(line, maxsplit=1)
    # the place is what stands right after the separator ("· Westbridge, England · Reposted
    # 3 days ago"): what a board adds after it says nothing of the name
    after = _PLACE_SEPARATOR.split(parts[1], maxsplit=1)[0] if len(parts) == 2 else ""
    if len(parts) == 2 and (reads_as_place(after) or _PLACE_AFTER_DOT.fullmatch(line)):
        return parts[0].strip(), _place_alone(parts[1]).strip()
    return line, ""


def _place_alone(after: str) -> str:
    """The place, without what a header adds after it ("Berlin (hybrid) · Full-time"):
    the parts after the first are kept while they read as places too."""
    first, *rest = _PLACE_SEPARATOR.split(after)
    kept = [first]
    for part in rest:
        if not reads_as_place(part):
            break
        kept.append(part)
    return " · ".join(kept) if len(kept) > 1 else first


def reads_as_place(text: str) -> bool:
    words = {word.casefold() for word in re.findall(r"[A-Za-z][\w-]*", text)}
    return bool(
        _WORK_MODE_WORDS.search(text)
        or _CITY_COMMA_REGION.match(text)
        or any(place in words for place in _places())
    )


_MAX_PLACE_LINE_WORDS = 10  # a place on a line of its own is short
# "Acme — Remote", "Acme · Berlin", "Acme | London", "Acme - Paris": a spaced separator.
_PLACE_SEPARATOR = re.compile(r"(?<!\s)\s+[—–\-·|•]\s+")
# "Acme Logistik GmbH · Hamburg": a middle dot before a few capitalised words sets a place apart.
_PLACE_AFTER_DOT = re.compile(r"[^·]+\s·\s+[A-Z][\w.'’-]*(?:,?[ \t]+\(?[A-Z][\w.'’-]*\)?){0,4}")
_WORK_MODE_WORDS = re.compile(
    r"\b(?:remote|hybrid|on-?site|in[- ]office|anywhere|remot[oa]|h[íi]brid[oa]|hybride|presencial"
    r"|t[ée]l[ée]travail|teletrabajo|vor ort|sur site|pr[ée]sentiel|op locatie|på plats|in sede)\b",
    re.I,
)
# "Westbridge, England", "Westbridge, England, United Kingdom"
_CITY_COMMA_REGION = re.compile(
    r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}(?:, [A-Z][\w.'’ -]{1,30}){1,2}$"
)


@cache
def _places() -> frozenset[str]:
    return frozenset(name.casefold() for name in load_json("time_zones.json")["places"])


def company_from_prose(text: str, lines: list[str], title: str) -> str:
    for line in lines:
        if (match := _ABOUT.match(line)) and (name := _prose_name(match.group(1), title)):
            return name
    prose = MARKDOWN_LINK.sub(r"\1", text[:_PROSE_CHARS])
    if "*" in prose or "_" in prose:
        prose = _EMPHASIS.sub(r"\1", prose)
    found = _PROSE_SET.over(prose)  # one pass for the patterns' opening words
    for pattern in _PROSE:
        for match in found.finditer(pattern):
            if _a_subject_only(match, prose):
                continue
            if name := _prose_name(match.group(1), title):
                return name
    return ""


_A_MEASURE = re.compile(r"[ \t]*(?:(?:about|around|roughly|only|just|now|currently)[ \t]+)?[\d$€£]")


def _a_subject_only(match: re.Match[str], prose: str) -> bool:
    """ "Budget is $500", "Schedule is flexible", "Sponsorship is not available": one word
    that "is" something other than a kind of thing is the sentence's subject, not a
    company ("Kiezkasse is a bank", "Acme is hiring")."""
    said = match.group(0).split()
    if said[-1] == "are" and " and " in match.group(1):
        return True  # "English and French are the working languages": two things
    if said[-1].casefold() in _TO_BE and _A_MEASURE.match(prose, match.end()):
        return True  # "Mobile PageSpeed is 23": a figure measured, not a company
    if len(match.group(1).split()) > 1 or said[-1].casefold() not in _TO_BE:
        return False
    if match.group(1).casefold() in title_words().time_subjects:
        return True  # "Spring is coming"
    if said[-1] == "are" and match.group(1).endswith("s"):
        return True  # "Interviews are a single session": a plural noun opens the sentence
    return _DESCRIBED.match(prose, match.end()) is None


# A business named in quotes by its owner: 'a bakery called "Fermento Vivo"', 'a logo for
# "Suds & Paws"', 'my salon ("Blue Comb")'.
_QUOTED_NAME = re.compile(
    r"(?:\b(?:called|named|for)[ \t]+|\()[\"“«]([A-ZÀ-Þ][^\"”»\n]{1,40}?)[\"”»]"
)


# What the quoted name is the name of: a business, or what a brief makes for one.
# The kinds of business a client names its own by, in quotes or in brackets.
_BUSINESS_KINDS = (
    r"business|shop|store|bakery|caf[eé]|salon|studio|brand|company|restaurant|agency"
    r"|startup|clinic|practice|firm|boutique|brewery"
)
_BUSINESS_NOUN = re.compile(
    rf"\b(?:{_BUSINESS_KINDS}|bar|gym|taproom|logo|website|label)\b", re.IGNORECASE
)
_NOUN_BEFORE_CHARS = 50


def company_in_quotes(text: str, title: str) -> str:
    """The name of the business a client's brief puts in quotes, near its start, a
    business or what is made for it named just before ('a logo for "Suds & Paws"')."""
    for match in _QUOTED_NAME.finditer(text, 0, _PROSE_CHARS):
        name = match.group(1).strip()
        named_for = _BUSINESS_NOUN.search(
            text, max(0, match.start() - _NOUN_BEFORE_CHARS), match.start()
        )
        if (
            named_for
            and len(name) > 2
            and len(name.split()) <= _MAX_QUOTED_WORDS
            and not has_role_word(name)
            and (name := clean_company(name, title))
        ):
            return name
    return ""


def company_in_brackets(text: str, title: str) -> str:
    """The name a client puts in brackets right after the kind of business it runs, near
    the brief's start: "our online shop (Retrospoke — we sell bike parts)", "a small CRO
    (Clínica Alba Research, based in Valencia)"."""
    for match in _BRACKETED_NAME.finditer(text, 0, _PROSE_CHARS):
        name = match.group(1).strip()
        if (
            len(name.split()) <= _MAX_QUOTED_WORDS
            and not has_role_word(name)
            and (name := clean_company(name, title))
        ):
            return name
    return ""


# A kind of business, then its name opening the brackets, up to a dash, comma or the close.
_BRACKETED_NAME = re.compile(
    rf"\b(?i:{_BUSINESS_KINDS}|consultancy|cro|nonprofit|charity)"
    r"[ \t]*\(([A-ZÀ-Þ][\w&'’.À-ÿ-]*(?:[ \t][\w&'’.À-ÿ-]+){0,4}?)[ \t]*(?:[—–,;)]|[ \t]-[ \t])"
)


def client_named(text: str, title: str) -> str:
    """The client an agency names as the employer ("my client is Ostrava Health"): whose job
    it is, whatever the agency's own signature or header says."""
    prose = text[:_PROSE_CHARS]
    return next(
        (name for match in _CLIENT.finditer(prose) if (name := _prose_name(match.group(1), title))),
        "",
    )


def company_from_statements(text: str, title: str) -> str:
    """The name in the company's own statements, wherever they sit ("Acme is an equal
    opportunity employer", "As an equal opportunity employer, Acme …"), a sentence whose
    break a dataset lost read apart from the one before ("… 50 miles.Acme Health is …")."""
    text = _STOP_GLUED_TO_A_NAME.sub(". ", text)
    for pattern in _STATEMENTS:
        for match in pattern.finditer(text):
            if name := _prose_name(match.group(1), title):
                return _in_full(name, text)
    return ""


def _in_full(name: str, text: str) -> str:
    """The name as the text gives it in full elsewhere: ending in an institution's word
    ("Kloofrand" named "Kloofrand Private Hospital" above its statement), or so written
    twice or more ("Larkmont" in a site's header, "Larkmont Home" in its text)."""
    endings = title_words().institution_endings
    # an institution's name already: "Ridgeway University", not once its "Ridgeway
    # University School of Medicine"
    whole = name.rsplit(maxsplit=1)[-1].casefold() in endings
    longer: Counter[str] = Counter()
    for match in re.finditer(
        rf"(?<![\w&'’-]){re.escape(name)}((?:[ \t]+[A-Z][\w&'’-]*){{1,3}})", text
    ):
        words = match.group(1).split()
        if words[-1].casefold() in endings and not whole:
            return f"{name} {' '.join(words)}"
        longer[f"{name} {words[0]}"] += 1
    fuller, count = longer.most_common(1)[0] if longer else (name, 0)
    return fuller if count >= _MIN_FULL_MENTIONS else name


_MIN_FULL_MENTIONS = 2


def company_by_mentions(text: str, title: str) -> str:
    """The name the text places the work at, or asks you to join, again and again."""
    names = Counter(
        name for match in _AT_NAME.finditer(text) if (name := _prose_name(match.group(1), title))
    )
    if not names:
        return ""
    name, count = names.most_common(1)[0]
    return name if count >= _MIN_MENTIONS else ""


def company_from_links(text: str) -> str:
    """The site the posting links to or writes from most, written as the text writes its
    name."""
    names: Counter[str] = Counter()
    linked: Counter[str] = Counter()  # as links: only then may the slug stand as the name
    for match in _HOST.finditer(text):
        host = match.group(1).casefold()
        if may_be_employer_site(host):
            names[site_name(host)] += 1
            linked[site_name(host)] += match.group()[:4].casefold() == "http"
    if not names:
        return ""
    slug, count = names.most_common(1)[0]
    if count < _MIN_LINK_MENTIONS:
        return ""
    return _name_for_slug(text, slug) or (slug if linked[slug] >= _MIN_LINK_MENTIONS else "")


def _name_for_slug(text: str, slug: str) -> str:
    """ "timedoctor" as the text writes it ("Time Doctor"), or a longer name that starts
    with it ("Wikimedia Foundation" for "wikimedia", "Harbour Light Foods" for
    "harbour-light"), the longest of those the text uses more than once."""
    found: Counter[str] = Counter()
    slug = _LETTERS.sub("", slug)  # "brightpath-talent" is written "BrightPath Talent"
    for match in re.finditer(NAME, _HOST.sub(" ", text[: _PROSE_CHARS * 4])):
        words = match.group().split()
        # the name's first words spell the slug: "Harbour Light" of "Harbour Light Foods"
        heads = {_LETTERS.sub("", " ".join(words[:k]).casefold()) for k in range(1, len(words))}
        for size in range(len(words), 0, -1):
            phrase = " ".join(words[:size])
            key = _LETTERS.sub("", phrase.casefold())
            if key == slug or (size == len(words) > 1 and slug in heads):
                found[phrase.strip(" .,")] += 1
                break
    if not found:
        return ""
    repeated = [name for name, count in found.items() if count >= _MIN_LINK_MENTIONS]
    return max(repeated, key=len) if repeated else found.most_common(1)[0][0]
