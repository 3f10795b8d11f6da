"""What Gigdesk reads from a posting: fields, sections, must-haves and nice-to-haves.

Header lines are the most reliable place for title and company (labels such as
"Title:", Hacker News "Company | Role | Location" lines, "Role job in City |
Company" page titles); prose ("X is seeking a …", "About X", "As Head of
Product, you'll …") is the fallback. Nothing found is an empty value, never a
guess from an unrelated line. The analysis never changes the text it reads.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import pairwise

from desktop.domain.hours.statements import HoursStatement, find_hours
from desktop.domain.hours.working import HoursKind
from desktop.domain.reading.company import (
    careers_site_in_full,
    clean_company,
    client_named,
    company_above_title,
    company_after_a_dash,
    company_beside,
    company_by_its_legal_form,
    company_by_its_logo,
    company_by_mentions,
    company_from_links,
    company_from_prose,
    company_from_statements,
    company_in_brackets,
    company_in_page_header,
    company_in_quotes,
    company_in_signature,
    company_named_again,
    company_of_careers_site,
    company_on_letterhead,
    company_over_its_card,
    company_over_its_menu,
    company_under_title,
    is_company_card,
    named_once_after_a_dash,
    named_only_as_place,
    place_under_title,
    reads_as_place,
    shown_as_field,
)
from desktop.domain.reading.fields import (
    HoursPerWeek,
    engagements_named,
    find_engagement,
    find_hours_per_week,
    find_location,
    find_pay,
    find_remote_policy,
    in_local_dollars,
    names_an_internship,
    names_contract_work,
    names_pay,
    pay_in_fields,
)
from desktop.domain.reading.kinds import RequirementKind, SectionKind
from desktop.domain.reading.layout import opens_a_section
from desktop.domain.reading.layouts import LIST_BULLET, PageReading, read_layout
from desktop.domain.reading.lines import (
    CHAT_PREFIX,
    MARKDOWN_LINK,
    RECORD_FIELD,
    RECORD_KEY,
    clean_line,
)
from desktop.domain.reading.names import NAME, has_role_word, is_category_trail, title_words
from desktop.domain.reading.requirements import (
    BRACKETED_ASIDE,
    Requirement,
    RequirementOrigin,
    find_requirements,
    make_requirement,
)
from desktop.domain.reading.sections import Section, split_sections
from desktop.domain.reading.terms import Engagement, Pay, PayPeriod, WorkMode
from desktop.domain.red_flags.flags import find_red_flags
from desktop.domain.red_flags.risk import Hit
from desktop.domain.skills.taxonomy import taxonomy
from desktop.domain.tracking.intake import (
    is_freelance_source,
    is_known_source,
    links_to_a_freelance_site,
)
from desktop.resources import load_json

_MAX_PLACE_WORDS = 8
_MAX_EMPLOYER_WORDS = 6  # "Distribuidora Alamar S.A. de C.V."
# A paste in capitals: most of the letters of its first part are capitals
_SHOUT_SAMPLE = 3000
_SHOUT_MIN_LETTERS = 200
_SHOUT_SHARE = 0.7
_SHOUT_LONG_WORD = 5  # a word this long is a word, not an abbreviation
_SHOUT_PROBE = 1000
_SHOUT_PROBE_RUNS = 40  # runs of three small letters in the probe: no paste in capitals
_LOWER_RUN = re.compile(r"[a-z]{3}")
# A list copied from a Word document or a PDF made of one, its bullets as the letter "o"
# their symbol font drew them with: "o Run discovery with clinic owners".
_LETTER_BULLET = re.compile(r"^([ \t]*)o(?=[ \t]+[A-Z0-9(])", re.MULTILINE)
_MIN_LETTER_BULLETS = 2
_WORD_OF_LETTERS = re.compile(r"(?<!\w)[^\W\d_]{2,}(?!\w)")
_TAG_BRACKETS = re.compile(r"[ \t]*[\[\]]+[ \t]*")
# The parser's version is PARSER_VERSION in kept.py: raise it when the parser reads
# postings differently, and stored postings are read again.

_LINES_FOR_TITLE = 3
# The header is looked for in at most this many lines: a site's menu copied above it
# ("Find work", "Salary guide", "# announcements") is passed over on the way (_header_lines).
_HEADER_LINES = 30
_PASTE_HEAD = 40  # lines of a paste where a site's header sits, blank ones counted
_HEADLINE_LINES = 8  # a post's first lines: the poster's name, network degree, headline
_TITLE_LABEL_LINES = 25  # lines where a "Title:" or "Role:" label names the posting's role
_MENU_ITEM_WORDS = 3
_MENU_RUN = 3
_MIN_CRUMBS = 3  # "Home > Jobs > Role": fewer is a title's own ">"
_BLURBS = 2
_WORD = re.compile(r"[^\s/|•·]+")
_LINES_FOR_LABELS = 400
_READ_CHARS = 100_000
_MAX_TITLE_WORDS = 12
_MAX_TITLE_CHARS = 90
_CAPITALISED_WORD = re.compile(r"\b[A-Z][A-Za-z0-9]{3,}\b")
# opening on a bracket or a sign, or a chat app's line for a bot ("Upwork Alerts  APP  9:14")
_BOTS_HEADER = re.compile(r"\[|[^\x00-\x7f]|[^\n]{1,40}?[ \t]APP[ \t]+\d{1,2}:\d\d")
# A field labelled as the title is one however long: a freelance client's headline.
_MAX_LABELLED_TITLE_CHARS = 150

# Spaces before a separator are matched from the first of them ("(?<!\s)\s+"), never from
# each space of a long run, so that a search stays linear in the text.
# "Support Engineer at Tidewater", "Product Manager @ Quillstack — remote (US)"
_AT_COMPANY = re.compile(
    r"^(.*?\S)\s+(?:at|@|bei|chez|presso)\s+([A-Z][\w&.'’ -]{1,40}?)(?:\s+[—–|]\s+.*)?$"
)
# What sits between a one-line menu's items, and between a breadcrumb trail's steps.
_MENU_SEPARATOR = re.compile(r"\s{2,}|\s\|\s")
# A channel post's "🏢 Kijani Pay Ltd": an office sign marks the employer.
_COMPANY_MARK = re.compile(
    r"^[ \t]*[🏢🏬🏭]\ufe0f?[ \t]*(?:company[ \t]*:[ \t]*)?(\S[^\n]{0,80}?)[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
_MARKED_CHARS = 2000  # where a post's "🏢 Company" line is looked for
# A bot's or a channel's "💼 Podcast editor for weekly interview show": a briefcase marks
# the job, a line of three words or more naming a role, with no label of its own ("💼 Type:
# Full-time").
_TITLE_MARK = re.compile(
    r"^[ \t]*💼\ufe0f?[ \t]*(?![^\n:]{1,30}:)(\S+(?:[ \t]+\S+){2,})[ \t]*$", re.M
)
# A part of a header line that is no name: a sentence ("Post jobs here. Format: Role"),
# an amount ("$150k", "0.5%").
_NOT_A_NAME = re.compile(r"[.:!?]\s|^[$€£¥₹]|^[\d.,]+\s*[kK%]?$")
_BOARD_NAME = re.compile(r"\b(?:jobs|vacancies|careers)\b", re.IGNORECASE)
_CLIENT_BOX = re.compile(
    r"^[\U0001F1E6-\U0001F1FF]|payment (?:method )?(?:verified|unverified)|\$[\d.,]+K?\+? spent",
    re.IGNORECASE,
)
_NAMED_HIRING = re.compile(
    r"(?:@\w+\s+)?(?:(?i:hi|hey|hello)\b[\w ]{0,12})?[^\w\n]*"
    rf"(?!(?i:we|they)\b)({NAME})\s+(?:is|are)\s+"
    r"(?:now\s+|currently\s+)?hiring(?:\s*[:–—-]\s*(?:an?\s+)?(\w.{2,80}?)[\s*_!.]*$"
    # "Hi all 👋 Quarryline is hiring a Data Analyst — contract-to-hire, fully remote"
    r"|\s+(?:an?|one|two)\s+(?:(?i:remote|hybrid|on-?site|full-time|part-time|freelance)\s+)?"
    r"([A-Z][^—–,.;(\n]{2,60}?)\s*(?:[—–,.;(]|$))"
)
_HIRING_TAG = re.compile(
    r"(?:@\w+\s+)?[*_]*(?:\[[^\]\n]{0,30}\][*_]*\s*)*\[hiring\][*_]*(?:\s*\[[^\]\n]{0,30}\][*_]*)*"
    r"[\s:–-]*(\w.{0,200}?)[*_]*\s*$",
    re.IGNORECASE,
)
# A cry of haste before or after a title: "URGENT:", "– ASAP", "(Immediate start)".
_URGENCY = re.compile(
    # "URGENT: …", and a channel's tag set off by a symbol: "🔥 NEW 🔥 Reach truck driver"
    r"^\W*(?:urgent|asap|new|hot)\s*[^\w\s]+\s*(?=\w)|(?:(?<!\s)\s+)?(?:[-–—|:]\s*|\(\s*)"
    r"(?:urgent(?:ly)?(?: hire| hiring| need| requirement)?|asap|immediate start)\W*$",
    re.IGNORECASE,
)
# A mail subject's "Executive Assistant role": the word that says it is one.
_ROLE_WORD_AFTER = re.compile(r"(?<=\w)\s+(?:role|position|opening|vacancy|opportunity)$", re.I)
# A tracker's page title ("Job Application for …"), a board's button ("Join to apply for the …")
_WIDE_GAP = re.compile(r"\S[ \t]{3,}\S")
_APPLYING_FOR = re.compile(
    r"^(?:(?:job\s+)?application\s+for|(?:join|sign in|log in)\s+to\s+apply\s+for(?:\s+the)?)"
    r"\s+(?=\S)",
    re.IGNORECASE,
)
# A job board's search form ("What: accountant   Where: Mumbai"), a chat's own lines
# ("Forwarded from …", "📌 Pinned messages"), a call-us line and a cry ("Now hiring!").
# What a channel's or a group's header counts under its name: "48.312 iscritti".
_CHANNEL_MEMBERS = (
    "subscribers|members|iscritti|abonnés|abonnenten|mitglieder|miembros|suscriptores|membros"
    "|inscritos|leden"
)
_CHANNEL_COUNT = re.compile(rf"^[\d,.]+[km]?\+?\s*(?:{_CHANNEL_MEMBERS})\b", re.IGNORECASE)
_HEADER_TERMS_AFTER = 2  # a header's name and place come before its terms
_NOT_A_HEADER_LINE = re.compile(
    r"^\W*what\s*:.*\bwhere\s*:|^\W*search(?: for jobs)?\s*:"
    r"|^\W*(?:forwarded from|pinned messages?|jump to (?:present|latest))\b|^\d+ notifications?\b"
    # when a board posted it, and its own button: "Posted 4 days ago", "Post a Job - $299"
    r"|^\W*(?:re)?posted\b.{0,30}\b(?:ago|today|yesterday)\s*$|^\W*post a (?:job|project)\b"
    # a client's card: "Member since Feb 2022 · 2 orders placed"
    r"|^\W*member since\b"
    # a chat window's header: "Microsoft Teams – chat with Jessica Lin (External)"
    r"|^\W*(?:[\w ]{2,24}\s[–—-]\s+)?chat with\b"
    # a messaging page's own lines: "Messaging", "Search messages", its folders ("InMail",
    # "Unread"), "Active 3h ago", "OCT 9",
    # "Marcus Byrne sent the following message at 10:14 AM", "View Marcus' profile", and
    # a message's sender and time: "Marcus Byrne  10:14 AM"
    r"|^\W*(?:messaging|search messages|inmail|focused|unread|starred|my connections"
    r"|active (?:now|\d+\s?[mhdw] ago))\s*$"
    r"|^(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC) \d{1,2}$"
    r"|\bsent the following messages? at \d{1,2}:\d{2}\s?(?:[ap]m)?\s*$"
    r"|^view [^\n]{1,40}?(?:'s|’s|'|’) profile\s*$"
    r"|^[^\n]{2,60}?\s{2,}\d{1,2}:\d{2}\s?(?:[ap]m)?\s*$"
    # a search page's count: "3,214 jobs found"
    r"|^[\d,.]+\s+(?:jobs?|results?|projects?|listings?)(?:\s+found)?\s*$"
    # a table's column names, between tabs: "DATE  BUYER  REQUEST  OFFERS"
    r"|^[A-Z]{2,}(?:\t+[A-Z][A-Z ]+){2,}\s*$"
    r"|\(?\b\d{3}\)?[ .-]\d{3}[ .-]\d{4}\b|!\s*$"
    # a mail's marker over what it forwards: "---------- Forwarded message ---------"
    r"|^-{2,}\s*(?:forwarded message|original message|weitergeleitete nachricht"
    r"|message transféré|mensaje reenviado|messaggio inoltrato|mensagem encaminhada)\s*-*\s*$"
    # a search page's filter with its count: "Expert (1,962)", "Less than 5 (1,013)"
    r"|^[^()\n]{1,40}\(\d[\d,.]*\)\s*$"
    # a company card's size or following, a channel's members: "11-50 Employees", "12,408
    # followers", "48.312 iscritti"
    r"|^[\d,.]+[km]?\+?\s*(?:(?:-|–|to)\s*[\d,.]+[km]?\+?\s*)?"
    rf"(?:employees|people|staff|followers|seguidores|applicants|{_CHANNEL_MEMBERS})\b"
    # a channel's cry over the post, perhaps with its tags: "OFFERTA DI LAVORO #hotel"
    r"|^\W*(?:offerta di lavoro|oferta de (?:empleo|trabajo|emprego)|offre d'emploi"
    r"|stellenangebot|vacature|oferta pracy|job offer|now hiring|we'?re hiring"
    # … in Indonesian, Malay, Vietnamese and Portuguese: "LOWONGAN KERJA", "TUYỂN DỤNG"
    r"|lowongan(?: kerja)?|jawatan kosong|tuyển dụng|vaga(?: de emprego)?)\W*"
    r"(?:#\w+\s*)*$",
    re.IGNORECASE,
)
_MENU_HINT = re.compile(r"\s{2}|\s[|>›»/]\s|^\s*[<←‹«]|cookie", re.IGNORECASE)
_BACK_LINK = ("<", "←", "‹", "«")
_COOKIE_BANNER = re.compile(
    r"\bcookies?\b.{0,200}?\b(?:accept|aceitar|aceptar|accepter|akzeptieren|consent|agree|concorda)"
    # a banner's own words in Polish, Italian, Dutch and the Nordic languages
    r"|\b(?:plików cookies|utilizziamo (?:i )?cookie|wij gebruiken cookies|vi använder kakor"
    r"|informasjonskapsler|käytämme evästeitä|bruger cookies)\b"
    # the site telling what cookies it sets ("We use some essential cookies", "We'd like to
    # set analytics cookies"), its buttons ("Reject optional cookies") and its title
    r"|\b(?:use|set|store|accept|reject|decline|allow|manage) (?:\w+ ){0,2}cookies\b"
    r"|^\W*cookies (?:on|at) \w",
    re.IGNORECASE,
)
_TRAIL_SEPARATOR = re.compile(r"(?<!\s)\s+[>›»]\s+|(?<!\s)\s{2,}/\s{2,}")
# A trail of single-spaced slashes ("Home / Careers / Cebu / Agent") opens on a site's own
# page, perhaps after the company's name ("Rotafácil / Carreiras / Analista"); elsewhere
# such a slash is a title's own ("Frontend / Backend Engineer").
_SITE_PAGES = (
    r"home|start|startseite|accueil|in[ií]cio|inicio|careers?|karriere|carreiras|jobs?|"
    r"empleos?|vagas|vacatures|vacancies|openings"
)
_SLASH_TRAIL = re.compile(
    rf"\s*(?:((?!(?:{_SITE_PAGES})\s+/)[^/\n]{{1,40}}?)\s+/\s+(?=(?:{_SITE_PAGES})\s+/\s))?"
    rf"(?:{_SITE_PAGES})\s+/\s+",
    re.IGNORECASE,
)
_SLASH_SEPARATOR = re.compile(r"(?<!\s)\s+/\s+")
_TRAIL_MARKS = (">", "›", "»", "/")
# A tail opens at a colon before a space ("Senior Engineer: Scale our platform"): one inside
# a word is a ratio's ("1:1 support") or a role's genders ("Projektleiter:in").
# What a title line runs on to after a colon or a dash, outside brackets ("Coordinator (Night
# Shift | Makati)" keeps its aside whole).
_TITLE_TAIL = re.compile(r"(?:(?<!\s)\s+)?(?::(?=\s|$)|\s(?:[-–—|]|\*{1,3})\s)(?![^()\n]*\)).*$")
# A cry that a line names a role: "NOW HIRING: …", "We're hiring …", "HIRING!! 📢 …".
_HIRING_CRY = re.compile(
    r"[^\w\n]*(?:(?:now|we['’]re|we\s+are)\s+hiring\b|hiring\s*[!:])[^\w\n]*", re.IGNORECASE
)
_CRIED_ROLE_WORDS = 5
_MAX_SPECIALTY_WORDS = 4
# A price, or a range of them: "$250 - $750", "£25", "$8.00 – 15.00".
_PRICE = r"(?:[A-Z]{1,2})?[$€£₹¥]\s?\d[\d,.]*k?(?:\s*[-–]\s*(?:[A-Z]{1,2})?[$€£₹¥]?\s?\d[\d,.]*k?)?"
# A board's price line under a project's name: "£750", "Budget $250 - $750 USD", "Fixed price",
# "$8.00 – 15.00 USD per hour".
_PRICE_LINE = re.compile(
    rf"^(?:(?:est\.?\s+)?budget\s*:?\s*)?{_PRICE}"
    r"(?:\s*[a-z]{3})?(?:\s*(?:/|per)\s*h(?:ou)?r)?\s*$|^(?:fixed[- ]price|hourly)\b",
    re.IGNORECASE,
)
# A listing's status between a project's name and its price: "Open", "Bidding ends in 5 days".
_STATUS_LINE = re.compile(
    r"^\W*(?:open|closed|budget|bidding|bids?|closes?|closing|ends?|expires?|posted|urgent)\b",
    re.IGNORECASE,
)
_MIN_PROJECT_WORDS = 3
# A message's subject written as a line: "Contract opportunity – Senior Staff Accountant".
_OPPORTUNITY_LINE = re.compile(
    r"^(?:[\w-]+\s+){0,2}(?:opportunity|opening|vacancy)\s*[–—:-]\s*(.{3,80}?)\s*$", re.IGNORECASE
)
_FIELD_LINE = re.compile(r"^[\w ]{2,30}:\s")  # "Experience level: Expert", a label's line
# A detail under a project's name: a short label and its value, the label as French
# writes it too ("Client : Groupe Fontclair"); or the time it was posted or matched.
_DETAIL_FIELD = re.compile(r"^[A-ZÀ-Ý][\w'’ -]{1,25}?\s?:\s+\S")
_POSTED_AGO = re.compile(
    r"^(?:posted|matched|published|publicado|publié|veröffentlicht)\s+(?:\d+|an?|one)\s+"
    r"\w+\s+ago\b",
    re.IGNORECASE,
)
# A price after a title's dash: "- $450 flat", "– £25/hr", "| Budget $300".
_PRICE_TAIL = re.compile(
    rf"(?<!\s)\s+[-–—|]\s+(?:(?i:budget|pay|rate)\s*:?\s*)?{_PRICE}"
    r"(?:\s*(?:/\s*h(?:ou)?r|(?i:flat|fixed|usd|eur|gbp)))?\s*$"
)
# What a title's tail says of terms, not of the work: pay, hours, contract, place of work;
# and outside its brackets, a count ("12 months") or a list of three ("days, nights, weekends");
# two ("ICU, Nights") narrow the role.
_TERMS_IN_TAIL = re.compile(
    r"[$€£¥₹]|\b(?i:paid|pay|contract|freelance|part[- ]?time|full[- ]?time|remote|hybrid|"
    r"on-?site|urgent|hiring|hours?|hr|evenings?|weekends?|immediate|temporary|temp|term[- ]time|"
    r"permanent|fixed|project|gig|needed|wanted|available|live-in|(?:home|field|office)[- ]based|"
    # … and as other languages write them: "– CDI –", "– Vollzeit", "(CLT)"
    r"cdi|cdd|vollzeit|teilzeit|festanstellung|(?:un)?befristet|temps (?:plein|partiel)|"
    r"tiempo (?:completo|parcial)|jornada (?:completa|parcial)|indefinido|clt|efetivo|"
    r"tempo integral|voltijd|deeltijd)\b"
)
_TERMS_APART = re.compile(r"[,|/]|\s[-–—]\s")
_COUNT_OR_LIST = re.compile(r",[^,]*,|\b\d+(?:[.,]\d+)?(?!st|nd|rd|th)\b")
# A forum post's leading tags: "[Hiring]", "[Remote] [Contract]".
_FORUM_TAGS = re.compile(r"^(?:[*_]*\[[^\]\n]{1,20}\][*_]*\s*)+")
_TITLE_ASIDE = re.compile(r"(?:(?<!\s)\s+)?(?:\bhttps?://\S+|\[[^\]]{0,200}\])")
# "(Remote, part-time)", "(Hybrid - Leeds)" after a title: how and where, not the role.
_TITLE_TERMS = re.compile(
    r"(?:(?<!\s)\s+)?\((?i:(?:remote|hybrid|on-?site|full[- ]?time|part[- ]?time|work from home"
    r"|wfh|contract|freelance|temporary|permanent|fixed[- ]term"
    # … and in Spanish and Portuguese: "(CLT, remoto)", "(presencial)"
    r"|remot[oa]|h[ií]brido|presencial|clt|pj|teletrabajo"
    # … in German, French and Dutch: "(Vollzeit)", "(CDI)", "(deeltijd)"
    r"|vollzeit|teilzeit|cdi|cdd|temps (?:plein|partiel)|voltijd|deeltijd)\b[^()]{0,60}"
    # the experience asked: "(1–3 años de experiencia)", "(5+ yrs)"
    r"|\d[^()]{0,12}\b(?:years?|yrs|años|anos|ans|jahre|anni)\b[^()]{0,30}"
    # the pay it adds: "(+$2/hr shift differential)"
    r"|\+?[$€£¥₹]\s?\d[^()]{0,40}"
    # how many are hired: "(5 positions)", "(2 openings)"
    r"|\d+\s+(?:positions?|openings?|vacancies|vacancy|spots?|places?|roles?)"
    # the workload, the Swiss way: "(100 %)", "(80–100%)"
    r"|\d{2,3}(?:\s?%)?(?:\s?[-–]\s?\d{2,3})?\s?%"
    # the school or financial year it is for: "(2025-26)", "(2026/27)"
    r"|(?:19|20)\d\d(?:\s?[-–/]\s?(?:19|20)?\d\d)?)\)$"
)
# A digest's subject naming more jobs than its first: "Grants Manager at Tidewater + 11 more".
_MORE_IN_DIGEST = re.compile(
    r"\s+(?:\+|and)\s*\d+\s+(?i:more|others?)(?:\s+(?i:jobs?|roles?|openings?))?\s*$"
)
_TITLE_BRIEF = re.compile(
    r"(?<!\s)\s+(?:(?:needed|wanted|required)\b|(?:for|to)\s).*$", re.IGNORECASE
)
_SUBJECT_SEPARATOR = re.compile(r"(?:(?<!\s)\s+)?(?:[-–—|:]|\bfor\b)\s+")
_HEADER_SEPARATOR = re.compile(r"(?:(?<!\s)\s+)?\|\s*|(?<!\s)\s+[—–]\s+")
# Separators a header uses between three fields or more, but a title between its words too.
_LOOSE_SEPARATOR = re.compile(r"(?<!\s)\s+(?:[·•/]|::)\s+")
_LOOSE_HEADER_PARTS = 3
_ROLE_WORDS = (
    r"(?:[A-Z][\w/&+'’-]*|\([\w ]+\))"
    # "Year 4 Class Teacher": a number inside a title
    rf"(?:\s+(?:[A-Z0-9][\w/&+'’-]*|\([\w ]+\)|of|and|&)){{0,{_MAX_TITLE_WORDS - 1}}}"
)
# A chat's emphasis marks around words: "*contract Go developer*", "_Barista_".
_CHAT_EMPHASIS = re.compile(r"(?<![\w*])[*_]{1,2}(?=[^\s*_])|(?<=[^\s*_])[*_]{1,2}(?![\w*])")
# A line that tells of the hiring in a sentence of its own ("Hey all — we're hiring a
# contract Go developer at …"): the role is read from the sentence, the line is no title.
_HIRING_SAID = re.compile(
    r".\b(?:we['’]re|we\s+are|i['’]m|i\s+am)\s+(?:hiring|looking\s+for|seeking)\s+"
    r"(?:an?|two|three|our\s+(?:first|next|founding))\b",
    re.IGNORECASE,
)
# A line opening as a sentence does, pointing or asking: "Here is the hiring agent contact:".
_SENTENCE_OPENING = re.compile(
    r"\W*(?:here(?:['’]s|\s+is|\s+are)|this\s+is|please|click|download|kindly)\b", re.IGNORECASE
)
_ROLE_WANTED = re.compile(
    r"\W*+(\w[\w&'’/-]*+(?:[ \t]+[\w&'’/-]++){0,4})[ \t]+(?i:wanted|needed|required)\b"
)
_WANTED_LINES = 3
_PRAISED = re.compile(r"^(?i:experienced|skilled|qualified|reliable|talented)[ \t]+(?=\S)")
_PROSE_TITLES = (
    re.compile(
        # "looking for a structured, solution-oriented Analytics Engineer to join …"; an
        # agency's "asked to help them find a Process Engineer"
        r"(?:looking for|seeking|hiring|searching for|to\s+(?:help\s+\w+\s+)?find(?=\s+an?\s))"
        r"\s+(?:an?\s+)?(?:[a-z][\w-]*,?\s+){0,4}?"
        rf"[*_]{{0,2}}({_ROLE_WORDS})"  # "looking for a *Senior Frontend Engineer*" in a chat
    ),
    re.compile(rf"\bAs\s+(?:an?\s+|the\s+|our\s+)?({_ROLE_WORDS}),\s+you\b"),
    # a hiring manager's post: "… looking for TWO people to join us as Support Specialist (Tier 1)"
    re.compile(
        rf"\bjoin\s+(?:us|our\s+team|the\s+team)\s+as\s+(?:an?\s+|our\s+)?({_ROLE_WORDS}(?:\s+\([^()\n]{{1,40}}\))?)"
    ),
    re.compile(rf"\b(?:This|Our new|The)\s+({_ROLE_WORDS})\s+will\b"),
    # a message's "shortlisted for the position of Remote Data Entry Assistant"
    re.compile(
        rf"\b(?i:for|to)\s+the\s+(?i:position|role|post|job)\s+of\s+(?:an?\s+)?({_ROLE_WORDS})"
    ),
    # a message's "Got a part-time Bookkeeper role in Horsforth", "about a Clinical Nurse
    # Educator opening at …"
    re.compile(
        r"\b(?i:got|have|has|about|regarding|re)\s+an?\s+(?:(?i:full|part)[- ]time\s+"
        rf"|(?i:permanent|contract|temporary|freelance|new)\s+)?({_ROLE_WORDS})\s+"
        r"(?i:role|position|opening|vacancy)\b"
    ),
    # an agency's "I'm recruiting on behalf of X, a …, for a full-time Year 4 Class Teacher"
    re.compile(
        r"\brecruiting\b[^.\n]{0,150}?\bfor\s+an?\s+(?:(?:full|part)[- ]time\s+|permanent\s+"
        rf"|experienced\s+)?({_ROLE_WORDS})"
    ),
)
# A message carrying a job's own text: a rule of dashes, or a line that hands it over
# ("Here's the blurb the hiring manager gave us:", "JD below", "Job description attached below").
_HANDS_OVER_A_POSTING = re.compile(
    r"[-–—_=*]{3,}|[^\n]{0,120}\b(?:blurb|jd|job description|job spec|job ad|role description)\b"
    r"[^\n]{0,60}?(?::|\bbelow\W{0,3})",
    re.IGNORECASE,
)
# "You will be the technical lead for the front-end of …" → "Front-End Technical Lead".
_YOU_WILL_BE = re.compile(
    r"\b(?i:you)(?:'ll|’ll|\s+will)\s+be\s+(?:the|our|an?)\s+"
    r"((?:[a-z][\w-]*[ \t]+){0,2}[a-z][\w-]*)[ \t]+(?:for|of|on)[ \t]+(?:the|our)[ \t]+"
    r"([a-z][\w-]*)\b"
)
_NOT_AN_AREA = frozenset(
    ("team", "teams", "company", "business", "group", "organisation", "organization", "world")
)
_LOWER_ROLE = re.compile(
    # a startup's "we're hiring our first ML engineer": the first of a role, as "a" one
    r"(?:(?i:looking for|seeking|hiring|searching for)\s+(?i:an?|our\s+(?:first|next|founding))\s+"
    r"(?:(?i:experienced|talented)\s+)?"
    # a chat's "our company needs part time data entry assistant": its terms for an article
    r"|(?i:needs?)\s+(?:(?i:an?)\s+(?:(?i:part[- ]time|full[- ]time|remote)\s+)?"
    r"|(?i:part[- ]time|full[- ]time|remote)\s+))"
    r"((?:[\w/+#.,&-]+[ \t]+){0,3}[\w/+#.-]+)"
)
_IGNORED_FOR_FIELDS = {SectionKind.BOILERPLATE, SectionKind.LEGAL}
# A title may end on an abbreviation's full stop: "Diseñador(a) Gráfico Sr."
_CLOSING_ABBREVIATION = re.compile(r"\b(?:Sr|Jr|Snr|Jnr|Sen|Jun|Mgr|Asst|Assoc|Co|Inc|Ltd)\.$")
# A social feed's post: its author's degree of connection ("• 2nd") or its age ("3d • Edited"),
# and the author's headline over it ("VP Engineering at Nordvolt | Building the grid").
_FEED_MARK = re.compile(r"(?:•\s*)?(?:1st|2nd|3rd\+?)$|\d{1,2}[smhdwy]o?\s*•")
_POSTERS_HEADLINE = re.compile(r"[^|\n]{3,80}\bat\b[^|\n]{2,60}\|")
_RECRUITERS_HEADLINE = re.compile(
    r"[^\n]{0,40}\b(?:recruiter|sourcer|headhunter|talent (?:acquisition|partner))\b[^\n]{0,50}?"
    r"[ \t](?:at|@)[ \t]",
    re.IGNORECASE,
)
_SENDERS_DEGREE = re.compile(r"[^·•\n]{2,60}[·•][ \t]*(?:1st|2nd|3rd\+?)[ \t]*$")
_ROLE_NUMBER = re.compile(
    r"^\(?\d{1,2}[.)]\s+(?=\w)"
    # how many are hired, in capitals before the role: "TWO Staff Nurses"
    r"|^(?:TWO|THREE|FOUR|FIVE|SIX|SEVEN|EIGHT|NINE|TEN|MULTIPLE|SEVERAL)\s+(?=[A-Z])"
)
_TITLE_AND_ASIDE = re.compile(r"(.*?)(\s*\([^()]*\))?$", re.DOTALL)
# The words right before a role a post hires several of: "hiring", "looking for kind,
# reliable" (not "hiring for at Acme Partners": after a preposition, a name, not a role)
_HIRING_SEVERAL = re.compile(
    r"(?:looking for|seeking|hiring|searching for)\s+"
    r"(?:(?!(?:at|for|with|from|by|to|in|on|of)\b)[a-z][\w-]*,?\s+){0,3}"
)


@dataclass(frozen=True)
class PostingAnalysis:
    """What Gigdesk read from a posting. Empty strings and None mean "not stated"."""

    title: str = ""
    company: str = ""
    engagement: Engagement | None = None
    pay: Pay | None = None
    location: str | None = None
    remote: WorkMode | None = None
    hours_per_week: HoursPerWeek | None = None
    years_experience: int | None = None
    sections: tuple[Section, ...] = field(default=())
    must_haves: tuple[Requirement, ...] = field(default=())
    nice_to_haves: tuple[Requirement, ...] = field(default=())
    # Scam red flags in the employer's words (job-board and legal text set apart).
    red_flags: tuple[Hit, ...] = field(default=())
    # Working hours, overlaps and zone bands as written (converted per user and day elsewhere).
    hours: tuple[HoursStatement, ...] = field(default=())
    # The page layout the text was copied from (resources/layouts.json), when recognised,
    # and what that page labels: an Upwork job's level, duration, project type, the
    # Connects a proposal costs, the job's activity and the client box, as written.
    layout: str | None = None
    level: str | None = None
    duration: str | None = None
    project_type: str | None = None
    connects: int | None = None
    activity: tuple[tuple[str, str], ...] = field(default=())
    client: tuple[tuple[str, str], ...] = field(default=())
    # The skill tags the site shows under the posting, as written.
    tags: tuple[str, ...] = field(default=())

    @property
    def boilerplate(self) -> tuple[Section, ...]:
        return tuple(s for s in self.sections if s.kind in _IGNORED_FOR_FIELDS)


def analyze_posting(text: str, source: str = "") -> PostingAnalysis:
    """Read a posting. `source` (e.g. "Upwork") helps tell freelance work apart. Only its
    first _READ_CHARS are read: a posting is a fifth of that, and a paste of megabytes
    (a whole log or book) would hold the reader for a minute and list thousands of
    "requirements"; the text itself is kept whole."""
    text = text[:_READ_CHARS]
    as_written, text = text, _letter_bullets(_unshouted(text))
    page = read_layout(text)
    sections = (
        split_sections(text, page.site_text, page.footer_start, page.list_items)
        if page
        else split_sections(text)
    )
    # Fields sit in the posting itself, not in a site's own text around it.
    content = _without(text, [s for s in sections if s.kind in _IGNORED_FOR_FIELDS])
    raw_lines = _without_search_form(content.splitlines()[:_LINES_FOR_LABELS])
    # a line of symbols alone ("🍪" before a cookie banner set apart) says nothing
    lines = [cleaned for line in raw_lines if line.strip() and (cleaned := clean_line(line))]
    meaningful = _header_lines(lines)
    title, company = _labelled_or_in_a_table(lines)
    title, company = _marked(content, title, company)
    if page:
        title = _page_title(page) or title
        # the page's name for the employer, unless a label gives it whole ("Cardón Sistemas"
        # in an issue's title, "Cardón Sistemas S.R.L." under its "Empresa" heading)
        fuller = bool(page.company) and company.startswith(page.company)
        company = company if fuller else page.company or company
    header = _read_header(meaningful, lines, (text, content), page)
    header_title, header_company, header_parts = header
    title = title or _title_under_its_trail(lines) or _offered_role(meaningful) or header_title
    company = company or header_company
    if not title:
        title, thread_company, thread_parts = _title_in_the_body(
            meaningful, lines, (text, content), page
        )
        company, header_parts = company or thread_company, thread_parts or header_parts
    title, named_company = _title_at_company(title)
    company = client_named(content, title) or clean_company(company or named_company, title)
    # a careers site's header names the employer over a department's field ("Faculty of
    # Sciences") or a short form of its name ("Brannock" for "Brannock Group")
    if site_owner := company_of_careers_site(_first_lines(text), title):
        company = careers_site_in_full(site_owner, text, company)
    company = (
        company
        or company_by_its_legal_form(lines, title)
        or company_under_title(meaningful, title, lines, content)
        or company_above_title(meaningful, title, content)
        or company_over_its_card(lines, title)
        or _company_opening_a_trail(lines)
        or company_in_page_header(_first_lines(text), text, title)
        or company_by_its_logo(_first_lines(text), title)
        or company_over_its_menu(_first_lines(text), title)
        or company_on_letterhead(_first_lines(text), title)
        or company_in_signature(lines, title)
        or company_after_a_dash(lines, title)
        or company_from_statements(text, title)
        or company_from_prose(content, lines, title)
        or company_in_quotes(content, title)
        or company_in_brackets(content, title)
        or company_by_mentions(content, title)
        or company_named_again(_first_lines(text), content, title)
        or _company_in_headline(_first_lines(text)[:_HEADLINE_LINES], title)
        # a recruiter's headline in the message's header: the agency the role comes through
        or _company_in_headline([h for h in meaningful if _RECRUITERS_HEADLINE.match(h)], title)
        or company_from_links(text)  # a letter's address and site, too
    )
    must, nice = find_requirements(text, sections)
    if page and page.list_items:
        must = _site_skills_not_asked_already(must, page)
    if page and page.tags and len(must) < _FEW_STATED:
        must = must + _tags_as_requirements(text, content, page, must)
    hours = tuple(find_hours(content))
    if any(statement.kind == HoursKind.WINDOW for statement in hours):
        must = _hours_asked_once(must, hours)
    must = _hours_as_availability(must, hours)
    on_a_platform = _on_a_platform(source, page, lines, content)
    freelance = on_a_platform or names_contract_work(title)
    pay = _job_pay(content, sections, page, on_a_platform=on_a_platform)
    engagement = _page_engagement(page, freelance=freelance) or find_engagement(
        content, freelance_source=freelance, pay=pay
    )
    if names_an_internship(title):
        engagement = Engagement.INTERNSHIP  # "Software Engineering Intern", full-time or not
    red_flags = tuple(find_red_flags(as_written, sections))
    must = _not_a_payment(must, red_flags)
    years = [r.years for r in must if r.years is not None]
    fields = page.fields if page else {}
    location = fields.get("location") or find_location(
        content, header_parts, _place(meaningful, title, page)
    )
    if not on_a_platform:  # freelance platforms pay in US dollars wherever the client is
        # the place a page shows in its own field ("Remote (US & Canada)") counts too
        pay = in_local_dollars(pay, f"{content}\n{fields.get('location', '')}", location or "")
    return PostingAnalysis(
        title=_trim_title(
            _without_company_tail(title, company), whole=bool(page and page.title) or on_a_platform
        ),
        company=company,
        engagement=engagement,
        pay=pay,
        location=location,
        # a job open to freelancers "Worldwide" is done from wherever they are
        remote=find_remote_policy(content) or (WorkMode.REMOTE if _anywhere(location) else None),
        hours_per_week=find_hours_per_week(content)
        or find_hours_per_week(fields.get("duration", ""))
        or find_hours_per_week(fields.get("workload", "")),
        years_experience=max(years) if years else None,
        sections=tuple(sections),
        must_haves=tuple(must),
        nice_to_haves=tuple(nice),
        red_flags=red_flags,
        hours=hours,
        layout=page.layout if page else None,
        level=fields.get("level"),
        duration=fields.get("duration"),
        project_type=fields.get("project_type"),
        connects=int(fields["connects"]) if "connects" in fields else None,
        activity=_group(fields, "activity."),
        client=_group(fields, "client."),
        tags=tuple(tag.text for tag in page.tags) if page else (),
    )


def _unshouted(text: str) -> str:
    """A posting written in capitals with its words in their usual case ("RIDGELINE FREIGHT
    LINES" as "Ridgeline Freight Lines", "MUST PASS DOT PHYSICAL" as "must pass DOT
    Physical"): names, titles and sentences are read by their capitals. Short words not
    known as small ones stay as written ("CDL", "HVAC"); every offset stays the same."""
    if len(_LOWER_RUN.findall(text, 0, _SHOUT_PROBE)) > _SHOUT_PROBE_RUNS:
        return text  # most pastes: small letters from the start
    sample = text[:_SHOUT_SAMPLE]
    letters = sum(char.isalpha() for char in sample)
    if letters < _SHOUT_MIN_LETTERS or sum(char.isupper() for char in sample) < (
        _SHOUT_SHARE * letters
    ):
        return text
    small = _shouted_small_words()

    def usual(match: re.Match[str]) -> str:
        word = match.group()
        if not word.isupper():
            return word
        if len(word) >= _SHOUT_LONG_WORD:
            usual_case = word[0] + word[1:].lower()
        elif word.casefold() in small:
            usual_case = word.lower()
        else:
            return word
        return usual_case if len(usual_case) == len(word) else word

    return _WORD_OF_LETTERS.sub(usual, text)


def _letter_bullets(text: str) -> str:
    """The text with the "o" bullets of a list copied from a Word document or a PDF as "•"
    (offsets unchanged), when at least two lines open with one and a capital after it: a
    single line opening with the Portuguese article ("o Cliente …") is left as written."""
    if "\no" not in text and " o " not in text and not text.startswith("o"):
        return text  # most texts: no line opens with an "o" alone
    if len(_LETTER_BULLET.findall(text)) < _MIN_LETTER_BULLETS:
        return text
    return _LETTER_BULLET.sub(r"\1•", text)


@lru_cache(maxsize=1)
def _shouted_small_words() -> frozenset[str]:
    return frozenset(load_json("posting_vocabulary.json")["shouted_small_words"])


def _place(lines: list[str], title: str, page: PageReading | None) -> str:
    """The place a header gives: after the company under the title ("Acme — Berlin"), or
    for an applicant tracker's page, the short line right under the title."""
    if page is None or not page.location_under_title:
        return place_under_title(lines, title)
    under = next((i + 1 for i, line in enumerate(lines) if line.startswith(title)), len(lines))
    line = lines[under] if title and under < len(lines) else ""
    if (
        not line
        or len(line.split()) > _MAX_PLACE_WORDS
        or line.endswith((".", "!", "?", ":"))
        or line.casefold() in title_words().field_labels
        or _WIDE_GAP.search(line)  # "OVERVIEW      APPLICATION": the page's tabs
    ):
        return ""
    return line


# A posting that states fewer requirements than this (a search page's cut description) has
# its site's tags read beside them.
_FEW_STATED = 2


def _tags_as_requirements(
    text: str, content: str, page: PageReading, stated: list[Requirement]
) -> list[Requirement]:
    """The site's tags that the client's own words name too (the rest are the site's
    guesses), but for those a stated requirement already asks for."""
    named = {mention.skill for mention in taxonomy().find(content)}
    words = content.casefold()
    found = []
    for tag in page.tags:
        requirement = make_requirement(text, tag.start, tag.end, RequirementOrigin.TAGS)
        if _asked_by(requirement, stated):
            continue
        skills = {mention.skill for mention in requirement.mentions}
        if skills & named or re.search(rf"(?<!\w){re.escape(tag.text.casefold())}(?!\w)", words):
            found.append(requirement)
    return found


def _site_skills_not_asked_already(must: list[Requirement], page: PageReading) -> list[Requirement]:
    """The requirements without the site's skill chips ("Mandatory skills: DAX") that the
    client's own items already ask for ("Strong DAX and Power Query"): one line a need."""
    chips = set(page.list_items)
    stated = [item for item in must if (item.start, item.end) not in chips]
    return [
        item for item in must if (item.start, item.end) not in chips or not _asked_by(item, stated)
    ]


def _asked_by(chip: Requirement, stated: list[Requirement]) -> bool:
    """Whether a stated requirement already asks for what a site's tag or chip names."""
    skills = {mention.skill for mention in chip.mentions}
    asked = {mention.skill for item in stated for mention in item.mentions}
    said = re.compile(rf"(?<!\w){re.escape(chip.text.casefold())}(?!\w)")
    return bool(skills and skills <= asked) or any(
        said.search(item.text.casefold()) for item in stated
    )


def _marked(content: str, title: str, company: str) -> tuple[str, str]:
    """The title and the company a post marks with a sign ("💼 Podcast editor …", "🏢
    Kijani Pay Ltd") where no label named them."""
    briefcase = None if title else _TITLE_MARK.search(content, 0, _MARKED_CHARS)
    if briefcase and has_role_word(briefcase.group(1)):  # not a menu's "💼 Post a job"
        title = "" if engagements_named(briefcase.group(1)) else briefcase.group(1)
    marked = None if company else _COMPANY_MARK.search(content, 0, _MARKED_CHARS)
    if marked and not reads_as_place(marked.group(1)):  # "🏢 Vor Ort" says where, not who
        company = marked.group(1)
    return title, company


def _on_a_platform(source: str, page: PageReading | None, lines: list[str], content: str) -> bool:
    """Whether the posting is a freelance platform's job, by its source, its page, its first
    lines or its address."""
    return (
        is_freelance_source(source)
        or bool(page and is_freelance_source(page.platform))
        or any(is_freelance_source(line) for line in lines[:2])
        # a bot's "📢 New Upwork job", "[Upwork Feed • Design & Creative]": the site's name
        or any(
            is_freelance_source(word) and word.casefold() not in title_words().role_words
            for line in content.lstrip().split("\n", 2)[:2]
            if _BOTS_HEADER.match(line)
            for word in _CAPITALISED_WORD.findall(line)
        )
        # a scraper's record keeps the job's address: "job_url: https://www.upwork.com/jobs/…"
        or links_to_a_freelance_site(content)
    )


def _job_pay(
    content: str, sections: list[Section], page: PageReading | None, *, on_a_platform: bool
) -> Pay | None:
    """The pay offered: a record's numbers ("hourlyBudgetMin: 35") first, which say it
    plainer than any amount in its text; a freelance job's amount without a period ("Budget:
    $1,200") is its price."""
    pay = pay_in_fields(content, dollars=on_a_platform) or _page_pay(
        _offered_pay(content, sections), page
    )
    if pay is not None and pay.period is None and on_a_platform:
        return replace(pay, period=PayPeriod.PROJECT)
    return pay


def _page_pay(pay: Pay | None, page: PageReading | None) -> Pay | None:
    """The pay the page labels ("Hourly: $30.00 - $45.00", a budget) before any amount in
    the text, paid per project when the page says the work is fixed-price."""
    if page is None:
        return pay
    payment, budget = page.fields.get("payment", ""), page.fields.get("budget", "")
    # "Hourly" above "$12.00 - $18.00" on a job page is "Hourly: $12.00 - $18.00"; an
    # applicant tracker labels its "Compensation" or "Pay".
    labelled = [
        page.fields.get("pay", ""),
        payment,
        # a budget is a project's price unless it says per what ("$15 – $25 USD per hour")
        f"{payment}: {budget}" if payment else f"Budget: {budget}" if budget else "",
    ]
    pay = next((found for label in labelled if (found := find_pay(label))), pay)
    if pay is not None and pay.period is None and _payment(page) == "fixed":
        return replace(pay, period=PayPeriod.PROJECT)
    return pay


def _page_engagement(page: PageReading | None, *, freelance: bool) -> Engagement | None:
    """How the page labels the work: Upwork's "Hourly" or "Fixed-price", LinkedIn's
    "Employment type"."""
    if page is None:
        return None
    payment = _payment(page)
    if freelance and payment:
        return Engagement.FREELANCE_FIXED if payment == "fixed" else Engagement.FREELANCE_HOURLY
    # A poster's tags ("[REMOTE] [CONTRACT]") are labels of a word each, a line each.
    label = _TAG_BRACKETS.sub("\n", page.fields.get("engagement", "")).strip()
    # "[FULLTIME][Part-time]": tags that tick two kinds state neither.
    if label and len(engagements_named(label)) <= 1:
        return find_engagement(label, freelance_source=freelance, pay=None)
    return None


def _payment(page: PageReading) -> str:
    """ "hourly" or "fixed" as the page's payment label says ("Budget" is a fixed price's),
    else ""."""
    label = page.fields.get("payment", "").casefold()
    return "fixed" if label.startswith(("fixed", "budget")) else "hourly" if label else ""


def _group(fields: dict[str, str], prefix: str) -> tuple[tuple[str, str], ...]:
    return tuple((k.removeprefix(prefix), v) for k, v in fields.items() if k.startswith(prefix))


@lru_cache(maxsize=2)
def _first_lines(text: str) -> tuple[str, ...]:
    """The paste's first lines as they came, a site's header among them: read once a
    posting, and only when a title or a company is still to be found."""
    return tuple(
        clean_line(line) for line in text.split("\n", _PASTE_HEAD)[:_PASTE_HEAD] if line.strip()
    )


def _offered_pay(content: str, sections: list[Section]) -> Pay | None:
    """The first amount stated as pay, unless it is a perk under the benefits above a pay
    heading's own: "Auxílio home office de R$ 150/mês" under "Benefícios", then
    "Contratação" / "CLT, R$ 9.000 a R$ 11.500"."""
    first = find_pay(content)
    # perks' own headings: not "Salary & Benefits", whose first amount is the salary
    benefits = [s for s in sections if s.kind == SectionKind.BENEFITS and not names_pay(s.heading)]
    stated = [section for section in sections if section.kind == SectionKind.PAY]
    if first is None or not benefits or not stated:
        return first
    # each section's own amounts read alone (a short read), the whole text again only when
    # the first amount is the benefits' own
    if find_pay(_only(content, benefits)) != first:
        return first  # the first amount is no perk
    under_heading = find_pay(_only(content, stated))
    if under_heading is None or under_heading != find_pay(_without(content, benefits)):
        return first
    return under_heading


def _only(text: str, sections: list[Section]) -> str:
    """The given sections' text alone, a blank line between them: blanks kept in place of
    the rest would make a run the pay pattern searches through at every amount."""
    return "\n\n".join(text[section.start : section.end] for section in sections)


def _without(text: str, sections: list[Section]) -> str:
    """The text with the given sections blanked out, offsets unchanged."""
    pieces, position = [], 0
    for section in sorted(sections, key=lambda s: s.start):
        pieces.append(text[position : section.start])
        pieces.append(re.sub(r"[^\n]", " ", text[section.start : section.end]))
        position = max(position, section.end)
    pieces.append(text[position:])
    return "".join(pieces)


def _without_search_form(lines: list[str]) -> list[str]:
    """The lines without a site's search form at the top: its labels and, on the line right
    under each, what the user searched for ("What" / "HVAC technician" / "Where" / …)."""
    labels = title_words().search_labels
    kept: list[str] = []
    typed = False
    for index, line in enumerate(lines):
        label = index < _PASTE_HEAD and line.strip().casefold().rstrip(" :") in labels
        if not (label or typed):
            kept.append(line)
        typed = label
    return kept


def _header_lines(lines: list[str]) -> list[str]:
    """The first lines that say something, where a header sits; above the first that names
    a role, a site's menu copied whole (a run of short items naming no role and saying no
    sentence, its noise among them) is passed over, and a short line alone or beside one
    other is kept: a company's name is as short."""
    header: list[str] = []
    items: list[str] = []  # short lines since the last line that says something
    run = 0  # and how many, noise included
    blurbs = 0  # sentences above the title: a site's or a channel's words, not counted
    past_title = False
    # a channel's name, over the count of its members, is no employer
    channels = {lines[i - 1] for i, line in enumerate(lines[1:], 1) if _CHANNEL_COUNT.match(line)}
    # a message's sender over their own headline ("Hannah Okafor · 2nd" over "Talent
    # Acquisition Partner"): who writes, not the role nor the employer
    senders = {lines[i + 1] for i, line in enumerate(lines[:-1]) if _SENDERS_DEGREE.match(line)}
    for line in lines:
        if line in channels or line in senders:
            continue
        if len(header) - blurbs >= _LINES_FOR_TITLE or len(header) + len(items) >= _HEADER_LINES:
            break
        if not past_title and _is_menu_item(line):
            run += 1
            if not _is_noise(line):
                items.append(line)
            continue
        if _is_noise(line) or (not past_title and is_company_card(line)):
            continue  # only the first lines are looked at for noise
        header += items if run < _MENU_RUN else []
        items, run = [], 0
        header.append(line)
        past_title = past_title or has_role_word(line)
        blurbs += not past_title and _is_sentence(line) and blurbs < _BLURBS
    return (header + items)[: _LINES_FOR_TITLE + blurbs]


def _is_sentence(line: str) -> bool:
    """Whether the line is a sentence: not a name whose legal form ends it ("… S.A.")."""
    if line.endswith(".") and title_words().legal_forms.search(line):
        return len(line.split()) > _MAX_TITLE_WORDS
    return line.endswith((".", "!", "?")) or len(line.split()) > _MAX_TITLE_WORDS


def _is_menu_item(line: str) -> bool:
    return (
        len(_WORD.findall(line)) <= _MENU_ITEM_WORDS  # "Employers / Post Job": three
        and not line.endswith((".", "!", "?", ":"))
        and not has_role_word(line)
    )


def _is_noise(line: str) -> bool:
    lowered = line.casefold()
    return (
        # a rule drawn in symbols ("━━━━━", "〰〰〰"); a handover's "-----" is read apart
        (not line.isascii() and not any(character.isalnum() for character in line))
        or lowered.startswith(("http://", "https://"))
        or title_words().not_title_line.match(line) is not None
        or is_known_source(line)
        or (
            "(" in line and is_known_source(BRACKETED_ASIDE.sub("", line).strip())
        )  # "(formerly …)"
        or _is_menu_or_trail(line)
        or _is_hashtag_line(line)
        or _is_search_row(line)
    )


def _is_search_row(line: str) -> bool:
    """A search form copied on one row with its button: "truck driver   Amarillo, TX
    Search" is what the user searched for, not the role."""
    parts = _split_outside_brackets(line, _MENU_SEPARATOR)
    buttons = title_words().search_buttons
    return len(parts) > 1 and any(part.strip().casefold() in buttons for part in parts)


def _is_hashtag_line(line: str) -> bool:
    """A channel post's tags ("🔥 #vacancy #python #remote"): words for its search, no title."""
    words = line.split()
    tags = sum(1 for word in words if word.startswith("#") and len(word) > 1)
    return tags >= 2 and tags * 2 > len(words)


def _is_menu_or_trail(line: str) -> bool:
    """A site's own line above a posting: its menu copied on one line ("Home   Services
    Careers   Contact"), breadcrumb trail ("Careers > Vacancies > Electrician"), link back
    ("< All Jobs"), cookie banner or search form, a chat's "Forwarded from", a call-us
    line or a cry ("Now hiring!"): the title is elsewhere."""
    if _NOT_A_HEADER_LINE.search(line):
        return True
    if not _MENU_HINT.search(line):
        return False  # most lines: no wide gap, separator, arrow or cookie
    # a trail opening on the site's own page, or three crumbs apart by ">" or a wide "/"
    if (
        _SLASH_TRAIL.match(line)
        or len(_TRAIL_SEPARATOR.split(line)) >= 3
        or line.lstrip().startswith(_BACK_LINK)
    ):
        return True
    if _COOKIE_BANNER.search(line):
        return True
    parts = _MENU_SEPARATOR.split(line.strip())
    not_title = title_words().not_title_line
    # a role among the items ("Jobs   Sous Chef") makes no menu, a call to action
    # ("Find a tutor   Schools   Pricing") does
    if any(has_role_word(part) and not not_title.match(part) for part in parts):
        return False
    if len(parts) >= 2 and any(not_title.match(part) for part in parts):
        return True  # "Sign in   Employers / Post Job": a site's own item among them
    if len(parts) < 3:
        return False
    # "Tidewater Labs | Amsterdam | Full-time | €85k–€110k": a job's header, its terms after
    # a name and a place (a title's detail row, "Utrecht | Fulltime | …", opens with a place)
    cells = [part for part in parts if part.strip(" |")]
    terms = [i for i, cell in enumerate(cells) if engagements_named(cell) or find_pay(cell)]
    if terms and terms[0] >= _HEADER_TERMS_AFTER:
        return False
    return len(parts) >= 4 or all(len(p.split()) <= 4 for p in parts)


def _page_title(page: PageReading) -> str:
    """The title a page's layout shows, without a chat's prefix, an issue's number or a
    "Hiring:" before it (an issue's "Hiring: Front-end Developer @ Lumenfold #2871")."""
    title = _ISSUE_NUMBER.sub("", CHAT_PREFIX.sub("", page.title))
    title = LIST_BULLET.sub("", title)  # a YAML list's "- title: …"
    # a scraped feed item's first line: "title: Shopify Store Setup", or a dataset's row
    title = labelled.group(1) if (labelled := title_words().title_label.match(title)) else title
    title = _from_table([title])[0] or title
    return title_words().title_prefix.sub("", title) or title


def _trim_title(title: str, *, whole: bool = False) -> str:
    """The role a title names, without links or bracketed asides: "Senior Engineer: Scale
    our platform" → "Senior Engineer", "Tutor needed for Year 9 maths" → "Tutor". A
    site's own title line (`whole`) is kept as the site shows it."""
    title = _TITLE_ASIDE.sub(" ", title).strip()
    title = _SENTENCES_ARTICLE.sub("", title)  # "We're hiring: an early-morning baker"
    title = _ROLE_NUMBER.sub("", title)  # "1) FORKLIFT OPERATOR": the first of a list of roles
    title = _APPLYING_FOR.sub("", title)
    title = _URGENCY.sub("", title).strip() or title  # "… – URGENT" says when, not what
    title = _TITLE_TERMS.sub("", title).strip() or title
    title = _REFERENCE.sub("", title).strip() or title  # "… (Ref. OMS-0925)"
    title = _ISSUE_NUMBER.sub("", title)  # an issue's "Port the CLI to ARM64 #1182"
    title = _BAND_BEFORE.sub("", title)  # "Band 6 Community Mental Health Nurse"
    title = _first_of_its_roles(title)
    if (site := _SITE_TAIL.search(title)) and is_known_source(site.group(1)):
        title = title[: site.start()]  # a feed item's "… - Upwork"
    if whole:
        return title
    head = _EMOJI_TAIL.sub("", title).strip()  # "Executive VA 🇺🇸 client (nights)"
    title = head if has_role_word(head) else title
    title = _PRICE_TAIL.sub("", title).strip() or title  # "Logo for a brewery - $450 flat"
    head = _TITLE_TAIL.sub("", title).strip()
    if head and head != title and has_role_word(head) and not _names_a_specialty(title, head):
        title = _with_its_specialty(title, head)
    title = _ROLE_WORD_AFTER.sub("", title).strip() or title  # "Executive Assistant role"
    role = _TITLE_BRIEF.sub("", title).strip()
    role = _TITLE_TERMS.sub("", role).strip() or role  # "Editor (part-time) for a…"
    if role != title and role.split() and role.split()[-1].casefold() in title_words().role_words:
        return role
    return title


_NEXT_DASH = re.compile(r"\s[-–—]\s")
_SITE_TAIL = re.compile(r"(?<=\S)\s+[-–—|]\s+([^-–—|\n]{2,30})$")
# An issue tracker's number after the issue's title.
_ISSUE_NUMBER = re.compile(r"(?<=\S)\s+#\d{1,7}$")
# A role named in a sentence keeps the sentence's article: "an early-morning baker".
_SENTENCES_ARTICLE = re.compile(r"^(?:an?|the)\s+(?=\S)")
# A vacancy's reference in brackets after its title: "(Ref. OMS-0925)", "(Req #4471)", or
# a tracker's code alone, capitals and digits: "(JR-004417)", "(R-2026-0413)".
_REFERENCE = re.compile(
    r"(?:(?<!\s)\s+)?\((?:(?i:ref(?:erence)?|req(?:uisition)?|job\s+id|vacancy\s+id|id)\b\.?\s*"
    r"(?:no\.?|#|:)?\s*[\w/-]*\d[\w/-]*|[A-Z]{1,4}[-_]?\d{3,}(?:-\d+)*)\)"
)
# A pay band or grade before the role, as a health service's board shows it: "Band 6
# Community Mental Health Nurse".
_BAND_BEFORE = re.compile(r"^(?:NHS\s+)?(?:AfC\s+)?Band\s+\d{1,2}[a-z]?\s+(?:[-–:|]\s*)?(?=[A-Z])")
# An emoji after a title's words and what follows it: a post's aside, not the role.
_EMOJI_TAIL = re.compile(r"(?<=\w)\s*[\U0001F000-\U0001FAFF\u2600-\u27BF].*$")


def _with_its_specialty(title: str, head: str) -> str:
    """The role and the first part after its dash when that part narrows it and what
    follows states terms ("Warehouse Associate - 2nd Shift - $19.50/hr"); else the role."""
    tail = title[len(head) :]
    dash = _NEXT_DASH.search(tail)
    second = _NEXT_DASH.search(tail, dash.end()) if dash else None
    if dash is None or second is None:
        return head
    narrowed = title[: len(head) + second.start()].rstrip()
    part = tail[dash.end() : second.start()]
    terms = _TERMS_IN_TAIL.search(tail, second.end()) is not None
    return narrowed if terms and _narrows(part) and _names_a_specialty(narrowed, head) else head


def _names_a_specialty(title: str, head: str) -> bool:
    """Whether what follows the role after a dash narrows it, as part of the title ("Staff
    Nurse - Acute Medical Unit", "Warehouse Associate – 2nd Shift"), rather than pitching
    it or stating its terms ("… – paid, fixed", "…: Scale our platform")."""
    tail = title[len(head) :].strip()
    if not tail.startswith(("-", "–", "—")):
        return False
    outside = BRACKETED_ASIDE.sub(" ", tail[1:])
    return (
        0 < len(outside.split()) <= _MAX_SPECIALTY_WORDS
        and not _TERMS_IN_TAIL.search(tail)
        and not _COUNT_OR_LIST.search(outside)
    )


def _from_labels(lines: list[str]) -> tuple[str, str]:
    """Values of "Title:" and "Company:" lines, or of a label heading over its value."""
    found = {"title": "", "company": ""}
    words = title_words()
    subject = ""
    for index, line in enumerate(lines):
        # a record's fields in a row, each a label
        fields = _NEXT_FIELD.split(line) if line.count(":") > 1 else [line]
        for key, pattern in (("title", words.title_label), ("company", words.company_label)):
            match = next(filter(None, map(pattern.match, fields)), None)
            if key == "title" and index >= _TITLE_LABEL_LINES:
                continue  # "Role: Telesales" in a board's details block, far under the title
            if match and not found[key]:
                value = match.group(1).strip() or _next_value(lines, index)
                if key == "company":  # "Company: Nebula Swap, a DEX aggregator on Arbitrum"
                    value = _APPOSITION.split(value, maxsplit=1)[0]
                    # a freelance site's client box: "Client: 🇳🇱 Netherlands · Payment verified"
                    value = "" if _CLIENT_BOX.search(value) else value
                described = key == "company" and _describes_a_company(value)
                longest = _MAX_LABELLED_TITLE_CHARS if key == "title" else _MAX_TITLE_CHARS
                # a clip's "title: Ask HN: Who is hiring? …": the thread's, not the role's
                thread = key == "title" and words.not_title_line.match(value.strip("\"' "))
                found[key] = value if len(value) <= longest and not (described or thread) else ""
        if not found["title"] and words.title_heading.fullmatch(line):
            value = _next_value(lines, index)  # "Brief" over its title; not over a paragraph
            found["title"] = "" if _is_sentence(value) else value
        if not found["company"] and words.company_heading.fullmatch(line):
            # a board's card of labels over values: "Studio" over "Ravenmoth Games"
            value = _next_value(lines, index)
            named = not _is_sentence(value) and len(value) <= _MAX_TITLE_CHARS
            found["company"] = value if named and not _describes_a_company(value) else ""
        # a board's "[HIRING] Unity Developer - paid"; not "[HIRING] paid, remote, 3
        # months", its terms alone, the role named in the post's sentences
        tagged = None if found["title"] else _HIRING_TAG.match(line)
        if tagged and not _names_terms_only(tagged.group(1)):
            found["title"] = tagged.group(1)
        # a channel's "@here 🚀 Lotus Vault is hiring: Senior Solidity Engineer"
        hiring = None if found["title"] else _NAMED_HIRING.match(line)
        role = hiring and (hiring.group(2) or hiring.group(3))
        if hiring and role and has_role_word(role):
            found["title"], found["company"] = role, found["company"] or hiring.group(1)
        if not subject and (match := words.subject_label.match(line)):
            # "Re: Chef job?" asks; it names no role the way a title does, nor does an
            # alert's '1 new match for "technical writer"'
            alert = words.not_title_line.match(match.group(1))
            subject = "" if alert else _role_part(match.group(1))
            subject = "" if subject.rstrip().endswith("?") else subject
    # A mail's "Title: Quality Engineer II" says more than its subject's "… opportunity".
    return found["title"] or subject, found["company"]


def _labelled_or_in_a_table(lines: list[str]) -> tuple[str, str]:
    """Title and company by their labels; a table's header names its columns, read as
    labels over its first row, not as a "Company Role …" label."""
    in_table, labelled = _from_table(lines), _from_labels(lines)
    return in_table[0] or labelled[0], in_table[1] or labelled[1]


def _from_table(lines: list[str]) -> tuple[str, str]:
    """The title and company of a table's first row under a header that names them: an
    awesome-list's "| Company | Role | Location |", a README's tab-separated columns, a
    dataset's "title,link,published_date,…"; or a dataset's row alone, its title first."""
    words = title_words()
    for index, line in enumerate(lines[:_TABLE_HEADER_LINES]):
        header = [cell.replace("_", " ") for cell in _table_cells(line)]
        if len(header) < _MIN_TABLE_COLUMNS:
            continue
        title_at = next((i for i, c in enumerate(header) if words.title_column.fullmatch(c)), None)
        company_at = next(
            (i for i, c in enumerate(header) if words.company_heading.fullmatch(c)), None
        )
        if title_at is None and company_at is None:
            continue
        rows = (_table_cells(row) for row in lines[index + 1 : index + 3])
        row = next(
            (r for r in rows if len(r) >= len(header) and not _TABLE_RULE.fullmatch(r[0])), []
        )
        if not row:
            continue
        return (
            "" if title_at is None else MARKDOWN_LINK.sub(r"\1", row[title_at]),
            "" if company_at is None else MARKDOWN_LINK.sub(r"\1", row[company_at]),
        )
    row = _table_cells(lines[0]) if lines else []
    values = sum(1 for cell in row[1:] if cell.startswith("http") or _DATA_VALUE.fullmatch(cell))
    if len(row) >= _MIN_ROW_CELLS and values >= _MIN_ROW_VALUES:
        return row[0] if len(row[0]) <= _MAX_TITLE_CHARS else "", ""
    return "", ""


def _table_cells(line: str) -> list[str]:
    """A table row's cells, between pipes, tabs or a CSV file's commas."""
    if line.count("|") >= _MIN_TABLE_COLUMNS - 1:
        # "Subject: Urgent Req || Business Analyst || Remote": a double bar is one
        return [cell.strip(" *#") for cell in re.split(r"\|+", line.strip().strip("|"))]
    if line.count("\t") >= _MIN_TABLE_COLUMNS - 1:
        return [cell.strip(" *#") for cell in line.split("\t")]
    if line.count(",") >= _MIN_TABLE_COLUMNS - 1:
        return [cell.strip() for cell in next(csv.reader([line]))]
    return []


_TABLE_HEADER_LINES = 40
_MIN_TABLE_COLUMNS = 3
_MIN_ROW_CELLS = 5  # a dataset's row alone: title, link, date, …
_MIN_ROW_VALUES = 2  # … with links, numbers, flags or blanks among its cells
_DATA_VALUE = re.compile(r"|[\d.,:+ -]+|true|false|nan|none|null", re.IGNORECASE)
_TABLE_RULE = re.compile(r":?-{3,}:?")


_PLACED_AT = re.compile(r"\s(?:in|at|from|near|based)\s")
# Where a record written in a row starts its next field: "job_title: Data Analyst,
# company_name: Marlowe Grocers, …".
_NEXT_FIELD = re.compile(rf",\s+(?={RECORD_KEY}:\s)")
# What a company's label says of it after its name: ", a DEX aggregator", " – the …",
# " (Austin, TX — 5 people)"; not South Africa's "(Pty) Ltd"
_APPOSITION = re.compile(
    r",\s+(?:an?|the)\s|\s+[–—]\s+(?:an?|the)\s|\s+\((?!(?i:pty)\))", re.IGNORECASE
)


def _names_terms_only(value: str) -> bool:
    """Whether each part of the value states a term (pay, place of work, length) and none
    names a role: "paid, remote, 3–4 months"."""
    parts = [part for part in _TERMS_APART.split(value) if part.strip()]
    return not has_role_word(value) and all(
        _TERMS_IN_TAIL.search(part) or any(char.isdigit() for char in part) for part in parts
    )


def _describes_a_company(value: str) -> bool:
    """Whether a "Client:" or "Company:" value describes the employer instead of naming it
    ("Large insurance carrier", "Leading fintech in Berlin"): after its first word, only
    small letters, as a name's words never are (a place it is in aside)."""
    words = _PLACED_AT.split(value, maxsplit=1)[0].split()
    return len(words) > 1 and all(word[0].islower() for word in words[1:])


def _role_part(subject: str) -> str:
    """The part of an email's subject line that names the role ("Contract Opportunity -
    Payroll Clerk - 6 months" → "Payroll Clerk"), or says it is one ("Remote Data Entry
    Position - Acme"); "" when no part names one."""
    subject = _MORE_IN_DIGEST.sub("", subject)
    parts = [part.strip() for part in _SUBJECT_SEPARATOR.split(subject)]
    return next(
        (part for part in parts if has_role_word(part) or _ROLE_WORD_AFTER.search(part)), ""
    )


def _next_value(lines: list[str], index: int) -> str:
    """The value under a label alone on its line; none when a field of its own follows (a
    record's "client:" over its "country: Australia")."""
    value = next((line for line in lines[index + 1 : index + 3] if line), "")
    return "" if RECORD_FIELD.match(value) else value


# Red flags that ask the reader to pay or buy: "you will need to purchase the equipment from
# our approved vendor" is the scam's ask, no requirement to tick in the checklist.
_PAYING_FLAGS = frozenset({"F1", "F2"})


def _not_a_payment(must: list[Requirement], red_flags: Sequence[Hit]) -> list[Requirement]:
    paying = [hit.start for hit in red_flags if hit.flag in _PAYING_FLAGS]
    if not paying:
        return must
    return [item for item in must if not any(item.start <= at < item.end for at in paying)]


def _anywhere(location: str | None) -> bool:
    return location is not None and location.strip().casefold() in {"worldwide", "anywhere"}


def _read_header(
    meaningful: list[str],
    lines: list[str],
    texts: tuple[str, str],
    page: PageReading | None,
) -> tuple[str, str, list[str]]:
    """Title, company and parts of a header line, with what follows a title's dash told
    apart: the employer, a place, a department's field, or words that narrow the role.
    `texts` are the posting whole and its content without the site's own sections."""
    text, content = texts
    title, company, parts, line = _from_header(meaningful)
    # A page's own title line is the title whole: "Shift Leader – Warehouse Operations"
    # names a team after its dash, not the employer.
    on_page_title = page is not None and bool(page.title) and all(p in page.title for p in parts)
    if on_page_title or named_only_as_place(company, content):
        company = ""  # "Truckförare – Jönköping" over "… vårt lager i Jönköping"
    elif shown_as_field(company, lines):
        company = ""  # "Lager & Logistik" under "Avdelning": a department's field
    elif parts[1:] == [company] and named_once_after_a_dash(company, text):
        # "Marketing Manager – Growth & Lifecycle": after a dash, a name never named again
        # narrows the role, and the title keeps it
        if _narrows(company):
            title = line.strip() if len(parts) == 2 and "|" not in line else title
        company = ""
    return title, company, parts


_THREAD_HEADER_PARTS = 3


def _title_in_the_body(
    meaningful: list[str],
    lines: list[str],
    texts: tuple[str, str],
    page: PageReading | None,
) -> tuple[str, str, list[str]]:
    """The title where no label, trail or header names it, and the company and header's
    parts a hiring thread's header under an alert, a clip or a digest gives with it."""
    text, content = texts
    feed = _is_feed_post(meaningful)
    # a social post names its role in its sentences
    title = (feed and _title_from_prose(content)) or _title_from_lines(meaningful, feed, lines)
    if not title and (thread := _thread_header(lines, meaningful)):
        return _read_header([thread], lines, texts, page)
    title = (
        title
        or _cried_title(lines, feed)
        or _title_over_its_employer(lines)
        or _title_over_its_price(_first_lines(text))
        or _title_over_its_details(_first_lines(text))
        or _title_of_a_handed_over_posting(lines)
        or _title_from_prose(content)
        or _role_wanted(meaningful)
    )
    return title, "", []


_THREAD_SEPARATOR = re.compile(r"(?<!\s)\s+[|·]\s+")


def _thread_header(lines: list[str], meaningful: list[str]) -> str:
    """A hiring thread's "Company | Role | Place | Terms" line under what holds the comment
    (an alert's mail, a clipped page's front matter, a digest's preamble): three fields or
    more apart by bars or dots alone, a role among them, in the first lines past the
    header; not a sentence's dashes nor a list of other jobs and their places."""
    for line in lines[:_HEADER_LINES]:
        fields = _split_outside_brackets(line, _THREAD_SEPARATOR)
        if line in meaningful or len(fields) < _THREAD_HEADER_PARTS:
            continue
        title, _, parts, _ = _from_header([line])
        if title and len(parts) == len(fields):
            return line
    return ""


def _from_header(first_lines: list[str]) -> tuple[str, str, list[str], str]:
    """Title, company and all parts of a "Company | Role | Location" or "Role | Company" line,
    and the line."""
    words = title_words()
    role_words, not_company = words.role_words, words.not_company
    for index, line in enumerate(first_lines):
        parts = [p.strip() for p in _split_outside_brackets(line, _HEADER_SEPARATOR) if p.strip()]
        if len(parts) < 2:
            # "Tidewright Energy · Data Engineer · Remote (EU)", "ACME :: Frontend :: Remote",
            # "Orbitlane GmbH / Embedded Linux Engineer / Munich": three fields or more, a
            # name first and the role second; not "Associate · CA$78K/yr · Full-time" under
            # a title, nor a category trail ("Programación · Data Science · DevOps")
            loose = [p.strip() for p in _split_outside_brackets(line, _LOOSE_SEPARATOR)]
            header = (
                len(loose) >= _LOOSE_HEADER_PARTS
                and all(loose)
                and "  " not in line  # a menu's items spaced apart
                and re.fullmatch(NAME, loose[0]) is not None
                and not has_role_word(loose[0], role_words)
                and _ends_on_a_role(loose[1])
            )
            parts = loose if header else parts
        if len(parts) < 2 or any(len(part) > _MAX_TITLE_CHARS for part in parts):
            continue
        if len(parts) == 2:
            title = re.sub(r"(?<!\s)\s+job\s+in\s+.*$", "", parts[0], flags=re.I).strip()
            # "Bookkeeper – ongoing", "Tutor – ¥2,500/hr", "Designer — Paid, Contract": a
            # name opens with a capital, or with a digit as one word ("37signals", not "2nd
            # Shift"), lists no stack ("React / TypeScript") and holds no word that names
            # terms.
            aside_free = BRACKETED_ASIDE.sub(" ", parts[1])
            part_words = re.findall(r"[\w'-]+", aside_free.casefold())
            named = (
                (parts[1][0].isupper() or (parts[1][0].isdigit() and " " not in parts[1]))
                and " / " not in parts[1]
                and not any(word in not_company for word in part_words)
                and bool(part_words)
                and part_words[-1] not in words.unit_words  # "… – Emergency Department"
                # a name, perhaps with an aside: not "Permit Set for 2-Story …"
                and re.fullmatch(NAME, aside_free.strip()) is not None
            )
            if (
                has_role_word(title, role_words)
                and named
                and " ".join(part_words) not in not_company  # "– Work From Home (US)"
            ):
                # "Backend Engineer – Energy Trading Platform" under "Kontor Energy": a name
                # beside the line says whose it is, and the part after the dash qualifies it.
                beside = company_beside(first_lines, index, title)
                if beside and _qualified_by_a_dash(line, parts[1], beside):
                    return line.strip(), beside, parts, line
                return title, beside or parts[1], parts, line
            at_title, at_company = _title_at_company(parts[0])
            if at_company and (find_pay(parts[1]) or engagements_named(parts[1])):
                # an InMail's subject: "Staff ML Engineer @ Orchardline — $210–245K + equity"
                return at_title, at_company, parts, line
            if _name_then_role(parts[0], parts[1]) and not company_beside(
                first_lines, index, parts[1]
            ):
                # a collected description's heading: "Halvard Capital — Data Analyst (Lagos)";
                # with a name on the line beside it, the first part is the role's own
                return _without_place_aside(parts[1]), parts[0], parts, line
            continue
        # "Zurich, Switzerland | ONSITE | Gletscherwerk Robotics | …": the place first, the
        # name after the place and the work mode
        first = next(
            (
                at
                for at, part in enumerate(parts[:-1])
                if not reads_as_place(part) and part.casefold() not in not_company
            ),
            0,
        )
        place_first = reads_as_place(parts[0]) and not has_role_word(parts[0], role_words)
        first = first if place_first and re.fullmatch(NAME, parts[first]) else 0
        named = (
            parts[first].casefold() not in not_company
            and not _NOT_A_NAME.search(parts[first])
            and not engagements_named(parts[first])  # "6-month contract | Senior .NET …"
            and not (first and has_role_word(parts[first], role_words))
        )
        # a poster's headline: "Head of Growth at Kudu | ex-Acme | …" names Kudu
        company = _title_at_company(parts[0])[1] or (parts[first] if named else "")
        title = next((p for p in parts[1:] if has_role_word(p, role_words)), "")
        title = words.title_prefix.sub("", title)  # "… | Hiring: Founding Engineer | …"
        if company:
            return title, company, parts, line
    return "", "", [], ""


def _name_then_role(before: str, after: str) -> bool:
    """Whether a two-part line names the employer, then the role: the first part a name
    with no role word, neither a place nor terms, the second holding a role word."""
    words = title_words()
    return (
        has_role_word(after, words.role_words)
        and not has_role_word(before, words.role_words)
        and before.casefold() not in words.not_company
        and re.fullmatch(NAME, before) is not None
        and not _NOT_A_NAME.search(before)
        and not engagements_named(before)
        and not reads_as_place(before)
    )


_CLOSING_ASIDE = re.compile(r"\s*\(([^()]*)\)\s*$")


def _without_place_aside(role: str) -> str:
    """The role without a closing aside that names where it is ("… Analyst (Singapore)")."""
    aside = _CLOSING_ASIDE.search(role)
    return role[: aside.start()] if aside and reads_as_place(aside.group(1)) else role


def _qualified_by_a_dash(line: str, after: str, employer: str) -> bool:
    """Whether what follows the line's dash narrows the role rather than names the employer
    named beside it ("Registered Nurse – Home Health" under "Summit Ridge Home Health";
    not "Data Engineer | Acme" under "Acme Ltd")."""
    folded, named = after.casefold(), employer.casefold()
    return "|" not in line and folded not in named and named not in folded and _narrows(after)


def _narrows(after: str) -> bool:
    """Whether the words after a title's dash may narrow the role: not a place ("– Remote",
    "– Sparks (USA Pkwy)", one capitalised word, as a town is named, unless it is a known
    specialty: "– Commercial", "– ICU")."""
    bare = BRACKETED_ASIDE.sub(" ", after).strip()
    return not reads_as_place(bare) and (
        len(bare.split()) > 1 or bare.casefold() in title_words().specialties
    )


def _split_outside_brackets(line: str, separators: re.Pattern[str]) -> list[str]:
    """A header or menu line's parts, split at its separators outside brackets: "Logistics
    Coordinator (Night Shift | Makati)" is one part."""
    if "(" not in line:
        return separators.split(line)  # most lines: no bracket to keep whole
    parts: list[str] = []
    start = 0
    for separator in separators.finditer(line):
        if line.count("(", 0, separator.start()) > line.count(")", 0, separator.start()):
            continue
        parts.append(line[start : separator.start()])
        start = separator.end()
    return [*parts, line[start:]]


def _crumbs(line: str) -> list[str]:
    """A breadcrumb trail's crumbs, or the line alone when it is none."""
    if _SLASH_TRAIL.match(line):
        return _SLASH_SEPARATOR.split(line)
    return _TRAIL_SEPARATOR.split(line)


_CATEGORY_CRUMB = re.compile(r"\bjobs?\b|\bvacancies\b|\bstellen\b|\bempleos?\b|\bvagas\b", re.I)


def _company_opening_a_trail(lines: Sequence[str]) -> str:
    """The name a trail of the company's own site opens with: "Rotafácil / Carreiras / …"."""
    for line in lines[:_HEADER_LINES]:
        if "/" in line and (trail := _SLASH_TRAIL.match(line)) and trail.group(1):
            return trail.group(1).strip()
    return ""


def _title_under_its_trail(lines: Sequence[str]) -> str:
    """The line a breadcrumb trail's last crumb opens, just under the trail ("Home > Nursing >
    Registered Nurse" over "Registered Nurse (Nights)"): the page's own heading, whatever
    the site's menu around it names."""
    for index, line in enumerate(lines[: _HEADER_LINES - 1]):
        if not any(mark in line for mark in _TRAIL_MARKS):
            continue  # most lines: the split would try each place in them
        crumbs = _crumbs(line)
        if len(crumbs) < 2:
            continue
        last = crumbs[-1].strip().casefold()
        under = lines[index + 1 : index + 3]
        if len(under) > 1 and has_role_word(under[0]) and not has_role_word(under[1]):
            # "Jobs › Sales › Hallberg GmbH" over the role, then "Hallberg GmbH · Augsburg":
            # the trail ends on the employer, named again under the role
            under = under[:1]
        for below in under:
            # two crumbs are a title's own ">" unless the line under repeats the last whole
            # ("Job Openings > Dental Nurse" over "Dental Nurse")
            opened = below.casefold().startswith(last)
            if (
                len(last) > 1
                and (opened if len(crumbs) >= _MIN_CRUMBS else below.casefold() == last)
                and len(below) <= _MAX_TITLE_CHARS
                and len(below.split()) <= _MAX_TITLE_WORDS
                and not below.endswith((".", "!", "?", ":"))
            ):
                return below
        # "Início › Carreiras › Engenharia › Pessoa Desenvolvedora": the trail ends on the
        # role; not on a board's category ("… › Pharmacist Jobs in Dubai")
        role = crumbs[-1].strip()
        if (
            len(crumbs) >= _MIN_CRUMBS
            and len(role) <= _MAX_TITLE_CHARS
            and has_role_word(role)
            and not _CATEGORY_CRUMB.search(role)
        ):
            return role
    return ""


def _offered_role(lines: Sequence[str]) -> str:
    """The role a message's subject line offers ("Contract opportunity – Senior Staff
    Accountant"), before the sender's own headline ("Senior Recruiter – Finance")."""
    for line in lines:
        if (match := _OPPORTUNITY_LINE.match(line)) and has_role_word(match.group(1)):
            return match.group(1).strip()
    return ""


def _is_feed_post(lines: Sequence[str]) -> bool:
    return any(_FEED_MARK.match(line) for line in lines[:_HEADER_LINES])


def _alerts_subject(line: str) -> bool:
    """Whether the line is an alert's subject: 'Subject: 1 new match for "data analyst"'."""
    words = title_words()
    subject = words.subject_label.match(line)
    return subject is not None and words.not_title_line.match(subject.group(1)) is not None


def _title_from_lines(lines: list[str], feed: bool, below: Sequence[str] = ()) -> str:
    # A recruiter's headline over a message ("Senior Technical Recruiter at Northlane
    # Talent") is the sender's: the role is the one the message names after it, on the
    # lines `below` the header (an InMail's subject, a post's "HIRING: …"), if it does.
    senders = [line for line in lines if _RECRUITERS_HEADLINE.match(line)]
    if senders:
        after = list(below[below.index(senders[0]) + 1 :]) if senders[0] in below else []
        offered = _title_from_lines(
            [line for line in lines + after[:_HEADER_LINES] if line not in senders], feed
        )
        if offered:
            return offered
    words = title_words()
    for line in lines:
        if feed and _POSTERS_HEADLINE.match(line):
            continue  # "VP Engineering at Nordvolt | Building …": who posts, not the role
        if _HIRING_SAID.search(line) or _SENTENCE_OPENING.match(line) or _alerts_subject(line):
            continue
        # "[Hiring] Now hiring: …", "[PAID] Looking for: …": tags and a hiring cry, either first
        cried = _HIRING_CRY.match(line)  # "NOW HIRING: NAIL TECH", "HIRING!! 📢 Social Media VA"
        said = line[cried.end() :] if cried else line
        untagged = _FORUM_TAGS.sub("", words.title_prefix.sub("", said)).strip()
        candidate = words.title_prefix.sub("", untagged).strip()
        if candidate != line.strip():  # "WE'RE HIRING CARE ASSISTANTS": one of them
            candidate = _one_of_them(candidate)
        candidate = _APPLYING_FOR.sub("", candidate)  # "Join to apply for the … role at …"
        # "View website   Jobs   Sous Chef": a menu copied onto the title's line.
        parts = _split_outside_brackets(candidate, _MENU_SEPARATOR)
        named = [p for p in parts if has_role_word(p)]
        roles = [p for p in named if not words.not_title_line.match(p)]
        if len(roles) == 1 and (len(named) == 1 or len(parts) <= 2):
            candidate = roles[0]
        elif len(parts) > 1:
            # a menu whose items name no one role ("Skip to search   Skip to …", "Find a
            # Tutor   Become a Tutor   Tutor Login")
            continue
        if _BOARD_NAME.search(BRACKETED_ASIDE.sub(" ", candidate)):
            continue  # "Nairobi Dev Jobs": the board or channel, not the role
        if candidate.split(":", 1)[0].strip().casefold() in words.field_labels:
            continue  # "Experience level: Expert": a site's field, not the role
        # A forum post's title runs on to its pay or place: "… - $500 budget".
        head = _TITLE_TAIL.sub("", candidate).strip() or candidate
        short = (
            len(head) <= _MAX_TITLE_CHARS
            and len(head.split()) <= _MAX_TITLE_WORDS
            and not (head.endswith((".", "!", "?", ":")) and not _CLOSING_ABBREVIATION.search(head))
            # "2. I-9: on your first day, please bring …": a sentence, not a title running on
            and not candidate.endswith((".", "!", "?"))
            and len(candidate.split()) <= 2 * _MAX_TITLE_WORDS
        )
        # what a hiring cry names is the role, role word or not ("Nail Tech", "Luau Scripter")
        named_by_cry = cried is not None and len(head.split()) <= _CRIED_ROLE_WORDS
        if short and has_role_word(candidate, words.role_words):
            return re.sub(r"(?<!\s)\s+job\s+in\s+.*$", "", candidate, flags=re.I)
        if short and named_by_cry:
            return head  # without the tail a role word would have told apart
    return ""


def _cried_title(lines: Sequence[str], feed: bool) -> str:
    """The role a hiring cry names below a post's header ("Virtual Assistants PH" /
    "Rica › Virtual Assistants PH" / "11h" / "📢 HIRING: Executive Virtual Assistant")."""
    cries = (line for line in lines[:_TITLE_LABEL_LINES] if _HIRING_CRY.match(line))
    return next((title for line in cries if (title := _title_from_lines([line], feed))), "")


def _title_over_its_employer(lines: Sequence[str]) -> str:
    """The line right over a name with its legal form ("Lagerarbetare till kvällsskift" /
    "Nordlast Logistik AB"): a board's header names the role, then the employer, in any
    language, role words known or not."""
    legal_forms = title_words().legal_forms
    header = []  # the lines above the text's first sentence: a letter's signature is no header
    for line in lines[:_TITLE_LABEL_LINES]:
        if _is_noise(line):
            continue
        if _is_sentence(line):
            break
        header.append(line)
    for above, line in pairwise(header):
        if legal_forms.search(line) and len(line.split()) <= _MAX_EMPLOYER_WORDS:
            if len(above) <= _MAX_TITLE_CHARS and not opens_a_section(above):
                return above
            return ""
    return ""


def _title_over_its_price(lines: Sequence[str]) -> str:
    """A project's name, which names the task and no role, on the line over its price or
    budget (a freelance board's "Excel macro to merge stock sheets" / "Open" / "£750"); a
    status word between them is passed over."""
    price = next((i for i, line in enumerate(lines) if _PRICE_LINE.match(line)), None)
    if price is None:
        return ""
    # a project's name says what the work is: "5 days" or "Open" over the price does not
    above = [
        line
        for line in lines[:price]
        if not _STATUS_LINE.match(line)
        and len(line.split()) >= _MIN_PROJECT_WORDS
        and not is_category_trail(line)  # "Investiga Clínica S.L. · Laura Giménez"
    ][-1:]
    line = above[0] if above else ""
    if (
        len(line) > _MAX_TITLE_CHARS
        or line.endswith((".", "!", "?", ":"))
        or _FIELD_LINE.match(line)
        or _is_noise(line)
    ):
        return ""
    return line


def _title_over_its_details(lines: Sequence[str]) -> str:
    """A project's name, which names no role, on the line over the first of its details: a
    run of fields ("Client : Groupe Fontclair" / "Lieu : À distance") or when it was posted
    ("Matched 2 hours ago · Expires in 3 days")."""
    for index, line in enumerate(lines[1:], start=1):
        fields = _DETAIL_FIELD.match(line) and any(
            _DETAIL_FIELD.match(after) for after in lines[index + 1 : index + 2]
        )
        if not (fields or _POSTED_AGO.match(line)):
            continue
        above = lines[index - 1]
        if is_category_trail(above) and index > 1:
            above = lines[index - 2]  # the project's category between its name and details
        if (
            len(above.split()) < _MIN_PROJECT_WORDS
            or len(above.split()) > _MAX_TITLE_WORDS
            or above.endswith((".", "!", "?", ":"))
            or _DETAIL_FIELD.match(above)
            or _is_noise(above)
        ):
            return ""
        return above
    return ""


def _company_in_headline(lines: Sequence[str], title: str) -> str:
    """The employer in the poster's headline over a hiring post ("Head of Support at
    Tandem Health | Building teams …"), the role being read from the post itself."""
    for line in lines:
        role, company = _title_at_company(_MENU_SEPARATOR.split(line)[0].strip())
        if company and role != title:
            return clean_company(company, title)
    return ""


def _first_of_its_roles(title: str) -> str:
    """ "Firmware Engineer, Product Designer, Data Engineer": the first role of a list, each
    ending on a role's word; not "Senior Product Manager, Driver App", which narrows one."""
    roles = title.split(", ")
    if len(roles) > 1 and all(_ends_on_a_role(role) for role in roles):
        return roles[0]
    return title


def _ends_on_a_role(words: str) -> bool:
    """Whether the words name a role, two words or more ending on a role's word ("Staff
    Data Engineer"), perhaps before a comma and its team ("ML Engineer, Search Ranking"):
    not a field ("Data Science") nor a team ("Backend")."""
    named = BRACKETED_ASIDE.sub("", words).split(",", 1)[0].split()
    return len(named) > 1 and named[-1].casefold() in title_words().role_words


def _without_company_tail(title: str, company: str) -> str:
    """A mail subject's or a header's title without the company it ends on ("Senior Data
    Engineer - Ferrovia Freight", "Line Cook | Osteria Lupina"), its legal form perhaps left
    off ("… – Lumbre Logística" by "Lumbre Logística S.A."): the company is read apart."""
    bare = title_words().legal_forms.sub("", company).strip(" ,.")
    for name in dict.fromkeys((company, bare)):
        if not name or len(name) >= len(title):
            continue
        head, _, tail = title.rpartition(name)
        # "Hardware Test Engineer — Copperleaf Labs (Fremont, CA)": the place its aside
        if BRACKETED_ASIDE.sub("", tail).strip() or not head:
            continue
        cut = head.rstrip()
        if cut.endswith(("-", "–", "—", "|", "@", "·")):
            return cut[:-1].rstrip() or title
    return title


def _title_at_company(title: str) -> tuple[str, str]:
    """ "Support Engineer at Tidewater" → ("Support Engineer", "Tidewater")."""
    words = title_words()
    match = _AT_COMPANY.match(title)
    if (
        match
        and has_role_word(match.group(1), words.role_words)
        and match.group(2).casefold() not in words.not_company
    ):
        return match.group(1), match.group(2)
    return title, ""


def _title_of_a_handed_over_posting(lines: Sequence[str]) -> str:
    """The first line of a job's text a message hands over ("Here's the blurb: ---" /
    "Mid-Market Account Executive – Loomline"), when it names a role as a title does; its
    tail after a dash (the employer, the place) left to the fields that read them."""
    for at, line in enumerate(lines[:_HEADER_LINES]):
        if not _HANDS_OVER_A_POSTING.fullmatch(line.strip()):
            continue
        after = [
            below for below in lines[at + 1 : at + 3] if not _HANDS_OVER_A_POSTING.fullmatch(below)
        ]
        first = after[0].strip() if after else ""
        head = _TITLE_TAIL.sub("", first).strip()
        if (
            head
            and len(first) <= _MAX_TITLE_CHARS
            and len(head.split()) <= _MAX_TITLE_WORDS
            and not first.endswith((".", "!", "?", ":"))
            and has_role_word(head)
        ):
            return head  # its dash's tail names the employer or the place, as a header's does
    return ""


def _title_from_prose(text: str) -> str:
    role_words = title_words().role_words
    if "*" in text or "_" in text:
        text = _CHAT_EMPHASIS.sub("", text)  # "hiring a *contract Go developer*"
    for pattern in _PROSE_TITLES:
        for match in pattern.finditer(text[:4000]):
            candidate = match.group(1).strip()
            # A title sits on one line: "Priya Raman⏎Engineering Manager at …" is a person.
            one_line = "\n" not in candidate
            words = BRACKETED_ASIDE.sub(" ", candidate).split()  # an aside not counted
            several = _HIRING_SEVERAL.fullmatch(text, match.start(), match.start(1))
            if several:
                candidate = _one_of_them(candidate)  # "hiring Room Attendants for …"
            # "looking for *WAITERS & WAITRESSES*": roles hired several of (not a name after a
            # preposition: "hiring for at Norberg Civil Partners")
            named = has_role_word(candidate, role_words) or bool(
                several and _names_roles(candidate)
            )
            if one_line and named and len(words) <= 6:
                return candidate
    return _role_for_an_area(text[:4000], role_words) or _lower_case_role(text[:4000], role_words)


def _role_wanted(lines: Sequence[str]) -> str:
    """The role a classified ad opens with, its sentence running on ("Painter & decorator
    wanted asap – domestic jobs round Bristol, …")."""
    for line in lines[:_WANTED_LINES]:
        match = _ROLE_WANTED.match(line[:_MAX_TITLE_CHARS])  # a role opens it, if any
        if match and has_role_word(match.group(1)):
            role = _PRAISED.sub("", match.group(1))  # "Experienced tiler": a tiler
            return role[:1].upper() + role[1:]
    return ""


_PLURALS = (("ies", "y"), ("sses", "ss"), ("ches", "ch"), ("s", ""))


def _names_roles(text: str) -> bool:
    """Whether a word of the text is a role word in the plural ("WAITERS & WAITRESSES")."""
    role_words = title_words().role_words
    return any(
        word.endswith(plural) and word[: -len(plural)] + singular in role_words
        for word in re.findall(r"[\w-]+", text.casefold())
        for plural, singular in _PLURALS
    )


def _one_of_them(title: str) -> str:
    """A role a post hires several of ("Care Assistants", "ROOM ATTENDANTS (housekeeping)")
    named as one, when its last word is the plural of a role word; else the title as it is."""
    match = _TITLE_AND_ASIDE.fullmatch(title)
    if match is None:
        return title
    head, aside = match.group(1), match.group(2) or ""
    if re.search(r"&|/|\band\b", head, re.IGNORECASE):
        return title  # "WAITERS & WAITRESSES": two roles, each in the plural
    last = head.split()[-1] if head.split() else ""
    for plural, singular in _PLURALS:
        if last.casefold().endswith(plural) and not has_role_word(last):
            one = last[: -len(plural)] + (singular.upper() if last.isupper() else singular)
            if one.casefold() in title_words().role_words:
                return head[: len(head) - len(last)] + one + aside
    return title


def _role_for_an_area(text: str, role_words: frozenset[str]) -> str:
    """The role a sentence gives the reader, named with the area it serves."""
    for match in _YOU_WILL_BE.finditer(text):
        role, area = match.group(1), match.group(2)
        if role.split()[-1].casefold() in role_words:
            named = role if area.casefold() in _NOT_AN_AREA else f"{area} {role}"
            return " ".join(word[0].upper() + word[1:] for word in named.split())
    return ""


def _lower_case_role(text: str, role_words: frozenset[str]) -> str:
    """ "Looking for a data engineer to move…" → "Data Engineer": up to four words after the
    verb, cut after the last role word."""
    for match in _LOWER_ROLE.finditer(text):
        written = match.group(1).split()
        words = [word.strip(".,;:!?") for word in written]
        ends = [i for i, word in enumerate(words) if word.casefold() in role_words]
        # "a reliable, loving nanny": the list of what the person should be, then the role
        listed = [
            i for i, word in enumerate(written[: ends[-1]] if ends else []) if word.endswith(",")
        ]
        cut = listed[-1] + 2 if listed else 0  # past the list's last adjective too
        if 0 < cut <= ends[-1]:
            words, ends = words[cut:], [end - cut for end in ends if end >= cut]
        if ends and words[0].casefold() in title_words().not_role_start:
            continue
        if ends:
            return " ".join(
                w if any(c.isupper() for c in w) else w.title() for w in words[: ends[-1] + 1]
            )
    return ""


# A must-have this short that states a working-hours window is read for it on its own; with
# this few words beside the window, it says nothing else ("Work hours of").
_SHORT_ITEM_WORDS = 12
_BESIDE_THE_WINDOW_WORDS = 4


def _hours_as_availability(
    must: list[Requirement], hours: tuple[HoursStatement, ...]
) -> list[Requirement]:
    """A must-have naming no skill that states working hours ("Reachable 9am-1pm EST for
    the daily hand-off") asks for availability: the hours verdict judges it."""
    return [
        replace(item, kind=RequirementKind.AVAILABILITY)
        if item.kind == RequirementKind.SKILL
        and not item.mentions
        and any(item.start <= statement.span_start < item.end for statement in hours)
        else item
        for item in must
    ]


def _hours_asked_once(
    must: list[Requirement], hours: tuple[HoursStatement, ...]
) -> list[Requirement]:
    """The must-haves without a short one that only asks again for the working-hours window
    an earlier one asks for ("You are able to work between 3PM and 11PM ET", then under
    Requirements "Work hours of 3PM - 11PM ET"): one requirement, stated twice. One that
    names days of its own ("Saturdays 9am-5pm") asks for more, and stays."""
    kept: list[Requirement] = []
    asked: set[tuple[object, ...]] = set()
    for item in must:
        windows = {
            _window(statement)
            for statement in hours
            if statement.kind == HoursKind.WINDOW and item.start <= statement.span_start < item.end
        }
        own = (
            [s for s in find_hours(item.text) if s.kind == HoursKind.WINDOW]
            if len(item.text.split()) <= _SHORT_ITEM_WORDS
            else []
        )
        rest = item.text
        for statement in own:  # the words beside the clock times
            width = statement.span_end - statement.span_start
            rest = rest[: statement.span_start] + " " * width + rest[statement.span_end :]
        mine = {_window(statement) for statement in own}
        if (
            mine
            and all(_asked_before(window, asked) for window in mine)
            and len(rest.split()) <= _BESIDE_THE_WINDOW_WORDS
            and not _NAMES_DAYS.search(rest)
        ):
            continue
        asked |= windows | mine
        kept.append(item)
    return kept


# A day or a part of the week, in the words beside a window's clock times.
_NAMES_DAYS = re.compile(
    r"\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:days?)?\b|\bweek[- ]?ends?\b",
    re.IGNORECASE,
)


def _asked_before(window: tuple[object, ...], asked: set[tuple[object, ...]]) -> bool:
    """Whether an earlier must-have asks for the window: the same times and zone, on the
    same days or (the window naming none) on any."""
    return window in asked or (window[3] is None and any(a[:3] == window[:3] for a in asked))


def _window(statement: HoursStatement) -> tuple[object, ...]:
    return (statement.begins, statement.ends, statement.zone, statement.days)
