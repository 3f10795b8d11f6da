"""Engagement, pay, location and weekly hours, read from a posting's own words."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache
from itertools import islice

from desktop.domain.patterns import IgnoringCase, PatternSet
from desktop.domain.phrases import alternation
from desktop.domain.reading.lines import SYMBOL
from desktop.domain.reading.terms import Engagement, Pay, PayPeriod, WorkMode, hours_number
from desktop.resources import load_json

# Thousands grouped in threes, or the Indian way in twos above them ("6,00,000"); cents
# after a comma as Europe writes them ("46,02 €", "1.300,50").
_AMOUNT = (
    r"\d{1,2}(?:,\d\d)+,\d{3}(?:\.\d+)?|\d{1,3}(?:\.\d{3})*,\d\d(?![\d,])"
    # "95'000", the Swiss way, too
    r"|\d{1,3}(?:[,.\s'’]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
)
# "Rp 5-6 juta", "15 triệu": a million in Indonesian and Vietnamese too
_MILLION_WORDS = ("million", "juta", "triệu")
_LAKHS = re.compile(r"\s?(?:lpa|lakhs?|lacs?)", re.IGNORECASE)
_EUROPEAN_CENTS = re.compile(r"\d{1,3}(?:\.\d{3})*,\d\d")
# Words between an amount and its period ("€2,400 gross per month", "38 000 € brut annuel").
_GROSS = r"gross|net|netto|netti|netos?|brut|brutto|lord[io]|brutos?"
# A tax note between an amount and its period: "22 000 PLN netto + VAT miesięcznie", "(+ VAT)".
_TAX_NOTE = (
    r"\s?\(?(?:\+\s?(?:VAT|tax|TVA|IVA|MwSt\.?|GST)\b|HT\b|H\.T\.|excl\.?\s?(?:VAT|BTW|tax)\b)\)?"
)
_PAY_REACH = 200  # characters an amount, its range and its period take at most
_PAY_TAIL = 40  # what may follow an amount: a range's top end, a code, a period
_MAX_PAY_HINTS = 200  # pay is stated near the top; a page of symbols is not worth reading
_HOURS_PER_WEEK = re.compile(
    # "Less than 30 hrs/week" is up to 30: from none
    r"(?:\b(less than|under|up to|fewer than|no more than|at most)\s+)?"
    # "37.5 hours per week": the half hour is the number's, not a number of its own
    r"(?<![\d.,-])(\d{1,2}(?:[.,]\d)?)(?:\s*(?:-|–|to)\s*(\d{1,2}(?:[.,]\d)?))?\+?\s*"
    # and the same in German, French, Spanish, Portuguese, Dutch, Italian, Danish, Swedish
    r"(?:hours|hrs|h|stunden|std\.?|heures|horas|uur|ore|timer|timmar)\b"
    r"(?:\s+[\w-]+){0,4}?\s*(?:(?:/|per|a|each|pro|par|por|à la|a la|om|i|na)\s*"
    r"(?:week|woche|semaine|semana|settimana|ugen|uge|veckan|vecka)"
    r"|(?:wöchentlich|hebdomadaires|semanales|semanais|settimanali))",
    re.IGNORECASE,
)
# "a 40-hour week", "35-Stunden-Woche", "a 37.5 hour work week"
_HOURS_WEEK_COMPOUND = re.compile(
    r"(?<![\d.,])(\d{1,2}(?:[.,]5)?)[- ](?:hours?|hr|stunden)[- ](?:work[- ]?)?(?:week|woche)\b",
    re.IGNORECASE,
)
_WEEK = IgnoringCase("week|woche|semain|seman|settiman|uge|veck|chentlich")
_LOCATION_PROSE = re.compile(
    r"\b(?:remotely from|based in|located in|job in|office in|remote \()\s*"
    r"((?:the\s+)?[A-Z][\w.]*(?:[ ,]+(?:or\s+|and\s+)?(?:the\s+)?[A-Z][\w.]*){0,5})"
)


@dataclass(frozen=True)
class _Terms:
    """The patterns made from resources/pay_and_terms.json."""

    currencies: dict[str, str]  # a sign or code as written, case folded: its ISO code
    periods: dict[str, PayPeriod]
    pay: re.Pattern[str]
    pay_label: re.Pattern[str]
    pay_label_line: re.Pattern[str]
    pay_word: re.Pattern[str]  # a pay label anywhere in a line ("Annual salary:")
    not_pay_after: re.Pattern[str]
    not_pay_before: re.Pattern[str]
    company_figure: re.Pattern[str]
    perk: re.Pattern[str]
    rising_pay: re.Pattern[str]
    board_estimate_after: re.Pattern[str]  # "(Glassdoor est.)", not "(Employer est.)"
    currency_hint: re.Pattern[str]
    code_names: frozenset[str]
    project_price_before: re.Pattern[str]
    period_label: re.Pattern[str]
    fixed_price: re.Pattern[str]
    engagements: tuple[tuple[Engagement, re.Pattern[str]], ...]
    freelance: re.Pattern[str]
    contract_titles: re.Pattern[str]
    internship_titles: re.Pattern[str]
    work_modes: dict[WorkMode, re.Pattern[str]]
    location_label: re.Pattern[str]
    local_dollars: dict[str, re.Pattern[str]]  # by ISO code: its code or a place using it
    us_dollar_home: re.Pattern[str]
    country_currencies: dict[str, str]  # a dataset row's country code, its currency
    # whose salaries are stated by the month, unsaid, and the range such a salary lies in
    monthly_currencies: dict[str, tuple[float, float]]
    # The engagement and work-mode patterns, each group searched in one pass over a text.
    engagement_patterns: PatternSet
    work_mode_patterns: PatternSet


# "budget(s) of [around] €", the amount after it a sum to look after, not pay
_BUDGET_OF = (
    r"budgets?[ \t]+(?:of|worth)[ \t]+(?:(?:over|up to|around|about|roughly)[ \t]+)?"
    r"(?:[$€£₹]|[A-Z]{3})?[ \t]*"
)


@cache
def _terms() -> _Terms:
    data = load_json("pay_and_terms.json")
    marks = data["local_dollar_marks"]
    signs: dict[str, str] = data["currency_signs"]
    codes: list[str] = data["currency_codes"]
    letters: dict[str, str] = data["letter_signs"]
    # "R 35 000", "R25k", "R55 per hour": a capital that is no word's, before an amount in
    # thousands or one paid per something (not the "R638" of a regulation's number, nor a
    # requisition's "R0456123" or "R2045871")
    paid_amount = (
        r"[ \t]?(?:[1-9]\d{0,2}(?:[ ,.]\d{3})+|[1-9]\d{3,5}(?!\d)|\d+(?:[.,]\d+)?[ \t]?[kK]\b"
        r"|\d+(?:[.,]\d\d)?[ \t]?(?:/|(?i:per|an?|p\.?[hm])\b)"
        r"|\d+(?:[.,]\d)?(?:[ \t]?[-–][ \t]?\d+(?:[.,]\d)?)?[ \t]?(?:juta|million)\b)"
    )
    letter_sign = "|".join(
        rf"(?<![A-Za-z])(?-i:{re.escape(letter)})(?={paid_amount})" for letter in letters
    )
    symbol = f"(?:{alternation(signs, ignore_case=True)}|{letter_sign})"
    # a code is a word of its own: not the "ars" of "years" (ARS, the Argentine peso)
    # "PHP 35,000": a code that is a word too (the language), only before an amount in thousands
    guarded = data["codes_before_thousands"]
    aliases: dict[str, str] = data["currency_aliases"]
    dollar_codes: list[str] = data["codes_before_dollar"]
    code = (
        f"(?<![A-Za-z])(?:{alternation([*codes, *aliases], ignore_case=True)})(?![A-Za-z])"
        f"|(?<![A-Za-z])(?-i:{'|'.join(guarded)})(?=\\s?(?:\\d{{1,3}}(?:,\\d{{3}})+|\\d{{4,}}))"
        # "CAD $118,000": the code says which dollar the sign is
        f"|(?<![A-Za-z])(?-i:{'|'.join(dollar_codes)})[ \\t]?\\$(?=[ \\t]?\\d)"
    )
    adverbs = alternation(data["pay_period_adverbs"], ignore_case=True)
    periods = {**data["pay_periods"], **data["pay_period_adverbs"]}
    fixed_price = re.compile(data["fixed_price"], re.IGNORECASE)
    engagements = tuple(
        (Engagement(e["kind"]), re.compile(e["pattern"], re.IGNORECASE | re.MULTILINE))
        for e in data["engagements"]
    )
    freelance = re.compile(data["freelance"], re.IGNORECASE)
    work_modes = {
        WorkMode(mode): re.compile(pattern, re.IGNORECASE)
        for mode, pattern in data["work_modes"].items()
    }
    return _Terms(
        currencies={s.casefold(): c for s, c in {**signs, **letters}.items()}
        | {c.casefold(): c for c in [*codes, *guarded]}
        | {alias.casefold(): c for alias, c in aliases.items()}
        | {f"{c}{gap}$".casefold(): c for c in dollar_codes for gap in ("", " ", "\t")},
        periods={word: PayPeriod(period) for word, period in periods.items()},
        pay=_pay_pattern(
            symbol,
            code,
            alternation(data["pay_periods"], ignore_case=True),
            adverbs,
            data["fixed_price"],
        ),
        pay_label=re.compile(
            rf"^(?:[ \t*_#•-]|{SYMBOL})*"
            rf"(?:{alternation(data['pay_labels'], ignore_case=True)})[ \t*_]*[:：]",
            re.IGNORECASE | re.MULTILINE,
        ),
        # the label on a line of its own over its amount: "Salary" / "$24.50 - $33.80 per hour"
        pay_label_line=re.compile(
            rf"[ \t*_#•-]*(?:{alternation(data['pay_labels'], ignore_case=True)})"
            r"[ \t*_]*[:：]?[ \t]*",
            re.IGNORECASE,
        ),
        pay_word=re.compile(
            rf"\b(?:{alternation(data['pay_labels'], ignore_case=True)})\b", re.IGNORECASE
        ),
        not_pay_after=_words_after(data["not_pay_after"]),
        company_figure=_words_after(data["company_figures"]),
        perk=_words_after(data["perk_nouns"]),
        # the same words ending right before an amount, a few words at most between them
        not_pay_before=re.compile(
            # a word of its own, not the "est" of "Presupuesto: USD 1.000", but the end of a
            # compound: "Intensivzulage von 46,02 €"
            r"(?:\b|(?=(?i:zulage)))(?:"
            + alternation(data["not_pay_after"], ignore_case=True)
            # "(wellness allowance) of 5,000 SEK": the perk named in brackets
            + r")\w*\)?(?:[ \t]+(?:budget|allowance|fund|of|von|de|du|up to|worth|around|about"
            r"|ca\.?|between)){0,2}[ \t:]*"
            r"(?:[$€£₹]|[A-Z]{3})?[ \t]*$"
            # a sum the hire will look after: "Manage a $40K monthly tooling budget"
            r"|\b(?:manag(?:e|es|ed|ing)|own(?:s|ed|ing)?|oversee(?:s|ing)?|oversaw"
            r"|control(?:s|led|ling)?|handl(?:e|es|ed|ing)|allocat(?:e|es|ed|ing))[ \t]+"
            r"(?:(?:an?|the|our|your)[ \t]+)?"
            # … or "Manage a monthly budget of €50k+", "managed budgets of €100k+"
            rf"(?:(?:[\w-]+[ \t]+){{0,3}}{_BUDGET_OF})?$"
            # … or "(Own paid acquisition) with a monthly budget of around €350k"; a client's
            # "with a budget of $500" is the price of the work
            r"|\bwith[ \t]+(?:an?|the|our|your)[ \t]+(?:monthly|annual|yearly|quarterly|ad"
            rf"|media|marketing|advertising|paid|total)[ \t]+(?:[\w-]+[ \t]+)?{_BUDGET_OF}$",
            re.IGNORECASE,
        ),
        rising_pay=re.compile(data["rising_pay"], re.IGNORECASE),
        board_estimate_after=re.compile(data["board_estimate_after"], re.IGNORECASE),
        # A sign's mark, or any three-letter word, kept when it is a code (a pattern of all
        # the codes, tried at every letter of a text, costs several times more).
        # A sign written in letters is hinted by its letter outside ASCII: the "ł" of "zł".
        currency_hint=re.compile(
            "["
            + re.escape("".join({c for sign in signs for c in sign if not c.isalpha()}))
            + "".join({c for sign in signs if sign.isalpha() for c in sign if not c.isascii()})
            + "]"
            r"|\b[A-Za-z]{3}\b|\b(?i:lpa|lakhs?|lacs?)\b"
            f"|{letter_sign}"
        ),
        code_names=frozenset(code.casefold() for code in [*codes, *guarded, *aliases]),
        project_price_before=re.compile(
            "(?:" + data["project_price_before"] + r")\W{0,6}$", re.IGNORECASE
        ),
        period_label=re.compile(
            # "Hourly: $55-75", "Monthly salary: €4.000", "Day rate: £500", "Day rate is £450"
            # "Hourly Range: $20.00-$35.00", and with a markup tag left in: "Hourly</b>: $20"
            rf"\b(?:({adverbs})\b(?:\s+(?:rate|pay|salary|budget|range|wage))?"
            r"|(hour|day|week|month)\s+rate)"
            r"(?:\s+(?:is|of|will be|from|around|about))?(?:</?[a-z]{1,6}>)?\W{0,6}$",
            re.IGNORECASE,
        ),
        fixed_price=fixed_price,
        engagements=engagements,
        freelance=freelance,
        contract_titles=re.compile(data["contract_titles"], re.IGNORECASE),
        internship_titles=re.compile(data["internship_titles"], re.IGNORECASE),
        work_modes=work_modes,
        location_label=re.compile(
            # "Location: Berlin", "**Location:** Berlin", "- Location: Berlin" in a list
            rf"^(?:[ \t]|{SYMBOL})*(?:[-•+][ \t]+)?\**(?:"
            + alternation(data["location_labels"], ignore_case=True)
            + r")\**[ \t]*:[ \t]*\**[ \t]*([^\n]+?)[ \t]*$",
            re.IGNORECASE | re.MULTILINE,
        ),
        local_dollars={
            code: re.compile(
                # the code beside an amount ("CAD 95,000", "95k CAD"): "CAD" alone is a drawing
                rf"(?-i:\b{code}\s?\$?\s?\d|\d[kK]?\s?{code}\b)"
                rf"|\b(?:{alternation(places, ignore_case=True)})\b"
                # a region's code as addresses write it ("Toronto, ON", "VIC 3128")
                + (rf"|(?-i:{marks[code]})" if code in marks else ""),
                re.IGNORECASE,
            )
            for code, places in data["local_dollars"].items()
        },
        us_dollar_home=re.compile(data["us_dollar_home"]),
        country_currencies=data["country_currencies"],
        monthly_currencies={
            code: (low, high) for code, (low, high) in data["monthly_currencies"].items()
        },
        engagement_patterns=PatternSet([freelance, fixed_price, *(p for _, p in engagements)]),
        work_mode_patterns=PatternSet(work_modes.values()),
    )


def in_local_dollars(pay: Pay | None, text: str, location: str = "") -> Pay | None:
    """Pay written with a bare "$" in the dollars (or pesos) of the one place the text
    names ("Toronto, Ontario, Canada": CAD), unless it names the US dollar; of several,
    the one of the job's `location`, or of the text's header ("Support · Sydney · Hybrid"
    over customers in Australia and New Zealand)."""
    if pay is None or pay.currency != "USD":
        return pay
    terms = _terms()
    if terms.us_dollar_home.search(text):
        return pay
    named = [code for code, place in terms.local_dollars.items() if place.search(text)]
    if len(named) > 1:
        # where the job is: its location, else the header over the text
        home = location or _header(text)
        named = [code for code in named if terms.local_dollars[code].search(home)]
    return replace(pay, currency=named[0]) if len(named) == 1 else pay


def _header(text: str) -> str:
    """The short lines over the text's first paragraph: title, employer, place."""
    paragraph = _PARAGRAPH_LINE.search(text)
    return text[: paragraph.start()] if paragraph else text


_PARAGRAPH_LINE = re.compile(r"^[^\n]{100,}", re.MULTILINE)


def _words_after(words: list[str]) -> re.Pattern[str]:
    """One of `words` within three words after an amount ("$800 home office stipend", "$52K
    (Glassdoor est.)"), none of them adding something to it ("USD 78,400 plus housing
    allowance" is the salary)."""
    return re.compile(
        r"\+?[ \t]*\(?(?:(?!(?:plus|with)\b)[\w.-]+[ \t]+){0,3}?(?:"
        + alternation(words, ignore_case=True)
        + r")\b",
        re.IGNORECASE,
    )


def _pay_pattern(symbol: str, code: str, units: str, adverbs: str, fixed: str) -> re.Pattern[str]:
    """An amount or a range, with its currency and period, written in any of these words."""
    scale = rf"[kK]|\s?(?:{'|'.join(_MILLION_WORDS)})\b|\s?(?:lpa|lakhs?|lacs?)\b"
    return re.compile(
        rf"(?P<cur1>{symbol}|{code}\s?)?\s?(?P<low>{_AMOUNT})\s?(?P<k1>{scale})?\+?"
        # A sign after the amount too, as most of Europe writes it ("38 000 € - 44 000 €").
        rf"(?:\s?(?P<code1>{code})|[ \t]?(?P<sign1>{symbol})(?![ \t]?\d))?"
        # Each end with its own period: "£32K/yr - £38K/yr".
        rf"(?:/\s?(?:{units})\b(?=\s?(?:-|–|—|to)\s?(?:{symbol})?\s?\d))?"
        rf"(?:\s?(?:-|–|—|to|and|en|y|e|a|à|et|und|bis|tot)\s?(?:(?:maximaal|maximum|max\.?|höchstens)\s)?"
        rf"(?P<cur2>{symbol}|{code}\s?)?\s?(?P<high>{_AMOUNT})\s?(?P<k2>{scale})?\+?)?"
        rf"(?:\s?(?P<code2>{code})|[ \t]?(?P<sign2>{symbol})(?![ \t]?\d))?"
        rf"(?P<period>(?:\s?(?:{_GROSS})\b)?(?:{_TAX_NOTE})?"
        rf"(?:(?:\s+or\s+more)?\s?(?:/|p/|per|an?|each|par|por|pro|al|im|ao|au)"
        rf"\s?(?:{units})\b|\s?\(?\b(?:{adverbs})\b\)?)"
        rf"|\s(?:gross\s*/\s*year)"
        # the project's price: "$450 fixed-price", "1.800,00 $⏎Festpreis", "$14,000 fixed for …",
        # "$4,000 – $6,000 · Fixed"
        rf"|\s*[,(·•]?\s*(?:{fixed})"
        rf"|\s*(?:[·•]\s*)?\bfixed\b(?!\s+(?:rate|hourly|per|salary|monthly|weekly))"
        # "$500 bounty", "— $2,000 budget #889": a contributor's price for the whole change
        rf"|[ \t]*\b(?:bounty|budget)\b(?![ \t]+(?:for|of|per|to)\b)"
        # "$2,800 flat": the whole project's price, not a flat rate per hour
        rf"|\s*\bflat(?:[- ]fee)?\b(?!\s*(?:rate|per|an?\b|/)))?",
        re.IGNORECASE,
    )


@dataclass(frozen=True)
class HoursPerWeek:
    min: float  # a whole number of hours as an int ("40"), a half as a float ("37.5")
    max: float


def find_pay(text: str) -> Pay | None:
    """The amount of money stated as pay, as a range with currency and period: on a
    "Salary:" line if there is one, else the first.

    The full pattern only runs near a currency sign or code: scanning every
    position of a long paste with it would take most of the analysis time.
    """
    first: Pay | None = None
    said = True
    for pay, labelled, period_said in _stated_pay(text):
        if labelled or first is None:
            first, said = pay, period_said
        if labelled:
            break
    if first is not None and first.currency == "USD":
        # "CA$60,000/yr - CA$75,000/yr" atop a page whose "Salary:" line says "$60,000 -
        # $75,000": the same amounts, the sign that says which dollar
        first = next(
            (
                replace(first, currency=pay.currency)
                for pay, _, _ in _stated_pay(text)
                if (pay.min, pay.max) == (first.min, first.max)
                and pay.currency in _terms().local_dollars
            ),
            first,
        )
    if first is not None and not said:
        # a header's bare "3.400 € – 3.950 €" (or "NGN 180,000 - 250,000", guessed yearly)
        # that the text states again "brutto pro Monat"
        same = (first.min, first.max, first.currency)
        first = next(
            (
                pay
                for pay, _, period_said in _stated_pay(text)
                if period_said and (pay.min, pay.max, pay.currency) == same
            ),
            first,
        )
    return first


def names_pay(text: str) -> bool:
    """Whether the text names pay with a pay label's word ("Salary & Benefits")."""
    return _terms().pay_word.search(text) is not None


def _stated_pay(text: str) -> Iterator[tuple[Pay, bool, bool]]:
    """Each amount stated as pay, in text order, whether a pay label names it, and whether
    the text gives its period (not guessed from its size)."""
    terms = _terms()
    hints = (
        hint
        for hint in terms.currency_hint.finditer(text)
        if len(hint.group()) == 1
        or hint.group().casefold() in terms.code_names
        or hint.group().casefold() in terms.currencies  # a sign in letters: "Rp", "RM"
        or _LAKHS.fullmatch(hint.group())
    )
    for hint in islice(hints, _MAX_PAY_HINTS):
        window_start, window_end = max(0, hint.start() - 24), hint.end() + 48
        for found in terms.pay.finditer(text, window_start, window_end):
            match = found
            if found.end() + _PAY_TAIL >= window_end:
                # read whole past the window's end ("A$110K - A$125K /yr" cut after "A$110K")
                match = terms.pay.match(text, found.start(), found.start() + _PAY_REACH) or found
            pay = _pay(match, text)
            if pay is None:
                continue
            line_start = text.rfind("\n", 0, match.start()) + 1
            labelled = _labelled(text, match.start()) or _labelled_above(text, line_start)
            yield _risen(pay, match, text), labelled, _said_period(match, text) is not None
            break


def _labelled_above(text: str, line_start: int) -> bool:
    """Whether the line above the one at `line_start` is a pay label alone ("Salary")."""
    if line_start < 2:
        return False
    above = text.rfind("\n", 0, line_start - 1) + 1
    return _terms().pay_label_line.fullmatch(text, above, line_start - 1) is not None


def _risen(pay: Pay, match: re.Match[str], text: str) -> Pay:
    """ "$18 an hour, rising to $20 after training": the later amount tops the range."""
    terms = _terms()
    sentence_end = min(
        (i for i in (text.find(". ", match.end()), text.find("\n", match.end())) if i >= 0),
        default=len(text),
    )
    rise = terms.rising_pay.search(text, match.end(), min(sentence_end, match.end() + 80))
    if rise is None or pay.period is None:
        return pay
    later = terms.pay.search(text, rise.end(), rise.end() + 40)
    if later is None:
        return pay
    # "$7/hr with a raise to $9 after 60 days": the later amount is paid by the same period
    higher = _pay(later, text) or _in_the_same_terms(later, pay, text)
    if higher is None:
        return pay
    if (higher.currency, higher.period) == (pay.currency, pay.period) and higher.max > pay.max:
        return Pay(pay.min, higher.max, pay.currency, pay.period)
    return pay


def _in_the_same_terms(match: re.Match[str], pay: Pay, text: str) -> Pay | None:
    """The amount a match states, in the currency and period of `pay`, when it states
    no period of its own and is no perk ("then a $2,000 signing bonus") nor a leap."""
    if match.group("low") is None or match.group("period") or _currency(match) != pay.currency:
        return None
    amount = _number(match.group("low"), match.group("k1") or match.group("k2"))
    if amount > pay.max * _MAX_RISE or _not_pay_after(text, match.end()):
        return None
    return Pay(amount, amount, pay.currency, pay.period)


_MAX_RISE = 2  # a raise more than doubling the pay is some other sum


def _pay(match: re.Match[str], text: str) -> Pay | None:
    currency = _currency(match)
    if currency is None and _LAKHS.match(match.group("k1") or match.group("k2") or ""):
        currency = "INR"  # "3-5.5 Lacs P.A.": only rupees are counted in lakhs
    if currency is None or match.group("low") is None:
        return None
    low = _number(match.group("low"), match.group("k1") or match.group("k2"))
    high = _number(match.group("high"), match.group("k2")) if match.group("high") else low
    if low < 1000 <= high and low * 1000 <= high:
        low *= 1000  # "£85-125,000": the thousands are written once
    if low <= 0 or high < low:
        return None
    end = match.start() + len(match.group().rstrip())
    glued = text[end : end + 1]
    if glued.isalpha() and not match.group("period") and not _CENTS.search(match.group("low")):
        return None  # "$107M", "$600B": a company's figures, not pay ("$50.00Posted On" is)
    if _terms().board_estimate_after.match(text, match.end()):
        return None  # "$52K - $71K (Glassdoor est.)": the board's guess, not the employer's pay
    period = _period(match, text, high)
    if period is None and (high < 100 or _not_pay_after(text, match.end())):
        return None  # "$3" on its own is rarely pay; "$800 stipend" is a perk
    if not match.group("period") and _terms().company_figure.match(text, match.end()):
        return None  # "SEK 900 million in revenue": the company's, whatever its size
    if _terms().perk.match(text, match.end()):
        return None  # "£1,000 yearly wellbeing and learning budget"
    # a label on the line or over it ("Stipend⏎₹ 15,000 /month": an intern's pay) says it is
    line_start = text.rfind("\n", 0, match.start()) + 1
    labelled = _labelled(text, match.start()) or _labelled_above(text, line_start)
    if _not_pay_before(text, match.start()) and not labelled:
        return None  # "Intensivzulage von 46,02 € monatlich", "a training budget of $1,000"
    if not (match.group("period") or labelled) and _in_millions(match, text, line_start):
        return None  # "we have lent $800 million": the company's figure; a salary says so
    return Pay(low, high, currency, period)


def _in_millions(match: re.Match[str], text: str, line_start: int) -> bool:
    """Whether the amount is in millions and its line names no pay before it ("Annual
    salary: ¥6.8 million" is pay)."""
    return any(
        (scale or "").strip().casefold() == "million" for scale in match.group("k1", "k2")
    ) and not _terms().pay_word.search(text, line_start, match.start())


def _labelled(text: str, start: int) -> bool:
    """Whether the amount at `start` is on a pay label's line ("Stipend: SEK 14 000 …")."""
    line_start = text.rfind("\n", 0, start) + 1
    return _terms().pay_label.match(text, line_start, start) is not None


def _not_pay_before(text: str, start: int) -> bool:
    """Whether the words right before an amount name a perk or a figure of the company."""
    return _terms().not_pay_before.search(text, max(0, start - 40), start) is not None


def _not_pay_after(text: str, end: int) -> bool:
    """Whether words right after an amount say it is a perk or a figure about the company."""
    return _terms().not_pay_after.match(text, end, end + 60) is not None


def _currency(match: re.Match[str]) -> str | None:
    # A bare "$" is any dollar: a code after the amount says which ("$58,000 CAD").
    bare = match.group("cur1") == "$"
    order = ("code1", "code2", "cur1") if bare else ("cur1", "cur2", "code1", "sign1", "code2")
    for name in (*order, "cur2", "sign1", "sign2"):
        if value := match.group(name):
            return _terms().currencies.get(value.strip().casefold())
    return None


def _number(amount: str, scale: str | None) -> float:
    if _EUROPEAN_CENTS.fullmatch(amount):
        amount = amount.replace(".", "").replace(",", ".")
    digits = re.sub(r"[,\s'’]", "", amount)
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", digits):
        digits = digits.replace(".", "")  # "5.000" written the European way
    value = float(digits)
    if not scale:
        return value
    word = scale.strip().casefold()
    if word in _MILLION_WORDS:
        return value * 1_000_000
    return value * (1000 if word == "k" else 100_000)


def _period(match: re.Match[str], text: str, high: float) -> PayPeriod | None:
    """The period the text gives the amount, else a yearly one guessed from its size."""
    if said := _said_period(match, text):
        return said
    if _a_months_salary(high, _currency(match) or ""):
        return PayPeriod.MONTH  # "R$ 9.000 a 12.000 CLT": Brazil states a salary by the month
    if match.group("k1") or match.group("k2") or high >= 20_000:
        return PayPeriod.YEAR
    return None


_CENTS = re.compile(r"[.,]\d\d$")
_WHOLE_PRICE_WORD = re.compile(r"fixed|flat|bounty|budget", re.IGNORECASE)


def _said_period(match: re.Match[str], text: str) -> PayPeriod | None:
    """The period written beside the amount or in the label before it."""
    terms = _terms()
    word = match.group("period")
    if word and (terms.fixed_price.search(word) or _WHOLE_PRICE_WORD.search(word)):
        # "3 LPA to 5.5 LPA fixed" is the fixed part of a yearly salary, not a project's price
        if not re.match(r"\s?l", match.group("k2") or match.group("k1") or "", re.I):
            return PayPeriod.PROJECT
    elif word:
        key = re.sub(r"[\W\d_]", " ", word.casefold()).split()[-1]
        return terms.periods.get(key, PayPeriod.YEAR if "year" in word.casefold() else None)
    before = text[max(0, match.start() - 40) : match.start()]
    if terms.project_price_before.search(before):
        return PayPeriod.PROJECT
    if label := terms.period_label.search(before):
        return terms.periods[(label.group(1) or label.group(2)).casefold()]
    return None


def find_hours_per_week(text: str) -> HoursPerWeek | None:
    if not _WEEK.found_in(text):
        return None  # the full pattern tries every position; most texts have no "week"
    match = _HOURS_PER_WEEK.search(text)
    if match is None:
        compound = _HOURS_WEEK_COMPOUND.search(text)
        hours = hours_number(compound.group(1)) if compound else None
        return HoursPerWeek(hours, hours) if hours is not None else None
    low = hours_number(match.group(2))
    high = hours_number(match.group(3)) if match.group(3) else low
    if match.group(1):
        return HoursPerWeek(0, low)
    return HoursPerWeek(low, max(low, high))


def find_remote_policy(text: str) -> WorkMode | None:
    """The work mode the posting states; None when silent."""
    terms = _terms()
    found = terms.work_mode_patterns.over(text)
    for mode in (WorkMode.HYBRID, WorkMode.REMOTE, WorkMode.ONSITE):
        if found.search(terms.work_modes[mode]):
            return mode
    return None


def find_location(text: str, header_parts: list[str], place: str = "") -> str | None:
    """A "Location:" line, the `place` after the company under the title, a place in a
    header line, or "remotely from X" in prose."""
    terms = _terms()
    if match := terms.location_label.search(text):
        return match.group(1).strip(" *")
    if place:
        return place
    for part in header_parts:
        if any(pattern.search(part) for pattern in terms.work_modes.values()):
            return part
    if match := _LOCATION_PROSE.search(text):
        return match.group(1).strip(" ,.")
    return None


def names_contract_work(title: str) -> bool:
    """Whether a job title says the work is a contract or freelance ("Support Contractor")."""
    return _terms().contract_titles.search(title) is not None


def names_an_internship(title: str) -> bool:
    """Whether a job title names an internship ("Software Engineering Intern - Summer")."""
    return _terms().internship_titles.search(title) is not None


def engagements_named(label: str) -> set[Engagement]:
    """The kinds of work a short label names: a poster's tags may tick more than one."""
    terms = _terms()
    found = terms.engagement_patterns.over(label)
    return {engagement for engagement, pattern in terms.engagements if found.search(pattern)}


_SHORT_LINE = re.compile(r"^[ \t]*[\w-]+(?:[ \t]+[\w-]+)?[ \t]*$", re.MULTILINE)
_ENGAGEMENT_FIELD = re.compile(
    r"^[ \t]*(?:employment|job|work|position|engagement)(?:[ \t]+type)?[ \t]*:[ \t]*"
    r"([^\n]{1,60})$",
    re.MULTILINE | re.IGNORECASE,
)


def find_engagement(text: str, *, freelance_source: bool, pay: Pay | None) -> Engagement | None:
    terms = _terms()
    text = text.replace("**", "")  # a chat's bold label: "**Type:** Contract"
    found = terms.engagement_patterns.over(text)
    freelance = freelance_source or bool(found.search(terms.freelance))
    hourly = pay is not None and pay.period == PayPeriod.HOUR
    if found.search(terms.fixed_price) and not hourly:
        return Engagement.FREELANCE_FIXED
    if freelance and hourly:
        return Engagement.FREELANCE_HOURLY
    # A field's value on a line of its own ("Full-time" under the salary) says what the
    # work is; prose may name another's ("a part-time videographer on the team").
    stated = engagements_named("\n".join(_SHORT_LINE.findall(text)))
    if len(stated) == 1:
        return stated.pop()
    # or a field's value after its label ("Employment type: Ongoing, Full-time"); a contract
    # type says for how long ("Permanent"), not the hours
    labelled = engagements_named("\n".join(_ENGAGEMENT_FIELD.findall(text)))
    if len(labelled) == 1:
        return labelled.pop()
    for engagement, pattern in terms.engagements:
        if found.search(pattern):
            return engagement
    fixed = pay is not None and pay.period == PayPeriod.PROJECT
    if freelance or fixed:  # a price for the whole work ("$450 flat") is a freelance project
        return Engagement.FREELANCE_FIXED if fixed else Engagement.CONTRACT
    return None


# A record's field on its own line, as a scraper or a dataset writes it: "hourlyBudgetMin:
# 35", "fixed_price: 250", "Hourly Max: 15", "salary_currency: GBP".
_LABELLED_FIELD = re.compile(
    r"^[ \t]*([A-Za-z][A-Za-z_ ]{1,40}?)[ \t]*:[ \t]*([^\n]*?)[ \t]*$", re.M
)
_CAMEL_HUMP = re.compile(r"(?<=[a-z])(?=[A-Z])")
_FIELD_NUMBER = r"\$?\s?(\d[\d,]*(?:\.\d+)?)"
_FIELD_AMOUNT = re.compile(_FIELD_NUMBER)
_FIELD_RANGE = re.compile(rf"{_FIELD_NUMBER}\s?[-–]\s?{_FIELD_NUMBER}")
_COUNTRY_OPENING = re.compile(r"([A-Z]{2})\s*,")
# The fields under a pay's own key ("salary:" / "  min: 450000" / "  currency: NGN").
_NESTED_PAY_KEYS = frozenset(
    {"min", "max", "minimum", "maximum", "low", "high", "from", "to", "currency", "period"}
    | {"unit", "value", "amount"}
)
_CURRENCY_CODE = re.compile(r"[A-Z]{3}")
_LOW_WORDS = frozenset({"min", "minimum", "low", "from", "lower"})
_HIGH_WORDS = frozenset({"max", "maximum", "high", "to", "upper"})
# What the client spent or paid others, beside the job's own budget, is no pay.
_NOT_THIS_JOB = frozenset({"spent", "total", "paid", "avg", "average", "client"})
_FIELD_PERIODS = (
    (frozenset({"hourly", "rate", "wage"}), PayPeriod.HOUR),
    (frozenset({"budget", "fixed", "price"}), PayPeriod.PROJECT),
    (frozenset({"salary", "pay", "compensation"}), None),
)
_PERIOD_VALUES = {
    "hour": PayPeriod.HOUR,
    "hourly": PayPeriod.HOUR,
    "day": PayPeriod.DAY,
    "daily": PayPeriod.DAY,
    "week": PayPeriod.WEEK,
    "weekly": PayPeriod.WEEK,
    "month": PayPeriod.MONTH,
    "monthly": PayPeriod.MONTH,
    "year": PayPeriod.YEAR,
    "yearly": PayPeriod.YEAR,
    "annual": PayPeriod.YEAR,
    "annually": PayPeriod.YEAR,
}


def pay_in_fields(text: str, *, dollars: bool = False) -> Pay | None:
    """The pay a record's fields give in numbers ("hourly_low: 30.0" and "hourly_high:
    50.0", "fixed_price: 250", "salary_min: 48000" with "salary_currency: GBP" and
    "salary_period: YEARLY"); None when they name no currency and the work is not on a
    platform that pays in dollars (`dollars`)."""
    bounds: dict[PayPeriod | None, dict[str, float]] = {}
    currency, period, country = "", None, ""
    parent: set[str] = set()  # "salary:" over its own "min:", "max:" and "currency:"
    for match in islice(_LABELLED_FIELD.finditer(text), _MAX_RECORD_FIELDS):
        words = set(_CAMEL_HUMP.sub(" ", match.group(1)).lower().replace("_", " ").split())
        value = match.group(2)
        if not value:
            parent = words
            continue
        parent = parent if words <= _NESTED_PAY_KEYS else set()
        words |= parent
        if words & {"location", "country"} and (code := _COUNTRY_OPENING.match(value)):
            country = country or code.group(1)  # a dataset's "US, TX, Austin"
        if "currency" in words and _CURRENCY_CODE.fullmatch(value):
            currency = value
        elif words & {"period", "unit"}:
            period = _PERIOD_VALUES.get(value.lower(), period)  # "YEARLY", "hour"
        elif not words & _NOT_THIS_JOB and (amounts := _field_amounts(value)):
            kinds = [kind for names, kind in _FIELD_PERIODS if words & names]
            if not kinds or not amounts[0]:
                continue  # "rating: 4.9", or an hourly job's "budget: 0"
            ends = bounds.setdefault(kinds[0], {})
            if len(amounts) == 2:  # a dataset's "salary_range: 24000-28000"
                ends["low"], ends["high"] = amounts
            else:
                bound = "low" if words & _LOW_WORDS else "high" if words & _HIGH_WORDS else "one"
                ends[bound] = amounts[0]
            currency = currency or ("USD" if value.startswith("$") else "")
    currency = (
        currency or ("USD" if dollars else "") or _terms().country_currencies.get(country, "")
    )
    for kind in (PayPeriod.HOUR, PayPeriod.PROJECT, None):
        found = bounds.get(kind)
        if not found or not currency:
            continue
        low = found.get("low", found.get("one", found.get("high")))
        high = found.get("high", found.get("one", low))
        if low is not None and high is not None:
            low, high = min(low, high), max(low, high)
            return Pay(low, high, currency, kind or period or _period_by_size(high, currency))
    return None


_YEARLY_FROM = 10_000  # a bare range this high is a year's salary; under _HOURLY_UNDER, an hour's
_HOURLY_UNDER = 200


def _period_by_size(high: float, currency: str) -> PayPeriod:
    """A bare range's period, guessed from its size: "24000-28000" a year's, "23-26" an
    hour's, "900-1200" a month's (a salary where it is stated by the month, in its range)."""
    if _a_months_salary(high, currency):
        return PayPeriod.MONTH
    if high >= _YEARLY_FROM:
        return PayPeriod.YEAR
    return PayPeriod.HOUR if high < _HOURLY_UNDER else PayPeriod.MONTH


def _a_months_salary(high: float, currency: str) -> bool:
    """Whether the amount is a salary by the month where the currency's country states one
    so ("R$ 9.000", "Rp 5.300.000")."""
    low, top = _terms().monthly_currencies.get(currency, (0.0, 0.0))
    return low <= high < top


def _field_amounts(value: str) -> list[float]:
    """A field's amount, or the two ends of its range ("24000-28000"); none for a date."""
    found = _FIELD_AMOUNT.fullmatch(value) or _FIELD_RANGE.fullmatch(value)
    return [float(amount.replace(",", "")) for amount in found.groups()] if found else []


_MAX_RECORD_FIELDS = 200
