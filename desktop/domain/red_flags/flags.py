"""Scam red flags in a posting or a recruiter's message, each explained and located.

The catalogue is data (resources/red_flags.json). Each flag is a located signal about
who writes, what is offered, what is asked or how it is written; a few (a fee, a
cheque, ID documents) are scams on their own, the others weigh little alone. A family
(task jobs, account renting, interview proxies…) is read when its combination of
signals is there, and is a hit of its own, on the words of its main signal.

Context decides: advice and negation ("never pay to get a job", "no registration fee")
do not fire, a job board's safety tips and EEO text are not read as the employer's
words, a chat app fires only as the channel for contact, a free-mail domain only as an
address, and a famous name only when the writer claims it without its address.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from desktop.domain.patterns import DeferredPattern, Found, PatternSet, Searchable
from desktop.domain.phrases import alternation
from desktop.domain.reading.kinds import SectionKind
from desktop.domain.reading.layout import is_list_item
from desktop.domain.reading.sections import BoilerplateKind, Section
from desktop.domain.red_flags.risk import Hit, Risk, RiskSummary, Severity
from desktop.resources import load_json

# A full stop ends a sentence; a decimal point ("$1,280.00") does not, nor does the stop
# of a title or an abbreviation a sentence carries on after ("Ms. Porter", "e.g. your",
# "a U.S. passport").
_ABBREVIATIONS = (r"\bMr", r"\bMs", r"\bMrs", r"\bDr", r"\be\.g", r"\bi\.e", r"\bU\.S", r"\bU\.K")
_ABBREVIATION_STOP = "|".join(rf"(?<={word})\." for word in _ABBREVIATIONS)
_SENTENCE_END = re.compile(
    r"[!?\n]|" + "".join(rf"(?<!{word})" for word in _ABBREVIATIONS) + r"\.(?!\S)"
)
# What the catalogue's patterns write for "within the sentence", and what it stands for.
_IN_SENTENCE = "[^.!?\\n]"
_IN_SENTENCE_READ = rf"(?:[^.!?\n]|\.(?=\S)|{_ABBREVIATION_STOP})"
# A condition's opening word: "if", and as French, Spanish, Portuguese, German, Indonesian
# write it.
_CONDITION = re.compile(r"\s*(?:(?i:if|si|se|wenn|falls|jika|kalau|apabila)\b)")
# Where a sentence turns to a clause of its own, which a negation before it does not reach.
_CLAUSE_TURN = re.compile(
    r",\s*(?:but|so|however|would you|could you|can you|please)\b|;\s|\s[—–]\s", re.IGNORECASE
)
_LIST_ITEMS_READ = 20  # items looked past for the lead-in line
# A form's field left blank: a label of a few words, its colon, perhaps a line to write on.
_FORM_FIELD = re.compile(r"[^\s:]+(?:[ \t][^\s:]+){0,3}:[ \t_.]*")
# A warning's words about impostors, over the list of what they ask.
# Who impostors are, in a warning's sentence; and a sentence that goes on about them.
_IMPOSTORS = re.compile(
    r"\b(?:impersonat\w*|pretending to be|posing as|pose as|impostors?|imposters?|scammers?"
    r"|(?:falsely )?claim(?:s|ing)? to (?:be|represent|work for|run|hire|recruit)"
    r"|no connection (?:to|with))\b",
    re.IGNORECASE,
)
_THEY = re.compile(
    r"\s*(?:they|these (?:people|scammers|messages)|such (?:people|messages))\b", re.IGNORECASE
)
# A sentence that names what it lists a scam: "If someone asks you to top up a balance or
# rent your account, that's a scam."
_CALLED_A_SCAM = re.compile(
    r"\b(?:that|it|this|these|those|they)(?:['’]s| is| are) (?:all |always |a |an )?"
    r"(?:scams?|fraud|fake)\b|\bare (?:all |always )?scams\b"
    # "Fake 'equipment check' offers are a common scam."
    r"|\b(?:is|are) (?:an? )?(?:common|known|classic|typical|frequent|well-known)"
    r" (?:scams?|fraud)\b",
    re.IGNORECASE,
)
_WARNING = re.compile(
    r"\b(?:pose|poses|posing|pretend\w*|impersonat\w*|watch out|look out|beware|be careful|"
    r"scams?|scammers?|fraud\w*|impostors?|imposters?|suspicious|warning signs?|red flags?)\b",
    re.IGNORECASE,
)
# A negation warns only in the lead-in's own sentence ("Never do the following:").
_NEVER = re.compile(r"\b(?:never|don'?t|do not)\b", re.IGNORECASE)
# A local part has at most 64 characters (RFC 5321): the bound keeps a long run of word
# characters with no "@" from being read again from each of its word starts.
# A mail header naming whom it was sent to: its addresses are the reader's own, not the
# writer's ("To: priya.nair@gmail.com"), in English, German, French, Spanish, Dutch, Polish.
_RECIPIENT_LINE = re.compile(r"[ \t>]*(?i:to|cc|bcc|an|à|para|aan|do|kopia)[ \t]*:")
# A mail's header naming who wrote it: its address is the writer's, even where the header
# is folded away with the page's own text.
_SENDER_LINE = re.compile(r"[ \t>*]*(?i:from|reply-to|sender|von|de|da|van|od)[ \t*]*:")
_EMAIL = re.compile(r"\b[\w.+-]{1,64}@([\w-]+(?:\.[\w-]+)+)\b")
# The ten digits every phone number of the catalogue's pattern holds ("555) 123-4567"):
# searched first, skipping from digit to digit, where the pattern's look-behinds make the
# search try each place of the text (0.1-0.2 ms a posting).
_PHONE_DIGITS = re.compile(r"\d{3}[) .-]{0,2}\d{3}[ .-]?\d{4}")
_EMOJI = re.compile("[\U0001f300-\U0001faff\u2600-\u27bf]")
_SENTENCE_REACH = 300  # characters read on either side of a hit: a sentence is rarely longer
_SKIPPED = {SectionKind.BOILERPLATE, SectionKind.LEGAL}
_FACETS = frozenset({"who", "offer", "ask", "how"})


@dataclass(frozen=True)
class Flag:
    id: str
    title: str
    severity: Severity
    explanation: str
    advice: str
    named_by: tuple[str, ...]
    patterns: tuple[DeferredPattern, ...]
    needs: re.Pattern[str] | None
    negation_free: bool
    facet: str | None  # who, offer, ask or how; None for a family
    high_with: re.Pattern[str] | None = None  # in the sentence, makes the hit high
    unless: re.Pattern[str] | None = None  # in the sentence, keeps the hit out
    unless_before: re.Pattern[str] | None = None  # ending where the hit begins, keeps it out
    unless_after: re.Pattern[str] | None = None  # starting where the hit ends, keeps it out
    # anywhere in the text, keeps every hit of the flag out ("don't email it to me directly")
    unless_in_text: re.Pattern[str] | None = None


@dataclass(frozen=True)
class Family:
    """A scam read from a combination: one of `when` met, each group by a signal of its own."""

    id: str
    when: tuple[tuple[frozenset[str], ...], ...]


@dataclass(frozen=True)
class Catalogue:
    flags: dict[str, Flag]  # signals and families, by id
    families: tuple[Family, ...]
    contexts: dict[str, re.Pattern[str]]
    patterns: PatternSet  # every flag's, the url's and the email's, searched together
    negation: re.Pattern[str]
    warning_notice: re.Pattern[str]  # a subject line that makes the text a warning
    free_mail: frozenset[str]
    throwaway_hosts: tuple[str, ...]
    cheap_tlds: frozenset[str]
    hiring_domain_words: re.Pattern[str]
    brand_claim: re.Pattern[str]
    phone: re.Pattern[str]
    url: re.Pattern[str]
    email: re.Pattern[str]
    broadcast_emoji: int
    hourly_pay: re.Pattern[str]
    too_good_hourly: float
    easy_for_the_pay: re.Pattern[str]  # easy work that makes high hourly pay too good
    family_heads: frozenset[str]  # the signals a family can be read from (first groups)


def _flag(entry: dict[str, Any]) -> Flag:
    return Flag(
        id=entry["id"],
        title=entry["title"],
        severity=Severity(entry["severity"]),
        explanation=entry["explanation"],
        advice=entry["advice"],
        named_by=tuple(entry["named_by"]),
        patterns=tuple(
            DeferredPattern(_within_sentence(p), re.IGNORECASE) for p in entry.get("patterns", ())
        ),
        needs=_optional(entry.get("needs")),
        negation_free=bool(entry.get("negation_free")),
        facet=entry.get("facet"),
        high_with=_optional(entry.get("high_with")),
        unless=_optional(entry.get("unless")),
        unless_before=_optional(entry.get("unless_before")),
        unless_after=_optional(entry.get("unless_after")),
        unless_in_text=_optional(entry.get("unless_in_text")),
    )


def _optional(pattern: str | None) -> re.Pattern[str] | None:
    return _compiled(pattern) if pattern else None


def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(_within_sentence(pattern), re.IGNORECASE)


def _within_sentence(pattern: str) -> str:
    """A catalogue pattern, its "within the sentence" also crossing a decimal point."""
    return pattern.replace(_IN_SENTENCE, _IN_SENTENCE_READ)


@cache
def catalogue() -> Catalogue:
    data = load_json("red_flags.json")
    flags = {entry["id"]: _flag(entry) for entry in data["flags"]}
    signals = tuple(flags.values())
    contexts = {name: re.compile(p, re.IGNORECASE) for name, p in data["contexts"].items()}
    families = []
    for entry in data["families"]:
        when = tuple(tuple(frozenset(group) for group in reading) for reading in entry["when"])
        named = {name for reading in when for group in reading for name in group}
        if unknown := named - flags.keys() - contexts.keys():
            raise ValueError(f"red_flags.json: family {entry['id']} names {sorted(unknown)}")
        families.append(Family(entry["id"], when))
        flags[entry["id"]] = _flag({**entry, "severity": Severity.HIGH})
    brands = alternation(data["brands"], ignore_case=True)
    url = re.compile(data["url"], re.IGNORECASE)
    # Addresses and links are searched with the flags' patterns: most texts hold neither.
    searched: list[Searchable] = [*(p for flag in signals for p in flag.patterns), url, _EMAIL]
    return Catalogue(
        flags,
        tuple(families),
        contexts,
        PatternSet(searched),
        re.compile(data["negation"], re.IGNORECASE),
        re.compile(data["warning_notice"], re.IGNORECASE),
        frozenset(data["free_mail_domains"]),
        tuple(data["throwaway_hosts"]),
        frozenset(data["cheap_tlds"]),
        re.compile(data["hiring_domain_words"], re.IGNORECASE),
        re.compile(data["brand_claim"].replace("BRAND", brands), re.IGNORECASE),
        re.compile(data["phone"]),
        url,
        _EMAIL,
        int(data["broadcast_emoji"]),
        re.compile(data["hourly_pay"], re.IGNORECASE),
        float(data["too_good_hourly"]),
        re.compile(data["easy_for_the_pay"], re.IGNORECASE),
        frozenset(name for f in families for reading in f.when for name in reading[0]),
    )


def compile_every_pattern() -> None:
    """Compile every flag's pattern now. A command compiles only those a text may match;
    the window, which reads many texts, compiles them all in the background once, so that
    the messages of the first posting shown do not compile theirs on its thread (60-80 ms)."""
    for flag in catalogue().flags.values():
        for pattern in flag.patterns:
            pattern.compiled()


def find_red_flags(text: str, sections: Sequence[Section] = ()) -> list[Hit]:
    """Every red flag in `text`, skipping the job board's and legal sections given, then
    the families their combination makes."""
    skipped = _union(
        (s.start, s.end)
        for s in sections
        if s.kind in _SKIPPED and s.detail is not BoilerplateKind.SITE_PANEL
    )
    text = text.replace("’", "'")  # one character for one: offsets stay those of the text
    book = catalogue()
    if _warning_notice(text, book):
        return []  # a career office's "Recruitment fraud alert" quotes scams, asks nothing
    found = book.patterns.over(text)
    hits: list[Hit] = []
    for flag in book.flags.values():
        for pattern in flag.patterns:
            if not found.may_match(pattern):
                continue  # most of the catalogue in most texts
            for match in found.finditer(pattern):
                if _inside(match.start(), skipped) or not _in_context(text, match, flag, book):
                    continue
                high = flag.high_with and flag.high_with.search(_around(text, match))
                severity = Severity.HIGH if high else flag.severity
                hits.append(_hit(flag, text, match.start(), match.end(), severity))
    hits.extend(
        hit
        for hit in _found_by_code(found, book, hits)
        if not _inside(hit.start, skipped) or _on_sender_line(text, hit)
    )
    hits = _first_per_place(hits)
    return _first_per_place(hits + _families(text, hits, book))


def _warning_notice(text: str, book: Catalogue) -> bool:
    """Whether the text's subject line, or its first line when it has none, announces a
    warning about job scams ("Subject: Fake job offers are circulating"); one that asks
    ("Is this recruitment fraud? Please read") forwards what it asks about."""
    head = text[:_NOTICE_HEAD].splitlines()
    subject = next((line for line in head if _SUBJECT_LINE.match(line)), None)
    line = subject if subject is not None else next((x for x in head if x.strip()), "")
    return "?" not in line and book.warning_notice.search(line) is not None


def _on_sender_line(text: str, hit: Hit) -> bool:
    """Whether an address's hit stands on a mail's "From:" line."""
    return hit.flag in _ADDRESS_FLAGS and bool(
        _SENDER_LINE.match(text, text.rfind("\n", 0, hit.start) + 1)
    )


_ADDRESS_FLAGS = frozenset({"F4", "lookalike-address"})
# A forwarded mail's subject stands within its first lines of headers.
_NOTICE_HEAD = 1200
_SUBJECT_LINE = re.compile(r"[ \t>*]*(?i:subject|betreff|objet|asunto|assunto|onderwerp)[ \t*]*:")


def _union(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans' union as disjoint spans in text order, for _inside to bisect."""
    union: list[tuple[int, int]] = []
    for start, end in sorted(span for span in spans if span[0] < span[1]):
        if union and start <= union[-1][1]:
            union[-1] = (union[-1][0], max(union[-1][1], end))
        else:
            union.append((start, end))
    return union


def _inside(position: int, union: list[tuple[int, int]]) -> bool:
    """Whether position lies in one of the disjoint spans of `union`, found by bisection: a
    posting of many short legal sections costs each hit a step per halving, not per section."""
    index = bisect_right(union, (position, float("inf"))) - 1
    return index >= 0 and position < union[index][1]


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around text[start:end], at most _SENTENCE_REACH characters on each side:
    hits in a long text without a break each read a window, not the whole text."""
    reach = max(0, start - _SENTENCE_REACH)
    before = max((m.end() for m in _SENTENCE_END.finditer(text, reach, start)), default=reach)
    limit = min(len(text), end + _SENTENCE_REACH)
    after = _SENTENCE_END.search(text, end, limit)
    return before, after.start() if after else limit


def _in_context(text: str, match: re.Match[str], flag: Flag, book: Catalogue) -> bool:
    sentence_start, sentence_end = _sentence(text, match.start(), match.end())
    if flag.negation_free and (
        _negated(text, sentence_start, match.start(), book) or _negated_within(text, match)
    ):
        return False  # "we will never ask for your bank details", "no registration fee"
    if _warned_of(text, match.start()) or (
        flag.negation_free
        and (
            _told_of_after_a_warning(text, sentence_start)
            # "someone has been DMing contributors claiming to run bounties and asking for
            # a registration fee": what impostors ask, in the sentence that names them
            or _IMPOSTORS.search(text, sentence_start, match.start()) is not None
            or _CALLED_A_SCAM.search(text, match.end(), sentence_end)
        )
    ):
        # a warning's list of what impostors ask: "people pose as clients and ask:", "Red
        # flags in job offers"; its next sentence about them: "… impersonating our
        # recruiters. They offer …"
        return False
    around = _around(text, match)
    lead = _lead_in(text, match.start())  # "Please provide the following:" over a list
    # the lead-in's own sentence, not the paragraph before it on its line ("To reduce
    # returns, each order is inspected. You will:")
    if flag.unless is not None and (
        flag.unless.search(around)
        or (lead is not None and flag.unless.search(lead, _last_sentence_start(lead)))
    ):
        return False  # "once hired, we chat on Discord"; "In the HR portal, complete:"
    if flag.unless_in_text is not None and flag.unless_in_text.search(text):
        return False  # "Please don't email the W-9 or your bank details to me directly."
    if flag.unless_before is not None and flag.unless_before.search(
        text, sentence_start, match.start()
    ):
        return False  # "the client is happy to pay a deposit": someone else pays
    if flag.unless_after is not None and flag.unless_after.match(text, match.end(), sentence_end):
        return False  # "CPA exam fees reimbursed": the employer pays them
    if flag.needs is None or flag.needs.search(around):
        return True
    return lead is not None and flag.needs.search(lead) is not None


def _told_of_after_a_warning(text: str, sentence_start: int) -> bool:
    """Whether the sentence tells what impostors do ("They offer data entry jobs, mail out
    cheques …") right after one that warns of them ("… impersonating our recruiters.")."""
    if not _THEY.match(text, sentence_start):
        return False
    before, _ = _sentence(text, max(0, sentence_start - 2), max(0, sentence_start - 2))
    return _IMPOSTORS.search(text, before, sentence_start) is not None


def _warned_of(text: str, position: int) -> bool:
    """Whether the hit is an item of a list that a warning leads into ("Watch out for
    messages that:", "people pose as clients and ask freelancers to:")."""
    lead = _lead_in(text, position, headed=True)
    if lead is None:
        return False
    # in the lead-in's own sentence: "Due to fraudulent applications, our client requires
    # pre-verification. Please reply with the following:" asks; "… We want you to:" too.
    own_sentence = _last_sentence_start(lead)
    return bool(_WARNING.search(lead, own_sentence) or _NEVER.search(lead, own_sentence))


def _last_sentence_start(lead: str) -> int:
    """Where a lead-in line's own sentence starts, after any sentence before it."""
    return max((end.end() for end in _SENTENCE_END.finditer(lead, 0, len(lead) - 1)), default=0)


def _negated_within(text: str, match: re.Match[str]) -> bool:
    """Whether a negation stands among the hit's own words after its first ("Interviews are
    never held over text"); its first word may be the negation a pattern asks for ("no
    interview")."""
    second_word = text.find(" ", match.start(), match.end())
    return second_word >= 0 and _PLAIN_NEGATION.search(text, second_word, match.end()) is not None


# "never", "not", "isn't": negations no other language's word is spelt as ("no" is Portuguese
# for "in the").
_PLAIN_NEGATION = re.compile(r"\b(?:never|not)\b|n['’]t\b", re.IGNORECASE)


def _line_starts(text: str, matches: Sequence[re.Match[str]]) -> list[int]:
    """Where the lines holding the matches (in order) start, each line once; the text
    between two matches is looked at once, however many share a line."""
    starts: list[int] = []
    searched_to = 0
    for match in matches:
        newline = text.rfind("\n", searched_to, match.start())
        if newline >= 0:
            starts.append(newline + 1)  # past the match before: a line not yet listed
        elif not starts:
            starts.append(text.rfind("\n", 0, match.start()) + 1)
        searched_to = match.end()
    return starts


# A line that says something in words: a word of three letters before the line ends.
_WORDS = re.compile(r"[^\n]*?[^\W\d_]{3}")


def _negated(text: str, start: int, end: int, book: Catalogue) -> bool:
    """Whether a negation stands in text[start:end] outside a condition closed before the
    hit ("if you don't have one, buy it from our academy for $40" still asks for money), and
    with no turn to another clause between it and the hit ("we don't charge fees, but …")."""
    for negation in book.negation.finditer(text, start, end):
        opened = text.rfind("(", start, negation.start())
        if opened > text.rfind(")", start, negation.start()) and ")" in text[negation.end() : end]:
            continue  # an aside in brackets: "(… don't use Binance …) and put in any amount"
        clause = text.rfind(",", start, negation.start()) + 1 or start
        closed = text.find(",", negation.end(), end) != -1
        # "If anyone asks you to …, report it" warns: the condition is the negation itself.
        if closed and _CONDITION.match(text, clause) and not _CONDITION.match(negation.group()):
            continue
        if _CLAUSE_TURN.search(text, negation.end(), end):
            continue  # "I don't come on here much, would you mind if we chat on WhatsApp?"
        return True
    return False


def _lead_in(text: str, position: int, *, headed: bool = False) -> str | None:
    """The line ending in a colon that leads in the list item holding `position`, if it
    is in one: the words asking for the items ("provide the following:") are there; or,
    `headed`, a short heading over the list ("Red flags in job offers")."""
    line_start = text.rfind("\n", 0, position) + 1
    line_end = text.find("\n", position)
    line = text[line_start : line_end if line_end >= 0 else len(text)].strip()
    # a form's blanks to fill in ("Date of birth:", "SSN: ____") are items as a list's are
    item = is_list_item if is_list_item(line) else _FORM_FIELD.fullmatch
    if not item(line):
        return None
    for _ in range(_LIST_ITEMS_READ):
        if line_start == 0:
            return None
        end = line_start - 1
        line_start = text.rfind("\n", 0, end) + 1
        line = text[line_start:end].strip()
        if line and not item(line):
            heading = headed and len(line.split()) <= _HEADING_WORDS and line[-1:].isalnum()
            return line if line.endswith(":") or heading else None
    return None


_HEADING_WORDS = 8


def _around(text: str, match: re.Match[str]) -> str:
    """The match's sentence without the match's own words."""
    start, end = _sentence(text, match.start(), match.end())
    return f"{text[start : match.start()]} {text[match.end() : end]}"


def _found_by_code(found: Found, book: Catalogue, hits: list[Hit]) -> Iterator[Hit]:
    """The signals a pattern cannot read alone: addresses, links, claimed names, emoji."""
    text, flags = found.text, book.flags
    every_email = list(found.finditer(book.email))
    # an address a mail was sent to is the reader's, or a forwarder's, wherever it stands
    recipients = {
        m.group().casefold()
        for m in every_email
        if _RECIPIENT_LINE.match(text, text.rfind("\n", 0, m.start()) + 1)
    }
    emails = [
        (m, m.group(1).casefold()) for m in every_email if m.group().casefold() not in recipients
    ]
    urls = [(m, _host(m.group())) for m in found.finditer(book.url)]
    addresses = {domain for _, domain in emails}
    judged = {domain: _judge(domain, book, address=True) for domain in addresses}
    for _, host in urls:
        judged.setdefault(host, _judge(host, book, address=False))
    for match, domain in emails + [(m, host) for m, host in urls if host not in addresses]:
        if signal := judged[domain].signal:
            yield _hit(flags[signal], text, match.start(), match.end())
    owned = [domain for domain, verdict in judged.items() if verdict.owned]
    yield from _brand_claims(text, owned, book)
    phone = None if judged or not _PHONE_DIGITS.search(text) else book.phone.search(text)
    if phone:
        yield _hit(flags["phone-only"], text, phone.start(), phone.end())
    emoji = list(_EMOJI.finditer(text))
    if len(emoji) >= book.broadcast_emoji:
        # the first line of words holding one is what to show, not a feed's "11h · 👥"
        starts = _line_starts(text, emoji)
        line_start = next((start for start in starts if _WORDS.match(text, start)), starts[0])
        line_end = text.find("\n", line_start)
        yield _hit(flags["broadcast"], text, line_start, line_end if line_end >= 0 else len(text))
    yield from _too_good_hourly(text, book, hits)


def _host(url: str) -> str:
    host = re.sub(r"^(?:https?://)?(?:www\.)?", "", url, flags=re.IGNORECASE)
    return re.split(r"[/?#:]", host, maxsplit=1)[0].casefold()


@dataclass(frozen=True)
class _Verdict:
    """What one domain says about the writer: at most one signal, and whether it may be the
    claimed employer's own."""

    signal: str | None
    owned: bool


_OWNED = _Verdict(None, owned=True)


def _judge(domain: str, book: Catalogue, *, address: bool) -> _Verdict:
    """One verdict per domain, each signal on its own evidence. An address (a domain also
    used by an address counts as one) is free mail (F4), or a lookalike when a hiring word
    is tacked onto a name ("acme-careers") or it has a cheap ending; a link is throwaway on a
    free host, a shortener or a cheap ending. A hiring word makes a domain no one's own."""
    label, _, tld = domain.rpartition(".")
    name = label.rpartition(".")[2]
    disguised = bool(name) and bool(book.hiring_domain_words.search(name))
    cheap = bool(name) and tld in book.cheap_tlds
    if address:
        if domain in book.free_mail:
            return _Verdict("F4", owned=True)
        return _Verdict("lookalike-address", owned=False) if disguised or cheap else _OWNED
    free_host = any(domain == h or domain.endswith("." + h) for h in book.throwaway_hosts)
    if free_host or cheap:
        return _Verdict("throwaway-link", owned=False)
    return _Verdict(None, owned=False) if disguised else _OWNED


def _brand_claims(text: str, owned: list[str], book: Catalogue) -> Iterator[Hit]:
    """A famous employer claimed by the writer when no address or link is on its own domain
    (`owned`: neither a lookalike nor a throwaway host)."""
    names = [domain.replace("-", "") for domain in owned]
    owns: dict[str, bool] = {}  # by brand: each is looked for once however often it is claimed
    for match in book.brand_claim.finditer(text):
        name = next(group for group in match.groups() if group)
        token = re.sub(r"[^a-z0-9]", "", name.casefold().removesuffix(".com"))
        if token not in owns:
            owns[token] = any(token in domain for domain in names)
        if not owns[token]:
            yield _hit(book.flags["brand-claim"], text, *match.span())


def _too_good_hourly(text: str, book: Catalogue, hits: list[Hit]) -> list[Hit]:
    """High hourly pay for easy work (typing, no experience): judged against the work, not
    the amount alone; part-time or flexible hours say nothing of how hard the work is."""
    easy = book.easy_for_the_pay
    if not any(hit.flag == "easy-work" and easy.search(hit.excerpt) for hit in hits):
        return []
    return [
        _hit(book.flags["F6"], text, match.start(), match.end())
        for match in book.hourly_pay.finditer(text)
        if float(match.group(1)) >= book.too_good_hourly
    ]


def _families(text: str, hits: list[Hit], book: Catalogue) -> list[Hit]:
    """A hit for each family the signals make, on the words of its main signal; its reason
    names the signals it was read from."""
    present = list(dict.fromkeys(hit.flag for hit in hits))  # in text order
    if book.family_heads.isdisjoint(present):
        return []  # no family's main signal: the scene-setting words need no search
    present += [name for name, pattern in book.contexts.items() if pattern.search(text)]
    found = []
    for family in book.families:
        combination = next(filter(None, (_combination(r, present) for r in family.when)), None)
        if combination is None:
            continue
        main = next(hit for hit in hits if hit.flag == combination[0])
        hit = _hit(book.flags[family.id], text, main.start, main.end)
        signs = [
            book.flags[f].title.lower() if f in book.flags else f.replace("-", " ")
            for f in combination[1:]
        ]
        found.append(replace(hit, reason=f"{hit.reason}, with {'; '.join(signs)}"))
    return found


def _combination(groups: tuple[frozenset[str], ...], present: list[str]) -> tuple[str, ...] | None:
    """One present signal for each group, no signal standing for two; None when none fits."""
    if not groups:
        return ()
    for name in present:
        if name in groups[0]:
            rest = _combination(groups[1:], [p for p in present if p != name])
            if rest is not None:
                return (name, *rest)
    return None


def _hit(flag: Flag, text: str, start: int, end: int, severity: Severity | None = None) -> Hit:
    excerpt = " ".join(text[start:end].split())
    reason = f"{flag.title}: “{excerpt}”"
    return Hit(flag.id, severity or flag.severity, start, end, excerpt, reason)


def _first_per_place(hits: list[Hit]) -> list[Hit]:
    """One hit per flag per place, in text order: a hit starting inside a kept one of its
    flag is left out. Kept hits start no later, so the furthest end per flag decides."""
    hits.sort(key=lambda h: (h.start, h.flag))
    kept: list[Hit] = []
    reach: dict[str, int] = {}  # per flag, the furthest end of its kept hits
    for hit in hits:
        if hit.start < reach.get(hit.flag, -1):
            continue
        kept.append(hit)
        reach[hit.flag] = max(reach.get(hit.flag, -1), hit.end)
    return kept


# The catalogue's own flags (F1-F15) are red flags alone; the signals beside them only
# count together.
_CATALOGUE_ID = re.compile(r"F\d+")


def risk_level(hits: Sequence[Hit], dismissed: frozenset[str] = frozenset()) -> Risk:
    """The level the hits add up to. Weak signals count only together with others.

    High: any high-severity flag (a family, or a scam act such as a fee), two different
    medium ones, or one medium with weak signals about two facets. Medium: one medium
    flag, or weak signals about all four facets (who writes, what is offered, what is
    asked, how it is written) that make no family. Low: a weak flag of the F1-F15
    catalogue, a weak ask (to move to a chat app, to use an account, to run their code),
    or weak signals about two facets. None: weak signals of one other facet alone ("30
    hours a week", "part-time", "work from home"): honest postings say these every day,
    and a warning on each would teach the user to ignore warnings.
    """
    book = catalogue().flags
    kinds: dict[Severity, set[str]] = {severity: set() for severity in Severity}
    for hit in hits:
        if hit.flag not in dismissed:
            kinds[hit.severity].add(hit.flag)
    facets = {book[f].facet if f in book else None for f in kinds[Severity.LOW]} - {None}
    high, medium = len(kinds[Severity.HIGH]), len(kinds[Severity.MEDIUM])
    if high or medium >= 2 or (medium and len(facets) >= 2):
        return Risk.HIGH
    if medium or facets == _FACETS:
        return Risk.MEDIUM
    if len(facets) >= 2 or any(
        _CATALOGUE_ID.fullmatch(f) or book[f].facet == "ask" for f in kinds[Severity.LOW]
    ):
        return Risk.LOW
    return Risk.NONE


def summarize_risk(hits: Sequence[Hit], dismissed: frozenset[str] = frozenset()) -> RiskSummary:
    """The level and the flags still standing once the dismissed ones are set aside."""
    flags = tuple(dict.fromkeys(hit.flag for hit in hits if hit.flag not in dismissed))
    return RiskSummary(risk_level(hits, dismissed), flags)
