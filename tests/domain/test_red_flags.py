"""Red flags: each one on a phrasing of its own, and the traps that must stay quiet."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain.reading.analysis import analyze_posting
from desktop.domain.red_flags.flags import Risk, catalogue, find_red_flags, risk_level
from tests.conftest import fixture_text


def _flags(text):
    return {hit.flag for hit in find_red_flags(text)}


def test_catalogue_covers_f1_to_f15_and_every_signal_with_explanations_and_sources():
    flags = catalogue().flags
    assert {f"F{n}" for n in range(1, 16)} <= flags.keys()
    for flag in flags.values():
        assert flag.title and flag.explanation and flag.advice and flag.named_by
        assert flag.severity in {"high", "medium", "low"}
        assert flag.facet in {"who", "offer", "ask", "how", None}


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("Before we start you must pay a $95 registration fee for the portal.", "F1"),
        ("Buy the starter kit for $49; it is refundable later.", "F1"),
        ("We will mail you a check to buy the laptop from our approved vendor.", "F2"),
        ("Send the excess amount back by Zelle once the cheque clears.", "F2"),
        ("Please send your SSN and bank account number to finish onboarding.", "F3"),
        ("Reply with a copy of your passport and your date of birth.", "F3"),
        ("Contact the hiring manager on Telegram: @hr_desk_22", "F5"),
        ("The interview will take place via WhatsApp chat.", "F5"),
        ("Earn $300 to $900 a day from your phone.", "F6"),
        ("Data entry from home, no experience, $45/hr.", "F6"),
        ("GREAT OPPORTUNITY FOR ALL STUDENTS AND MOMS TODAY", "F7"),
        ("Urgent hiring! Apply now, limited spots.", "F8"),
        ("Confirm in 2 hours or we offer the seat to the next person.", "F8"),
        ("Please answer within the hour to keep your place.", "F8"),
        ("Congratulations, you have been selected for the role.", "F9"),
        ("Receive packages at your home address and reship them abroad.", "F10"),
        ("Complete app optimization tasks and deposit USDT to unlock more.", "F11"),
        ("Your resume was recommended by several online recruitment agencies.", "F12"),
        ("We offer a guaranteed job placement in 30 days.", "F14"),
        ("Download the app below to continue the interview.", "F15"),
        ("Your salary will be paid in Bitcoin every Friday.", "F15"),
    ],
)
def test_each_flag_fires_on_its_own_phrasing(text, flag):
    assert flag in _flags(text)


@pytest.mark.parametrize(
    "link",
    ["t.me/recruit_desk77", "t.me/+Kq3vLx-92aB", "wa.me/447700900123", "chat.whatsapp.com/Fz8Qe"],
)
def test_a_chat_link_is_shown_whole_as_the_evidence(link):
    """The warning quotes the link the writer gave, not its first letter."""
    text = f"Thanks for applying. The hiring agent will interview you, reach her at {link} today."
    hits = [hit for hit in find_red_flags(text) if hit.flag == "other-channel"]
    assert [text[hit.start : hit.end] for hit in hits] == [link]


def test_typing_as_a_programming_term_is_no_easy_work_but_typing_work_is():
    """A programmer's "static typing" is no typing job; paid typing from home stays a sign."""
    for term in ("static", "strong", "dynamic", "gradual", "duck"):
        assert _flags(f"We like {term} typing and small, sharp tools.") == set(), term
    assert "easy-work" in _flags("Easy typing from your sofa, any age welcome.")


def test_a_free_mail_address_as_contact_fires_but_the_word_gmail_does_not():
    assert _flags("Send your CV to recruiting.dept.hr@gmail.com today.") == {"F4"}
    assert _flags("You will use Gmail, Slack, Confluence and Jira daily.") == set()
    assert _flags("Email jobs@lumen-robotics.example with HN in the subject.") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Never pay to get a job: we will never ask for your bank details.",
        "NO REGISTRATION FEE NOR ADMINISTRATIVE CHARGES OF ANY KIND.",
        "Legitimate employers never require payment for training or equipment.",
        "Co-founded by Skype's first employee, we build developer tools.",
        "Strong communication using email, instant messenger platforms and phone.",
        "Strong skills in PowerPoint and Google Apps.",
        "Paid training, equipment provided, and tuition reimbursement.",
        "Offer subject to a criminal background check run by us after acceptance.",
        "Sort and deliver mail and small packages in the mail room.",
        "Process cash or checks and prepare bank deposits.",
        "You bring a strong sense of urgency and attention to detail.",
        "Start date: immediately. Salary $120,000-$140,000 a year.",
        "Run online optimization reports for our ad campaigns.",
        "Must be a U.S. citizen and hold a valid driver's license.",
        "Electrical signal and communication systems experience required.",
    ],
)
def test_traps_from_legitimate_postings_stay_quiet(text):
    assert risk_level(find_red_flags(text)) <= Risk.LOW


def test_job_board_safety_tips_are_not_read_as_the_employers_words():
    text = fixture_text("platform_contract.txt") + (
        "\nBeware of Unrealistic Offers\nSend money to no one; never share your SSN or bank "
        "details by email.\n"
    )
    analysis = analyze_posting(text)
    assert risk_level(find_red_flags(text, analysis.sections)) == Risk.NONE


def test_weak_signals_alone_stay_low_and_a_scam_act_is_high_on_its_own():
    assert risk_level(find_red_flags("Urgent hiring, apply now!!")) == Risk.LOW
    weak = find_red_flags("Urgent hiring!! Congratulations, you have been selected for the job.")
    assert risk_level(weak) == Risk.LOW  # how it is written, and what is offered: no ask
    assert risk_level(find_red_flags("Please pay the $50 training fee.")) == Risk.HIGH


def test_weak_signals_about_all_four_facets_make_a_medium_risk():
    three = "Work from home!! Send me your full name and phone number to get the details."
    assert risk_level(find_red_flags(three)) == Risk.LOW  # offer, how, ask
    four = "I came across your profile. " + three
    assert risk_level(find_red_flags(four)) == Risk.MEDIUM


def test_dismissed_flags_no_longer_count():
    hits = find_red_flags("Please pay the $50 training fee.")
    assert risk_level(hits, dismissed=frozenset({"F1"})) == Risk.NONE


def test_hits_point_at_the_exact_words():
    text = "Hi! Kindly contact our HR on WhatsApp for the interview."
    hit = next(h for h in find_red_flags(text) if h.flag == "F5")
    assert text[hit.start : hit.end] == "WhatsApp"
    assert "chat app" in hit.reason and "WhatsApp" in hit.reason


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        # An amount called refundable is a fee, however the fee is named.
        ("Unlock the recruiter's number: a one-off check (£19.50, fully refundable).", "F1"),
        ("Para empezar haz un depósito inicial de 25 dólares y recibe tareas.", "F1"),
        ("Para confirmar a vaga, pague a taxa de matrícula do curso hoje.", "F1"),
        ("Les frais d'inscription de 60 € sont à régler avant la formation.", "F1"),
        ("Ikut misi premium dengan deposit awal Rp 200.000 saja.", "F1"),
        ("Encaissez le chèque puis faites un virement du reste au prestataire.", "F2"),
        ("Merci de virer la somme à notre fournisseur de matériel.", "F2"),
    ],
)
def test_fees_and_cheques_asked_in_other_languages_are_flagged(text, flag):
    hits = find_red_flags(text)
    assert flag in {hit.flag for hit in hits} and risk_level(hits) == Risk.HIGH


@pytest.mark.parametrize(
    "text",
    [
        "Le salaire est versé par virement chaque mois.",
        "A taxa de câmbio é fixada no contrato; o salário é pago em reais.",
        "Our refundable-ticket policy covers your flight to the on-site interview.",
    ],
)
def test_pay_by_transfer_and_the_word_refundable_without_an_amount_stay_quiet(text):
    assert risk_level(find_red_flags(text)) < Risk.HIGH


@pytest.mark.parametrize(
    "text",
    [
        "You're shortlisted! Finish your pre-hire drug screening ($42.50) at this link today.",
        "Pay the onboarding charge now. The fee is non-refundable once processed.",
        "Before Monday you go pay ₦40,000 for medical test at our clinic.",
        "Start with the $279 Founder Starter kit, then invite friends to join.",
        "Our partner studio shoots your comp card and reel for $350, half the usual price.",
        "Para liberar as tarefas, faça um depósito via Pix a partir de R$ 80.",
    ],
)
def test_a_fee_priced_beside_what_it_buys_is_flagged(text):
    assert risk_level(find_red_flags(text)) == Risk.HIGH


@pytest.mark.parametrize(
    "text",
    [
        "Please generate a share code on gov.uk and send us the code with your date of birth.",
        "Once logged in, open Pay > Direct Deposit and enter your bank details there.",
        "Interested candidates can share CV on hr@lakeline.example or WhatsApp 98XXX XXX10.",
    ],
)
def test_checks_done_in_official_systems_are_not_high(text):
    assert risk_level(find_red_flags(text)) < Risk.HIGH


def test_pay_per_package_is_no_fee():
    hits = find_red_flags("Pack orders at our warehouse: $3 per package, $1 each bundle.")
    assert "F1" not in {hit.flag for hit in hits}


@pytest.mark.parametrize(
    "benefit",
    [
        "Benefits: dental; 15 days PTO; CPA exam fees reimbursed.",
        "Perks: a laptop, and certification fees are fully covered.",
    ],
)
def test_fees_the_employer_reimburses_are_no_fee_asked(benefit):
    assert "F1" not in {hit.flag for hit in find_red_flags(benefit)}


def test_a_fee_repaid_with_the_first_paycheck_is_still_a_fee_asked():
    text = "Welcome aboard! The training fee is reimbursed on your first paycheck."
    assert risk_level(find_red_flags(text)) == Risk.HIGH


def test_a_job_boards_anti_fraud_notice_quoting_scam_fees_is_its_text_not_the_employers():
    text = (
        "Java Developer\nLotus Ledger Systems\n\nRequirements\n- Four years of Spring Boot\n\n"
        "Beware of imposters!\njobsite.example never asks for money. Fraudsters may ask you to "
        "pay a registration fee or a refundable fee: do not pay.\n"
    )
    result = analyze_posting(text)
    assert risk_level(result.red_flags) < Risk.MEDIUM


@pytest.mark.parametrize(
    "text",
    [
        "A taxa do curso (R$ 60) é reembolsada no primeiro salário, pode pagar hoje.",
        "El material cuesta 25€ y te lo devolvemos en la primera nómina.",
        "Les frais de dossier sont remboursés sur votre premier salaire, réglez-les par virement.",
        "Biaya seragam dikembalikan di gaji pertama, transfer hari ini ya.",
    ],
)
def test_a_cost_repaid_with_the_first_salary_is_flagged_in_any_language(text):
    assert "repaid-later" in _flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "Untuk tugas VIP wajib deposit mulai Rp 150.000 dulu.",
        "Start the premium tasks with a deposit of $120 today.",
    ],
)
def test_a_deposit_named_with_its_amount_is_a_fee(text):
    assert "F1" in _flags(text)


def test_a_direct_deposit_of_pay_is_no_fee():
    text = "Your first direct deposit of $1,840 lands on the 15th."
    assert "F1" not in _flags(text)


def test_a_fee_asked_after_a_condition_with_a_negation_is_still_asked():
    text = "If you don't have the forklift ticket, you pay the training fee of $90 at our depot."
    assert risk_level(find_red_flags(text)) == Risk.HIGH
    assert risk_level(find_red_flags("We never ask you to pay a training fee.")) < Risk.HIGH


def test_a_title_before_a_name_does_not_end_the_sentence():
    text = "Please message our HR lead Mr. Okafor on WhatsApp with your full name today."
    assert risk_level(find_red_flags(text)) == Risk.HIGH


def test_an_example_of_documents_brought_in_person_is_no_request():
    text = (
        "On day one bring your ID in person, e.g. a passport, or your Social Security card.\n"
        "You will get a login to Paycom and enter your bank details there yourself."
    )
    assert risk_level(find_red_flags(text)) < Risk.HIGH


def test_a_famous_employer_on_a_free_mail_address_is_high():
    text = (
        "Hi Sam, I'm Dana from the Spotify Talent Team. We'd like to move forward with "
        "your application. Reply to spotify.talent.desk@gmail.com to book your slot."
    )
    assert risk_level(find_red_flags(text)) == Risk.HIGH


def test_chat_for_the_team_and_video_for_interviews_is_not_high():
    text = (
        "Our team talks on Telegram day to day, but interviews happen on Zoom with the "
        "hiring manager; I'll email the invite from our company address."
    )
    assert risk_level(find_red_flags(text)) < Risk.HIGH


def test_crypto_contracts_offered_as_side_income_are_flagged():
    text = "My uncle showed me crypto contracts on his platform, I make 3k a week after work."
    assert "crypto" in _flags(text)


def test_a_spanish_request_for_an_id_photo_is_flagged():
    text = "Para darte de alta envíanos foto del DNI por ambas caras hoy mismo."
    assert risk_level(find_red_flags(text)) == Risk.HIGH


@pytest.mark.parametrize(
    "text",
    [
        "Bas ₹800 invest karo aur 1 ghante mein ₹1,050 return milega.",
        "Invest $200 today and get back $260 commission tonight.",
        "Last step: identity screening, $24.99 one time fee, pay at the link today.",
        "A refundable $35 hold is placed on your card to verify you.",
        "Download the installer from my drive; the archive is password protected.",
        "Eröffnen Sie per Video-Ident ein Testkonto und leiten Sie die Zugangsdaten an uns weiter.",
    ],
)
def test_money_or_access_asked_in_new_wordings_is_high(text):
    assert risk_level(find_red_flags(text)) == Risk.HIGH


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("She trades gold futures on a platform her uncle runs, 2k a week.", "crypto"),
        ("Ganas 2 USD por cada tarea, solo tienes que dar me gusta.", "pay-per-task"),
        ("Solo tienes que seguir las cuentas de nuestros clientes.", "F11"),
        ("Please enter your card details to confirm the contract.", "F3"),
    ],
)
def test_signals_in_new_wordings(text, flag):
    assert flag in _flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "Thanks for applying to Package Handler (nights). Orientation is in person, Door 2.",
        "Direct deposit: enter your routing and account number yourself in the Pay section.",
    ],
)
def test_a_warehouse_title_and_payroll_set_up_by_yourself_are_not_high(text):
    assert risk_level(find_red_flags(text)) < Risk.HIGH


def test_a_negation_does_not_reach_past_a_turn_to_another_clause():
    text = "I don't check email much, could you message our HR lead on Telegram for the interview?"
    assert risk_level(find_red_flags(text)) == Risk.HIGH


def test_joining_a_chat_server_to_go_on_from_a_repo_test_is_high():
    text = (
        "Clone our repo github.com/example-labs/app and run npm install, then join our "
        "Discord to talk it through with the founders."
    )
    assert risk_level(find_red_flags(text)) == Risk.HIGH


def test_an_interview_by_video_in_portuguese_is_no_pay_per_task():
    text = "Olá! A entrevista será por vídeo, 30 minutos, com a gestora da área."
    assert "pay-per-task" not in _flags(text)


def test_the_communitys_own_chat_is_the_work_not_a_move_off_platform():
    text = (
        "Be the face of the studio for members: onboarding, answering questions in our "
        "member Discord, running events. Part-time, 24 hours a week."
    )
    assert risk_level(find_red_flags(text)) < Risk.HIGH


@pytest.mark.parametrize(
    "text",
    [
        "Il costo di 120 € le verrà rimborsato nella prima busta paga, ricarica PostePay oggi.",
        "Withdraw $1,800 in cash and feed it into the Bitcoin ATM at the gas station.",
        "Na the visa processing fee of ₦420,000 you go pay first before we start.",
        "Faça uma recarga de R$ 300 via Pix; num pedido combinado, recarregue a diferença.",
        "Please complete the pre-onboarding form, which includes a government ID upload.",
    ],
)
def test_fees_crypto_atms_and_id_uploads_in_new_wordings_are_high(text):
    assert risk_level(find_red_flags(text)) == Risk.HIGH


def test_a_wrong_number_that_turns_to_investing_is_high():
    text = (
        "Hi, is this Marco? Oh sorry, wrong number! Maybe it's fate haha. I do some "
        "investing with my uncle on the side, want me to show you?"
    )
    assert risk_level(find_red_flags(text)) == Risk.HIGH


@pytest.mark.parametrize(
    "text",
    [
        "We've seen people pose as clients and ask freelancers to:\n"
        "- move the chat to Telegram before a contract\n- pay a fee to verify their account\n",
        "Your new-hire equipment kit has shipped via FedEx. You don't need to pay for anything.",
        "Within a day you'll get a link to enter your SSN and date of birth on Checkr's secure "
        "site. Please don't email it to me.",
    ],
)
def test_warnings_shipped_kits_and_a_screening_services_own_site_are_not_high(text):
    assert risk_level(find_red_flags(text)) < Risk.HIGH


@pytest.mark.parametrize(
    "text",
    [
        "To withdraw your profits, the platform requires a 12% tax prepayment of 900 USDT.",
        "Your balance shows -$640; top up 640 USDT to clear the negative balance.",
    ],
)
def test_a_fee_to_withdraw_or_a_top_up_in_crypto_is_high(text):
    assert risk_level(find_red_flags(text)) == Risk.HIGH


def test_a_combination_order_is_a_task_scams_mark():
    text = (
        "Mentor Ana: you received a Combination Order today, commission x5! "
        "Message me on Telegram to continue."
    )
    assert "task-job" in _flags(text)


def test_a_fee_named_as_the_reason_for_a_scheme_is_no_fee_asked():
    text = "Our customers pay in local currency because international wire fees are high."
    assert "F1" not in _flags(text)


def test_pay_in_usdt_in_a_channels_post_is_not_high():
    text = (
        "Remote Jobs | CIS 🌍🚀🔥\n\n🟢 Content Moderator\n💰 $800/month\n"
        "🎁 Paid training, USDT or card, 21 days vacation\n✉️ CV to @hr_desk\n"
    )
    assert risk_level(find_red_flags(text)) < Risk.HIGH


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Text me on (555) 123-4567 to start today.", "(555) 123-4567"),
        ("Reach the hiring desk: +1 555.123.4567", "+1 555.123.4567"),
        ("Call 5551234567 after six.", "5551234567"),
        ("Ticket #5551234567 was closed.", None),  # a number after "#" is no phone
        ("Chat id: 555 123 4567 on the card.", None),  # an id, not a number to call
        ("Salary 120,000-150,000 a year, 2024-2025 season.", None),
        ("Call (555) 123-4567 or write to jobs@acme-robotics.com", None),  # an address: judged
    ],
)
def test_a_phone_number_as_the_only_contact_is_flagged(text, flagged):
    hits = [hit.excerpt for hit in find_red_flags(text) if hit.flag == "phone-only"]
    assert hits == ([flagged] if flagged else [])


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789 .-()+#id:\n", max_size=40))
def test_a_phone_number_is_found_wherever_the_catalogues_pattern_finds_one(text):
    """The ten digits searched first never hide a number the pattern itself would read."""
    expected = catalogue().phone.search(text)
    hits = [(h.start, h.end) for h in find_red_flags(text) if h.flag == "phone-only"]
    assert hits == ([expected.span()] if expected else [])


_PAPERWORK = (
    "Welcome to the team, Priya! Your start date is 3 March.\n\n"
    "Before day one, please finish these steps:\n"
    "• Tax withholding form\n"
    "• Payroll: enter your sort code and account number for salary payments\n"
)


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        (_PAPERWORK, True),  # asked for, to whom is not said
        (_PAPERWORK.replace("these steps", "these steps in the HR portal"), False),
        (_PAPERWORK + "\nPlease do not send any of these details to me by email.", False),
        (_PAPERWORK + "\nThe screening follows the Fair Credit Reporting Act.", False),
        (
            "Hi Tom, we need your bank details for payroll: you'll write them on the "
            "starter form at our branch on Monday.",
            False,
        ),
    ],
)
def test_details_asked_for_through_the_employers_own_paperwork_are_not_flagged(text, flagged):
    """Bank details, an SSN or an ID asked for into a portal, in person, or with a warning
    not to send them by mail are a new hire's paperwork."""
    assert any(hit.flag == "F3" for hit in find_red_flags(text)) is flagged


@pytest.mark.parametrize(
    "text",
    [
        "Congrats! To open the offer letter you need to log in with the password for your "
        "Google account at the link below.",
        "To confirm it's you, enter your Microsoft password on the signing page.",
        "Sign in to our secure onboarding portal and use the same email and password you use "
        "for Outlook, so your accounts link.",
    ],
)
def test_a_password_for_another_account_is_asked_for_by_no_employer(text):
    """Even through a "secure onboarding portal", which excuses an SSN asked for there."""
    hits = {hit.flag: hit for hit in find_red_flags(text)}
    assert "password-ask" in hits and risk_level(list(hits.values())) == Risk.HIGH


def test_a_negation_earlier_in_a_lead_in_does_not_make_its_list_a_warning():
    """ "… our country is not allowed any more. We'd like you to:" leads in what they want,
    not what to beware of; "Never do this:" and "Scammers ask you to:" do warn."""
    items = "\n- we use your account to send proposals\n- you keep 20% of every payment\n"
    asking = "hey, the site don't accept our country anymore. we want to team up, you just:"
    assert {"account-use", "earnings-split"} <= {h.flag for h in find_red_flags(asking + items)}
    for warning in ("Never agree to this:", "Watch out, scammers will ask that:"):
        assert not {h.flag for h in find_red_flags(warning + items)} & {"account-use"}


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        (
            "Next step: clone our repo, then try it on your usual work laptop so we see your "
            "real environment.",
            "security-bypass",
        ),
        (
            "The starter software is $89 through our reseller; the cost is refunded back after "
            "your first 300 transcriptions.",
            "F1",
        ),
        ("Your balance shows -95.00, just recharge 95.00 to finish this round.", "F1"),
    ],
)
def test_work_done_on_your_own_machine_or_paid_for_before_it_is_flagged(text, flag):
    assert flag in {hit.flag for hit in find_red_flags(text)}


def test_what_a_sentence_itself_calls_a_scam_is_not_asked_of_the_reader():
    warning = "A stranger in your DMs who wants to rent your Fiverr account monthly: that's a scam."
    asking = "We'd like to rent your Fiverr account, 20% of every payment is yours."
    assert "account-use" not in {hit.flag for hit in find_red_flags(warning)}
    assert "account-use" in {hit.flag for hit in find_red_flags(asking)}


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        (
            "To book your interview we text you a 4-digit code in a minute; please send it back "
            "here.",
            "code-relay",
        ),
        (
            "The call runs on our own meeting software, please connect from the laptop you work "
            "on so you can share the screen.",
            "security-bypass",
        ),
        ("Screening contribution: $24.50 (one-time), due before Friday.", "F1"),
        (
            "Die Login-Daten aus der SMS leiten Sie bitte gleich an Ihren Betreuer weiter.",
            "F3",
        ),
    ],
)
def test_what_arrives_after_applying_is_read_in_its_new_forms(text, flag):
    assert flag in {hit.flag for hit in find_red_flags(text)}


def test_a_warning_about_people_claiming_to_be_recruiters_and_a_screening_consent_are_quiet():
    warning = (
        "Some people claiming to be our hiring team have messaged applicants. They move the "
        "chat to WhatsApp and ask for bank details."
    )
    consent = (
        "Your new employer asked us to run a background check. Review and sign the "
        "disclosure and authorization form, then enter your Social Security number."
    )
    for text in (warning, consent):
        assert risk_level(find_red_flags(text)) != Risk.HIGH, text


def test_a_trackers_name_on_a_candidates_domain_and_a_quality_bond_are_flagged():
    """ "no-reply@workday-applicants.com" is no tracker's address; a "refundable quality
    bond" is a deposit to be allowed to work."""
    mail = (
        "From: Workday Talent <no-reply@workday-applicants.com>\n"
        "Your application moved forward. The first screening is held in writing: add our "
        "recruiter on Telegram to continue."
    )
    assert risk_level(find_red_flags(mail)) == Risk.HIGH
    bond = "Contributors at Level 2 place a refundable quality bond of 200 USDT first."
    assert "F1" in {hit.flag for hit in find_red_flags(bond)}


@pytest.mark.parametrize(
    "text",
    [
        "Senior Data Engineer | Remote (UK) | £500–£600/day outside IR35",
        "Day rate: €650/day for contractors, invoiced monthly.",
        "€1.100 gross/month + meal allowance (€7/day) + tips",
    ],
)
def test_a_contractors_day_rate_or_a_daily_allowance_is_no_pay_out_of_proportion(text):
    assert "F6" not in _flags(text)


def test_easy_money_by_the_day_is_still_out_of_proportion():
    assert "F6" in _flags("Earn $400/day liking posts, DM me")


def test_a_fee_the_employer_pays_for_you_is_a_benefit_not_an_ask():
    assert "F1" not in _flags("Benefits\n- Payment of your NMC registration fee\n- Free parking")
    assert "F1" in _flags("We will refund your registration fee after your first week.")


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        # a screening's price with the ask to pay it, with or without the word "fee"
        ("Almost done! The $39 drug screen is due today, pay through the link below.", "F1"),
        ("Your criminal record check costs $52 and must be settled before orientation.", "F1"),
        # the applicant pays a fee to a third party for a permit
        (
            "The farm covers housing; each worker only pays the embassy and permit fees "
            "(USD 780) to our travel agent.",
            "F1",
        ),
        # money put in and paid back with a profit
        ("Send 80 USDT today and you get it back plus 25% by tonight.", "F1"),
        ("Para entrar al grupo VIP se pide una aportación mínima de 40 dólares.", "F1"),
        # buy it yourself, be refunded later
        (
            "Order the blender through Amazon with your own card; after your review goes up "
            "we refund the full amount plus a $20 bonus.",
            "repaid-later",
        ),
        ("You only need to cover the orders until the refund arrives.", "repaid-later"),
        # a bank sign-in, or a German employer asking for access data and a TAN
        (
            "Last step: sign in to your bank in the window below so payroll can be set.",
            "password-ask",
        ),
        (
            "Die Zugangsdaten zum neuen Konto geben Sie bitte im Portal an, ebenso die TAN-Nummer.",
            "password-ask",
        ),
    ],
)
def test_fees_refunds_and_bank_access_in_new_wordings_are_flagged(text, flag):
    assert flag in _flags(text)


def test_an_account_used_for_a_monthly_sum_with_no_time_from_you_is_account_renting():
    text = (
        "We'd run outreach from your Upwork profile. It takes no time from you.\n"
        "We pay $250 every month, and our team logs in through an anti-detect browser."
    )
    hits = find_red_flags(text)
    assert "account-renting" in {hit.flag for hit in hits}
    assert risk_level(hits) == Risk.HIGH


@pytest.mark.parametrize(
    "text",
    [
        "The hospital pays for your background check and your first scrubs.",
        "We pay the visa processing fee and your flight.",
        "Buy the supplies you need with your own card and expense them with the receipts.",
        "Refund requests: we refund the full price to customers within 30 days, plus shipping.",
    ],
)
def test_an_employer_paying_or_refunding_customers_is_no_ask(text):
    assert not _flags(text) & {"F1", "repaid-later"}


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        # a balance that opens withdrawals, orders paid from your balance
        ("The Gold tier is unlocked with a minimum deposit; withdrawals open after.", "F1"),
        ("Each batch of orders is paid from your own balance until the set is done.", "F1"),
        ("Al terminar, el sistema te devuelve el depósito más la comisión.", "F1"),
        # parcels at home, in other words and in Italian
        ("You will receive client parcels at your home address twice a week.", "F10"),
        ("Controlli i pacchi e li rispedisca con l'etichetta che le mandiamo.", "F10"),
        # a cheque deposited to pay someone from it
        ("We post you a check; deposit it and send our designer her share.", "F2"),
        # banking access handed over, two-factor turned off
        (
            "Your login details for the new account are then handed over to our accounts team.",
            "password-ask",
        ),
        ("Please turn off two-factor sign-in for the week so our team can post.", "password-ask"),
        ("Przekaż nam dane do logowania do bankowości, a resztą zajmiemy się my.", "password-ask"),
    ],
)
def test_deposits_parcels_cheques_and_account_access_in_further_wordings(text, flag):
    assert flag in _flags(text)


def test_a_lead_ins_earlier_sentence_does_not_excuse_the_items_it_leads_into():
    text = (
        "Returns cost our partners a fortune, so orders get a check first. Your part:\n"
        "- receive partner parcels at your home address\n"
        "- repackage them and post them on with the label we send\n"
    )
    assert "F10" in _flags(text)


def test_a_visa_fee_paid_to_the_government_is_no_fee_to_the_employer():
    text = (
        "You pay the visa fee directly on the government website; we repay it in your first month."
    )
    assert "F1" not in _flags(text)


def _address_flags(text):
    return [h.excerpt for h in analyze_posting(text).red_flags if h.flag == "F4"]


def test_a_free_mail_sender_in_a_mails_header_is_flagged_though_the_header_is_folded():
    text = (
        "From: Priya Raman <priya.raman.talent.desk@yahoo.com>\n"
        "To: sam.doe@fastmail.fm\n"
        "Subject: Shortlisted - Remote Payroll Assistant\n\n"
        "Dear Candidate,\n\nYou were shortlisted for our remote payroll assistant role at "
        "Brightline Holdings. Reply with your availability.\n"
    )
    assert _address_flags(text) == ["priya.raman.talent.desk@yahoo.com"]


def test_an_address_a_mail_was_sent_to_is_the_readers_not_the_writers():
    """A friend forwarding a recruiter's mail from Gmail: the friend is no recruiter."""
    text = (
        "From: Jo Lind <jo.lind.1990@gmail.com>\nTo: sam.doe@fastmail.fm\n"
        "Subject: Fwd: Bookkeeper role\n\nSaw this, thought of you!\n\n"
        "---------- Forwarded message ---------\n"
        "From: Carla Mendes <carla@northquay-accounting.co.uk>\n"
        "To: Jo Lind <jo.lind.1990@gmail.com>\n\n"
        "Hi Jo, we are hiring a part-time bookkeeper in Leeds; Xero experience needed.\n"
    )
    assert _address_flags(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a freelancer sends invoices to be paid: the bank details are where to pay them
        "Once the retainer starts, please email your invoices with your bank details to "
        "ap@marlowgreen.example and we pay within 14 days.",
        "Could you send your invoice for the deposit and our PO number? We pay on the 15th.",
        # the employer's own account, not the applicant's
        "We need someone to match Square payouts against the deposits in our business bank "
        "account every week.",
        # someone else pays: the client firms, the employer's reimbursement or stipend
        "Our hiring companies pay us, so there is never a charge to nurses.",
        "Full reimbursement for NCLEX exam fees once you pass.",
        "Stipends for ESL certification ($1,500) and coaching the debate team.",
    ],
)
def test_invoices_and_the_employers_own_account_ask_for_nothing(text):
    assert not _flags(text) & {"F1", "F3"}


def test_a_spanish_course_that_costs_money_before_payroll_is_a_fee():
    text = (
        "Fuiste seleccionada. Para darte de alta solo falta el taller en línea: el costo del "
        "taller es de $650 MXN, que pagas hoy."
    )
    assert "F1" in _flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "Luego pasas al grupo VIP: ingresas 80 € y al rato recibes un 25 % más.",
        "Na fase 2 você deposita R$ 200 e recebe 35% mais em uma hora.",
        "Top up 50 USDT and you get 20% extra once the set is done.",
    ],
)
def test_money_put_in_to_get_a_share_more_back_is_a_fee(text):
    assert "F1" in _flags(text)


def test_a_salary_that_rises_by_a_share_is_no_fee():
    text = "Recibes un 5 % más de sueldo tras el periodo de prueba de seis meses."
    assert "F1" not in _flags(text)


def test_a_scam_alert_subject_makes_the_quoted_scam_phrases_a_warning():
    text = (
        'Subject: Scam alert: fake "data entry" offers sent to alumni\n\n'
        "Messages our graduates reported:\n"
        '• "We will mail you a check for your laptop. Deposit it and send the rest to our '
        'vendor."\n• "Send a photo of your ID and your bank login for payroll."\n'
    )
    assert _flags(text) == set()


@pytest.mark.parametrize(
    "item",
    ["• Your Social Security number", "• A selfie holding your driver's license"],
)
def test_identity_verified_before_an_interview_is_an_early_ask(item):
    text = (
        "Thanks for applying! To stop fake applicants, our security team verifies identity "
        f"before interviews are scheduled. Just two things:\n\n{item}\n"
    )
    assert "F3" in _flags(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "The courier drops off your cheque tomorrow; the supplier is paid out of the cheque "
        "funds the same afternoon.",
        "A check arrives Friday. Deposit it that evening through your mobile banking app.",
    ],
)
def test_paying_out_of_a_cheques_money_is_a_fake_cheque(sentence):
    assert "F2" in _flags(f"Welcome to the team! {sentence}")


def test_a_client_keeping_the_order_on_the_platform_may_name_a_chat_app_for_feedback():
    text = (
        "Hi! I found your gig on Fiverr. I'll send a custom offer so everything goes through "
        "the platform. We share quick feedback in a Telegram group, but the Fiverr chat is "
        "fine too."
    )
    flags = _flags(text)
    assert "F5" not in flags and "off-platform" not in flags


def test_a_mystery_shops_fee_is_what_the_shopper_is_paid():
    text = (
        "Assignment confirmed: lunch evaluation\n\nVisit window: May 3–6\n"
        "Reimbursement: up to $30\nShop fee: $15\n\nWe pay by direct deposit after your report."
    )
    assert "F1" not in _flags(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "Cleaning between guests, $22/hr, paid the same evening through Zelle.",
        "You'll get paid weekly via Cash App or Venmo.",
    ],
)
def test_being_paid_through_a_payment_app_sends_no_money_on(sentence):
    assert "F2" not in _flags(f"Part-time turnover cleaner needed in Tacoma. {sentence}")


def test_paying_a_vendor_through_a_payment_app_still_sends_money_on():
    text = "Your equipment vendor is paid through Zelle once your cheque arrives."
    assert "F2" in _flags(text)


def test_a_negation_among_the_hits_own_words_quiets_it():
    text = "We interview by video only. Interviews are never held over text chat."
    assert "text-interview" not in _flags(text)


def test_a_recruiter_using_a_chat_app_only_to_book_the_call_moves_nothing():
    text = (
        "Hi Lee, I'm only using WhatsApp to pin down a time; the interview itself will be a "
        "Teams video call with our head of finance."
    )
    assert "F5" not in _flags(text)


def test_a_list_under_a_red_flags_heading_is_a_warning_for_every_flag():
    text = (
        "Subject: Protect your account\n\nRed flags in job offers\n"
        '- Titles like "Payment Processing Agent" where payments land in your account\n'
        "- A cheque for equipment, then a vendor paid by Zelle\n"
    )
    assert _flags(text) & {"F10", "money-mule", "F2"} == set()


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        (
            "The phones are bought online and delivered to your address, then you repack them.",
            "F10",
        ),
        ("The installer (TimeNest_Setup_3.1.exe) is in the folder, please run it today.", "F15"),
        ("We log hours with ClockLeaf rather than the Upwork desktop app.", "F15"),
        ("A 6-digit code just went to your phone. Text me back the code please.", "code-relay"),
        ("Our panel is busy, so we'll conduct the interview here in chat.", "text-interview"),
        ("Just bring your working balance back up by 90 USDT to release the bonus.", "F1"),
    ],
)
def test_late_asks_written_without_the_textbook_words(text, flag):
    assert flag in _flags(text)


def test_a_broadcasts_highlight_is_a_line_of_words_not_a_feeds_time_stamp():
    text = (
        "Remote VA Jobs PH\n9h · 👥\n\n📢 HIRING: Appointment Setter 🇺🇸\n💵 $5/hr\n"
        "🕘 Night shift\n✅ Good English\n"
    )
    (hit,) = [hit for hit in find_red_flags(text) if hit.flag == "broadcast"]
    assert hit.excerpt == "📢 HIRING: Appointment Setter 🇺🇸"
