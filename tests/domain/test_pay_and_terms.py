"""Pay and engagement as postings from many countries and boards write them."""

import pytest

from desktop.domain.reading.analysis import analyze_posting
from desktop.domain.reading.fields import (
    Engagement,
    Pay,
    PayPeriod,
    WorkMode,
    find_engagement,
    find_hours_per_week,
    find_pay,
    find_remote_policy,
)


@pytest.mark.parametrize(
    ("text", "pay"),
    [
        ("Package: €48k–€61k plus bonus", Pay(48_000, 61_000, "EUR", "year")),
        ("Day rate £350/day, outside IR35", Pay(350, 350, "GBP", "day")),
        ("We pay USD 32/hr for reviewed work", Pay(32, 32, "USD", "hour")),
        ("$240.00 Fixed-price", Pay(240, 240, "USD", "project")),
        ("$95.00\n\nFixed-price\nExpert", Pay(95, 95, "USD", "project")),
        ("6 to 8 million JPY or more per annum", Pay(6_000_000, 8_000_000, "JPY", "year")),
        ("Salary: R 28 500 - R 33 000 per month", Pay(28_500, 33_000, "ZAR", "month")),
        ("Rate: R72 per hour, weekends R90", Pay(72, 72, "ZAR", "hour")),
        ("Presupuesto: USD 800 - 1.500", Pay(800, 1_500, "USD", "project")),
        ("TJM : 480 € – 560 €", Pay(480, 560, "EUR", "day")),
        ("Tagessatz: 720 €", Pay(720, 720, "EUR", "day")),
        ("Landing page redesign\n$1,800 – $2,400 · Fixed", Pay(1_800, 2_400, "USD", "project")),
    ],
)
def test_pay_written_with_other_currencies_periods_and_a_fixed_price(text, pay):
    assert find_pay(text) == pay


@pytest.mark.parametrize(
    "text",
    [
        "We closed a $42M round last spring.",
        "Every teammate gets a $650 home office stipend.",
        "Enjoy an annual $1,200 learning budget.",
        "We sell into a $900B market.",
        "A $300 wellness allowance each quarter.",
        "Nachtzulage von 38,50 € monatlich",
        # a seller's target or pipeline is no pay
        "You have carried a $750K+ quota for two years.",
        "You built a $400K pipeline in your last role.",
    ],
)
def test_perks_and_company_figures_are_not_pay(text):
    assert find_pay(text) is None


@pytest.mark.parametrize(
    "text",
    ["Analyse the data in R 4.3 or Python.", "Certified to R638 and HACCP.", "Skills: R, SQL"],
)
def test_the_letter_r_before_a_number_that_is_no_pay_is_no_rand(text):
    assert find_pay(text) is None


def test_an_amount_the_text_names_as_the_budget_is_still_pay():
    assert find_pay("We have a $400 budget for the new menu boards.") == Pay(400, 400, "USD", None)


def test_a_labelled_salary_line_wins_over_an_amount_in_the_headline():
    text = "Platform Engineer $150k\n\nRemote, Canada\n\nSalary: $130k - $155k\n"
    assert find_pay(text) == Pay(130_000, 155_000, "USD", "year")


def test_pay_that_rises_later_in_the_sentence_tops_the_range():
    text = "You start at $21 an hour and then move to $24 an hour once trained."
    assert find_pay(text) == Pay(21, 24, "USD", "hour")
    other = "You start at $21 an hour. Seniors then earn £30 a day."
    assert find_pay(other) == Pay(21, 21, "USD", "hour")


@pytest.mark.parametrize(
    ("text", "engagement"),
    [
        ("Type: Contract - W2\nLocation: Denver", "contract"),
        # a chat's bold label
        ("**Type:** Contract, ~20 hrs/week\n**Where:** anywhere", "contract"),
        ("Duration: 9 months\nHours: 20 hours/week", "contract"),
        ("UX Writer - Contract to Hire", "contract"),
        ("A fixed-term role covering parental leave.", "contract"),
        ("Dental cover for full-time U.S. employees.", None),
        ("Prior freelance experience is welcome.", None),
        ("Freelance or agency experience with Shopify is required.", None),
        ("You bring two years of freelance client work experience.", None),
        ("This is a freelance gig, experience with Figma needed.", "contract"),
        ("This is a full-time position.", "full-time"),
    ],
)
def test_engagement_labels_and_words_that_only_look_like_one(text, engagement):
    assert find_engagement(text, freelance_source=False, pay=None) == engagement


def test_a_title_that_names_a_contractor_makes_hourly_pay_freelance():
    text = "Night Shift Moderation Contractor\n\nWe pay $19 per hour, part-time evenings."
    assert analyze_posting(text).engagement == "freelance-hourly"


def test_a_perk_named_a_few_words_after_its_amount_is_not_pay():
    assert find_pay("We give each of you a $1,500 self-development budget every year.") is None
    assert find_pay("Use our $800 annual conference budget as you like.") is None
    assert find_pay("I have a $300 budget for this logo.") == Pay(300, 300, "USD", None)


def test_a_contract_label_over_permanent_is_no_contract():
    text = "Ward Clerk\n\nContract\nPermanent\nWorking pattern\nFull time\n\nYou run the desk.\n"
    assert analyze_posting(text).engagement == Engagement.FULL_TIME


def test_an_engagement_on_a_line_of_its_own_outweighs_one_in_the_prose():
    text = (
        "Events Producer\nHarbourlight Trust\n$70K/yr - $82K/yr\nFull-time\n\n"
        "You will brief a part-time photographer and two volunteers for each event.\n"
    )
    assert analyze_posting(text).engagement == Engagement.FULL_TIME


@pytest.mark.parametrize(
    "title", ["Praktikum Vertrieb (m/w/d)", "Estágio em Design Gráfico", "Prácticas de Marketing"]
)
def test_an_internship_named_in_german_portuguese_or_spanish(title):
    text = f"{title}\nKlarfeld GmbH\nVollzeit\n\nDu unterstützt unser Team.\n"
    assert analyze_posting(text).engagement == Engagement.INTERNSHIP


@pytest.mark.parametrize(
    ("text", "pay"),
    [
        (
            "Benefits\n- Tuition support up to $8,000 a year\n\nSalary\n$21.00 - $26.50 per hour\n",
            Pay(21.0, 26.5, "USD", PayPeriod.HOUR),
        ),
        (
            "Was wir bieten\n– 1.150 € brutto im Monat\n",
            Pay(1150.0, 1150.0, "EUR", PayPeriod.MONTH),
        ),
        (
            "Cover art for my novel - $900 flat, paid on delivery.\n",
            Pay(900.0, 900.0, "USD", PayPeriod.PROJECT),
        ),
        (
            "The range for this role is $71,000 - $79,000 CAD a year.\n",
            Pay(71000.0, 79000.0, "CAD", PayPeriod.YEAR),
        ),
    ],
)
def test_pay_labelled_above_written_abroad_flat_or_with_its_code_after(text, pay):
    assert find_pay(text) == pay


@pytest.mark.parametrize(
    ("text", "pay"),
    [
        ("Stundenlohn: 17,35 € pro Stunde\n", Pay(17.35, 17.35, "EUR", PayPeriod.HOUR)),
        ("2 - 5 years\n4-6.5 Lacs P.A.\nPune\n", Pay(400000.0, 650000.0, "INR", PayPeriod.YEAR)),
        (
            "Last year we passed SEK 400 million in revenue.\nStipend: SEK 12 500 per month\n",
            Pay(12500.0, 12500.0, "SEK", PayPeriod.MONTH),
        ),
        (
            "Revenue $5 to $25 million (USD)\n\nBase pay range\nA$96K - A$104K /yr (Employer)\n",
            Pay(96000.0, 104000.0, "AUD", PayPeriod.YEAR),
        ),
        (
            "Your annual net salary is USD 61,200 plus housing allowance.\n",
            Pay(61200.0, 61200.0, "USD", PayPeriod.YEAR),
        ),
    ],
)
def test_pay_in_cents_lakhs_spaces_and_beside_a_companys_figures(text, pay):
    assert find_pay(text) == pay


@pytest.mark.parametrize(
    "text",
    [
        "Private healthcare and a £800 yearly wellbeing and learning budget.\n",
        "Schichtzulage von 38,50 € monatlich.\n",
        "A training budget of $1,500 a year for courses.\n",
        "Support for your studies (worth ca. 7.000 €).\n",
        "- Gym card (fitness allowance) of 4,500 NOK per year\n",
    ],
)
def test_perks_before_or_after_an_amount_are_no_pay(text):
    assert find_pay(text) is None


def test_a_boards_salary_estimate_is_no_pay():
    text = (
        "Gehaltsinformationen\nDas Gehalt für Pflegefachkraft in Bonn liegt zwischen "
        "3.100 € und 4.000 €.\n"
    )
    assert find_pay(text) is None


@pytest.mark.parametrize(
    "text",
    ["Télétravail partiel · 2 jours/semaine sur site", "Modelo híbrido: 3 días en la oficina"],
)
def test_hybrid_work_written_in_french_or_spanish(text):
    from desktop.domain.reading.fields import find_remote_policy

    assert find_remote_policy(text) == "hybrid"


@pytest.mark.parametrize(
    ("text", "pay"),
    [
        ("Orçamento: Por hora: R$ 30 - 45", Pay(30, 45, "BRL", PayPeriod.HOUR)),
        ("Presupuesto: Por hora: USD 12 - 20", Pay(12, 20, "USD", PayPeriod.HOUR)),
        ("Tarif par jour : 450 - 600 €", Pay(450, 600, "EUR", PayPeriod.DAY)),
        ("Vergütung pro Monat: 3.800 €", Pay(3800, 3800, "EUR", PayPeriod.MONTH)),
    ],
)
def test_a_period_phrase_in_another_language_labels_the_amount_after_it(text, pay):
    assert find_pay(text) == pay


def test_a_freelance_sites_name_as_the_pastes_first_line_makes_the_work_freelance():
    text = (
        "Workana\nEncontrar trabalho\n\nRevisão de textos para blog de culinária\n\n"
        "Por hora: R$ 20 - 30\nDisponibilidade requerida: Meio período\n\n"
        "Preciso de alguém para revisar 10 textos por semana.\n"
    )
    assert analyze_posting(text).engagement == Engagement.FREELANCE_HOURLY


@pytest.mark.parametrize("price", ["$450 flat", "€600 flat fee", "Budget: $800 fixed price"])
def test_a_price_for_the_whole_work_makes_it_a_freelance_project(price):
    text = (
        f"[Hiring] Cover art for a fantasy novel\n\nPay: {price}\n\n"
        "I need a painted cover and a spine for a paperback.\n"
    )
    assert analyze_posting(text).engagement == Engagement.FREELANCE_FIXED


@pytest.mark.parametrize(
    ("text", "pay"),
    [
        # Italian net pay a month, and a Polish contractor's rate before VAT, by the month
        ("Stipendio: 1.300 € netti al mese, part-time.", (1300, 1300, "EUR", PayPeriod.MONTH)),
        (
            "Stawka: 15 000 – 19 000 PLN netto + VAT miesięcznie (B2B).",
            (15000, 19000, "PLN", PayPeriod.MONTH),
        ),
        # dollars of the country an address's domain names
        (
            "Vet nurse, $28–$31 per hour. Send your CV to jobs@harbourvets.com.au",
            (28, 31, "AUD", PayPeriod.HOUR),
        ),
        # a currency's code only beside an amount: "CAD" on its own is drafting software
        (
            "Salary: $95K – $120K. A background in CAD drafting is a plus.",
            (95000, 120000, "USD", PayPeriod.YEAR),
        ),
    ],
)
def test_pay_periods_and_dollars_of_an_eighth_set(text, pay):
    found = analyze_posting(text).pay
    assert found is not None
    assert (found.min, found.max, found.currency, found.period) == pay


@pytest.mark.parametrize(
    ("text", "pay"),
    [
        # Swiss thousands, Polish złoty by the month, a Dutch "minimaal … en maximaal …"
        ("Lohn: CHF 88'000–96'000 pro Jahr", (88000, 96000, "CHF", PayPeriod.YEAR)),
        ("Wynagrodzenie: 9 000–11 000 zł brutto / mies.", (9000, 11000, "PLN", PayPeriod.MONTH)),
        (
            "Salaris: minimaal €2.900 en maximaal €3.600 bruto per maand",
            (2900, 3600, "EUR", PayPeriod.MONTH),
        ),
        # a French day rate before tax, a Portuguese project budget, Polish pay by the day
        ("TJM : 400 € – 480 € HT / jour", (400, 480, "EUR", PayPeriod.DAY)),
        ("Orçamento: R$ 2.500 - 4.000", (2500, 4000, "BRL", PayPeriod.PROJECT)),
        ("Stawka 250–400 zł dziennie", (250, 400, "PLN", PayPeriod.DAY)),
    ],
)
def test_pay_of_a_ninth_set(text, pay):
    found = find_pay(text)
    assert found is not None
    assert (found.min, found.max, found.currency, found.period) == pay


@pytest.mark.parametrize(
    "text",
    [
        "Anställning: Heltid, tillsvidare",
        "Ansættelse: fast stilling, fuldtid",
        "Wymiar: pełny etat",
    ],
)
def test_full_time_in_swedish_danish_and_polish(text):
    assert find_engagement(text, freelance_source=False, pay=None) == Engagement.FULL_TIME


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("Arbeitszeit: 38 Stunden/Woche", (38, 38)),
        ("Contrat de 35 heures par semaine", (35, 35)),
        ("Jornada de 30 horas semanales", (30, 30)),
        ("Começa com 20h semanais", (20, 20)),
        ("Contract voor 24-32 uur per week", (24, 32)),
        ("Wir bieten eine 38-Stunden-Woche", (38, 38)),
        ("Benefits: a 40-hour work week, no weekends", (40, 40)),
        # a half hour belongs to its number: the UK's 37.5, a part-time 22.5
        ("Hours: 37.5 hours per week, Monday to Friday", (37.5, 37.5)),
        ("Part-time, 22.5 hrs/week across three days", (22.5, 22.5)),
        ("Wochenarbeitszeit: 39,5 Stunden pro Woche", (39.5, 39.5)),
    ],
)
def test_hours_a_week_in_other_languages(text, hours):
    found = find_hours_per_week(text)
    assert found is not None
    assert (found.min, found.max) == hours


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("Nantes (Hybride)", WorkMode.HYBRID),
        ("Valencia · Híbrido · Indefinido", WorkMode.HYBRID),
        ("Praca zdalna, pełny etat", WorkMode.REMOTE),
        ("Göteborg · På plats", WorkMode.ONSITE),
        # a home-office stipend says nothing of where the work is
        ("We reimburse a home office stipend of $500.", None),
    ],
)
def test_work_modes_in_other_languages(text, mode):
    assert find_remote_policy(text) == mode


@pytest.mark.parametrize(
    ("text", "pay"),
    [
        # a project's price in other languages, and "fixed" alone after an amount
        ("Vergütung: 2.400,00 €\nFestpreis", (2400, 2400, "EUR", PayPeriod.PROJECT)),
        ("Pagamento: R$ 3.000 (preço fixo)", (3000, 3000, "BRL", PayPeriod.PROJECT)),
        ("I can pay $6,500 fixed for the first version.", (6500, 6500, "USD", PayPeriod.PROJECT)),
        # but "fixed" after a yearly Indian salary is its fixed part, not a price
        ("CTC: 4 LPA to 6 LPA fixed + incentives", (400_000, 600_000, "INR", PayPeriod.YEAR)),
        # a period word in brackets, and pesos named by a Mexican city
        (
            "Sueldo: $12,000 (Mensual). Sucursal Zapopan, Jalisco.",
            (12000, 12000, "MXN", PayPeriod.MONTH),
        ),
    ],
)
def test_pay_of_a_tenth_set(text, pay):
    found = analyze_posting(text).pay
    assert found is not None
    assert (found.min, found.max, found.currency, found.period) == pay


def test_a_job_boards_price_for_employers_is_no_pay():
    text = (
        "Remote Technical Writer\nPost a remote job $299\n\n"
        "Salary: $70k - $85k a year\nWrite our API guides.\n"
    )
    assert analyze_posting(text).pay == Pay(70_000, 85_000, "USD", "year")


def test_a_boards_estimated_salary_in_german_gives_way_to_the_stated_pay():
    text = (
        "Pflegefachkraft Intensiv\nGeschätztes Gehalt: 41.000 € - 49.000 €/Jahr\n\n"
        "Wir bieten\nVergütung nach Tarif: 3.700 € bis 4.300 € brutto monatlich\n"
    )
    assert analyze_posting(text).pay == Pay(3700, 4300, "EUR", "month")


@pytest.mark.parametrize(
    ("text", "pay"),
    [
        # a board's own estimate is no pay; an employer's is
        ("Night Porter\n$38K - $44K (Glassdoor est.)\nEasy Apply\n", None),
        (
            "Night Porter\n$38K - $44K (Employer est.)\nEasy Apply\n",
            Pay(38_000, 44_000, "USD", "year"),
        ),
        # riyals by their code; New Mexico is in the United States
        ("Monthly salary SAR 7,000 - 8,500 plus housing", Pay(7000, 8500, "SAR", "month")),
        (
            "Base $70k – $90k. Our customers are in Texas and New Mexico.",
            Pay(70_000, 90_000, "USD", "year"),
        ),
        # a header's bare range takes the period the text gives it again
        (
            "Mechatroniker (m/w/d)\n3.100 € – 3.600 €\n\nWir bieten\n- 3.100 € – 3.600 € brutto "
            "pro Monat\n",
            Pay(3100, 3600, "EUR", "month"),
        ),
        # a board's salary estimates section under the posting
        (
            "Forklift Driver\nWe need a reach truck driver.\n\nSalary estimates\n"
            "Forklift Driver in Reno, NV\n$38K - $45K /yr\n",
            None,
        ),
    ],
)
def test_pay_of_a_twelfth_set(text, pay):
    assert analyze_posting(text).pay == pay


@pytest.mark.parametrize(
    ("text", "pay"),
    [
        ("The day rate is £420–£460 outside IR35.", Pay(420, 460, "GBP", "day")),
        ("Hourly rate of $38-$44 for the right person.", Pay(38, 44, "USD", "hour")),
    ],
)
def test_a_period_rate_named_in_a_sentence_before_the_amount(text, pay):
    assert find_pay(text) == pay


@pytest.mark.parametrize(
    ("text", "pay"),
    [
        # a Finnish month, a New Zealand town's dollars, an intern's stipend under its label
        ("Palkka: 2 800 – 3 100 € / kk", Pay(2800, 3100, "EUR", "month")),
        ("Tauranga, Bay of Plenty\nPay: $31 - $36 per hour", Pay(31, 36, "NZD", "hour")),
        ("Stipend\n₹ 12,000 /month\nApply By\n30 Jun", Pay(12_000, 12_000, "INR", "month")),
        # a header's range guessed yearly by its size, stated monthly further down
        (
            "Lagos  Full Time\nNGN 150,000 - 220,000\n\nRemuneration\n₦150,000 – ₦220,000 "
            "monthly (gross)\n",
            Pay(150_000, 220_000, "NGN", "month"),
        ),
    ],
)
def test_pay_of_a_thirteenth_set(text, pay):
    assert analyze_posting(text).pay == pay


@pytest.mark.parametrize(
    ("text", "pay"),
    [
        # a province or state as an address writes it names the dollar
        (
            "Warehouse lead, Calgary, AB. Wage: $26.50 – $29 per hour.",
            (26.5, 29, "CAD", PayPeriod.HOUR),
        ),
        (
            "Clinic assistant, Geelong VIC 3220. $31 – $34 per hour.",
            (31, 34, "AUD", PayPeriod.HOUR),
        ),
        ("Pay: $38 an hour plus 11.5% super.", (38, 38, "AUD", PayPeriod.HOUR)),
        # a school's subjects "Math, PE" are no Canadian province
        (
            "Teach Math, PE and Health. Salary: $48,000 - $55,000 a year.",
            (48000, 55000, "USD", PayPeriod.YEAR),
        ),
        # the size of the deals sold is no pay; the base salary after them is
        (
            "You have closed deals between $15k and $60k a year in value.\n"
            "We pay $70,000 - $82,000 base plus commission.",
            (70000, 82000, "USD", PayPeriod.YEAR),
        ),
        # a feed's "Hourly Range" label, its tags left in
        ("<b>Hourly Range</b>: $18.00-$26.00", (18, 26, "USD", PayPeriod.HOUR)),
        # a code written before the sign says which dollar or peso it is
        (
            "Shift supervisor at our US-owned plant. The salary band is NZD $68,000 – "
            "$74,000 a year.",
            (68000, 74000, "NZD", PayPeriod.YEAR),
        ),
        ("Sueldo: MXN $18,500 - $21,000 al mes", (18500, 21000, "MXN", PayPeriod.MONTH)),
        # the same amounts atop the page with the sign that names the dollar
        (
            "A$92,000/yr - A$99,000/yr   On-site\n\nAbout the role\nWe run three cafés.\n\n"
            "Salary: $92,000 - $99,000 per year.",
            (92000, 99000, "AUD", PayPeriod.YEAR),
        ),
        # a city that uses the dollar, and "+ super" as Australian pay is written
        ("Barista wanted in Hobart. $29.40 an hour.", (29.4, 29.4, "AUD", PayPeriod.HOUR)),
        ("Salary: $71k - $78k + super.", (71000, 78000, "AUD", PayPeriod.YEAR)),
        # a US address keeps a bare dollar American, whatever foods the firm makes
        (
            "We make Mexican sauces for grocers. Stockton, CA. Pay: $21 - $24 an hour.",
            (21, 24, "USD", PayPeriod.HOUR),
        ),
    ],
)
def test_dollars_of_a_region_deal_sizes_a_feeds_range_and_which_dollar_a_sign_is(text, pay):
    found = analyze_posting(text).pay
    assert found is not None
    assert (found.min, found.max, found.currency, found.period) == pay


def test_romanian_pay_by_the_month():
    pay = analyze_posting("Salariu: 6.100 RON net/lună, plus tichete de masă.").pay
    assert pay is not None
    assert (pay.min, pay.currency, pay.period) == (6100, "RON", PayPeriod.MONTH)


def test_the_location_a_page_shows_in_its_own_field_names_the_dollar_too():
    text = (
        "Data Engineer\nOverview\nApplication\nLocation\nRemote (US & Canada)\n"
        "Location Type\nRemote\nCompensation\n$150K – $180K\n"
        "Canadian applicants get a range of their own.\n\nWe forecast parcel volumes.\n"
        "Powered by Ashby\n"
    )
    found = analyze_posting(text)
    assert found.layout == "ashby"
    assert found.pay is not None and found.pay.currency == "USD"


def test_of_two_dollar_countries_named_the_one_in_the_header_is_the_jobs():
    text = (
        "Account Manager\nSales · Auckland · Hybrid\n\n"
        "We sell booking software to clinics across Australia and New Zealand, and our "
        "customers range from single physios to national chains with forty sites.\n\n"
        "Pay: $95,000 – $110,000 plus commission\n"
    )
    found = analyze_posting(text)
    assert found.pay is not None and found.pay.currency == "NZD"


def test_a_contract_role_off_the_platforms_is_paid_in_its_countrys_dollars():
    text = (
        "Business Analyst – 3 Month Contract\nBrisbane QLD 4000\n\n"
        "Rate: $70 per hour\n\nYou will map claims processes for a state insurer.\n"
    )
    found = analyze_posting(text)
    assert found.pay is not None and found.pay.currency == "AUD"


@pytest.mark.parametrize(
    "line",
    [
        "**pay:** $900 USD for the full set, half upfront",
        "[PAID] Level Designer | $3,000 fixed (milestones) | ~8 weeks",
        "Budget is $450 total, paid on delivery",
    ],
)
def test_one_price_for_the_whole_work_makes_it_fixed_price_freelance(line):
    text = f"Game jam studio\n\n{line}\nDM me your portfolio.\n"
    assert analyze_posting(text, "Discord").engagement == Engagement.FREELANCE_FIXED


def test_a_total_compensation_is_no_fixed_price():
    text = "Staff Engineer\n\nFull-time. $240,000 total compensation, with equity.\n"
    assert analyze_posting(text).engagement == Engagement.FULL_TIME


def test_a_budget_the_hire_will_manage_is_no_pay():
    text = (
        "Growth Marketer\nYou will manage a monthly budget of £120k across search and social.\n"
        "We pay £48,000 - £56,000 per year, with a bonus.\n"
    )
    assert find_pay(text) == Pay(48000, 56000, "GBP", "year")


@pytest.mark.parametrize(
    "sentence",
    [
        "Run our paid search with an annual budget of about $2M.",
        "You have managed budgets of $400k a quarter.",
    ],
)
def test_a_budget_looked_after_in_other_words_is_no_pay(sentence):
    text = f"Search Lead\n{sentence}\nWe pay $95,000 - $110,000 per year.\n"
    assert find_pay(text) == Pay(95000, 110000, "USD", "year")


def test_a_clients_budget_for_the_work_is_still_its_price():
    assert find_pay("Menu design for a food truck with a budget of $350.") == Pay(
        350, 350, "USD", None
    )


def test_capitals_listed_with_commas_are_no_us_state_address():
    text = (
        "Payroll Clerk\nSaskatoon, SK\n$26–$30 an hour\n"
        "You'll handle AP, AR, GL entries and month-end in Sage.\n"
    )
    assert analyze_posting(text).pay == Pay(26, 30, "CAD", "hour")


def test_a_raise_to_a_bare_amount_tops_the_range_in_the_same_period():
    raised = find_pay("From $14/hr with a raise to $16 after probation.")
    assert raised == Pay(14, 16, "USD", "hour")
    # a bonus after "then" is no raise
    assert find_pay("$30/hour, then a $3,000 signing bonus.") == Pay(30, 30, "USD", "hour")


@pytest.mark.parametrize(
    ("text", "pay"),
    [
        ("Compensation\nNZD 95K – NZD 110K per year", Pay(95000, 110000, "NZD", "year")),
        (
            "Apprentices start at $19.50 per hour; electricians progress to a top rate of "
            "$41.00 per hour.",
            Pay(19.5, 41, "USD", "hour"),
        ),
    ],
)
def test_a_range_that_repeats_its_code_and_a_progression_to_a_top_rate(text, pay):
    assert find_pay(text) == pay


@pytest.mark.parametrize(
    ("line", "engagement"),
    [
        ("Full time – fixed term, 9 months", "full-time"),
        ("Part-time (0.5 FTE), fixed-term until March", "part-time"),
        ("This is a fixed-term post for one year.", "contract"),
    ],
)
def test_a_fixed_term_beside_its_hours_is_that_kind_of_work(line, engagement):
    text = f"Lab Technician\n\n{line}\n\nWe test soil samples for farms.\n"
    assert analyze_posting(text).engagement == engagement


def test_a_brazilian_salary_with_no_period_is_monthly():
    assert find_pay("Salário: R$ 5.200 a 6.100 CLT") == Pay(5200, 6100, "BRL", "month")
    assert find_pay("Orçamento: R$ 800 pelo projeto completo") != Pay(800, 800, "BRL", "month")


@pytest.mark.parametrize(
    "text", ["Work Location: Hybrid remote in Leeds", "Hybrid  Full-time  Associate"]
)
def test_hybrid_remote_and_a_facts_line_of_hybrid_are_hybrid_work(text):
    assert find_remote_policy(text) == WorkMode.HYBRID


@pytest.mark.parametrize(
    ("line", "location"),
    [
        ("Standort: Leipzig (hybrid, 2 Tage Büro)", "Leipzig (hybrid, 2 Tage Büro)"),
        ("Lieu : Nantes", "Nantes"),
        ("Ubicación: Valencia", "Valencia"),
    ],
)
def test_a_location_labelled_in_german_french_or_spanish_is_read(line, location):
    assert analyze_posting(f"Lagerist\n\n{line}\n\nWir suchen Verstärkung.\n").location == location


def test_hybrid_first_in_brackets_with_more_after_it_is_hybrid_work():
    text = "Buchhalter\n\nStandort: Köln (hybrid, 3 Tage Büro)\n\nWir suchen Verstärkung.\n"
    assert analyze_posting(text).remote == WorkMode.HYBRID


def test_a_purchase_from_the_employers_vendor_is_no_requirement_to_tick():
    text = (
        "Data Entry Clerk\n\nRequirements:\n- Typing at 40 words a minute\n- You will need to "
        "buy the work kit (headset, webcam and licence) from our approved vendor\n"
    )
    assert [item.text for item in analyze_posting(text).must_haves] == [
        "Typing at 40 words a minute"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Our members have borrowed over $350 million since 2019.\n",
        "Já movimentamos mais de R$ 2,5 bilhões em pagamentos.\n",
        "Gestionamos 40 millones de euros en activos para nuestros clientes.\n",
        "Wir verwalten 120 Mio. € für Stiftungen.\n",
    ],
)
def test_an_amount_in_millions_without_a_period_or_label_is_the_companys(text):
    assert find_pay(text) is None


def test_a_salary_in_millions_with_its_label_is_still_pay():
    assert find_pay("Annual salary: ¥6.8 million – ¥8 million, paid monthly\n") == Pay(
        6_800_000, 8_000_000, "JPY", PayPeriod.YEAR
    )


def test_a_paid_take_home_is_no_pay_for_the_job():
    text = (
        "Interview steps: a call, then a take-home (we'll pay you $150 for your time).\n\n"
        "The salary range for this role is $120,000 – $140,000.\n"
    )
    pay = analyze_posting(text).pay
    assert pay is not None and (pay.min, pay.max) == (120_000, 140_000)


@pytest.mark.parametrize(
    ("text", "pay"),
    [
        ("Gaji: Rp 4.500.000 per bulan", Pay(4_500_000, 4_500_000, "IDR", PayPeriod.MONTH)),
        ("Gaji Rp 6-7 juta", Pay(6_000_000, 7_000_000, "IDR", PayPeriod.MONTH)),
        ("Gaji pokok Rp 5.100.000", Pay(5_100_000, 5_100_000, "IDR", PayPeriod.MONTH)),
        ("Salary RM 3,800 - RM 4,500 monthly", Pay(3800, 4500, "MYR", PayPeriod.MONTH)),
        ("Mức lương: 14 - 18 triệu VND / tháng", Pay(14e6, 18e6, "VND", PayPeriod.MONTH)),
        ("Lương 12.000.000₫", Pay(12_000_000, 12_000_000, "VND", PayPeriod.MONTH)),
    ],
)
def test_rupiah_ringgit_and_dong_are_read_with_their_millions_and_months(text, pay):
    assert find_pay(text) == pay


@pytest.mark.parametrize("text", ["Graduates of RMIT 2019 cohort", "RP 2000 reward points"])
def test_the_letters_of_a_name_or_points_are_no_currency(text):
    assert find_pay(text) is None
