"""Scam families read from combinations of signals, and real outreach that must stay quiet.

Every text here is written for these tests: each family on phrasings of its own, each
trap the way an honest recruiter, client or employer would write it.
"""

import pytest

from desktop.domain.reading.analysis import analyze_posting
from desktop.domain.red_flags.flags import Risk, catalogue, find_red_flags, risk_level

FAMILY_CASES = [
    (
        "task-job",
        "Good afternoon! This is Laura with Adecco. We have flexible remote openings, 60 "
        "minutes a day, and you can earn 150 to 400 dollars daily. Interested? Message me on "
        "WhatsApp +1 (612) 555-0143",
    ),
    (
        "task-job",
        "Hi dear, our team needs people to like videos and rate products to earn commission, "
        "$5 per task. Add me on Telegram @olivia_hr for details.",
    ),
    (
        "task-job",
        "Hello, we are from Shopee. Part-time job from your phone, R$300 to R$900 per day. "
        "Can I send you more information?",
    ),
    (
        "task-job",
        "Would you like a side job? You only give 5-star reviews on Google Maps and each review "
        "pays $8. Contact my supervisor on Telegram.",
    ),
    (
        "account-renting",
        "Hey, my Fiverr account got suspended last week. I'd like to rent your account and "
        "will give you 30% of every payment. I would log in through TeamViewer.",
    ),
    (
        "account-renting",
        "I run a small agency and my freelancer.com account was banned. Could you open a new "
        "account in your name for me to use? I'll pay you 20% of all income.",
    ),
    (
        "account-renting",
        "Hey, I'm looking for a US partner. You give me access to your LinkedIn and I handle the "
        "applications; once we get an offer you receive 30% of the salary.",
    ),
    (
        "account-renting",
        "Hey my friend, I bid and do the work on Upwork, you just lend me your account. Profit "
        "50/50.",
    ),
    (
        "interview-proxy",
        "We need English speakers to take job interviews in our place, with answers fed in real "
        "time. Payment: 20% of the monthly salary while the job lasts.",
    ),
    (
        "interview-proxy",
        "Looking for a native English speaker to do the interviews for our team members. You "
        "appear on camera, we handle the coding. Salary split 70/30.",
    ),
    (
        "interview-proxy",
        "Hello Maria, I checked your GitHub and your skills are great. I need someone to take "
        "technical interviews for me under my name. You keep 25% of the salary.",
    ),
    (
        "interview-proxy",
        "I need a person to sit in for interviews for my US job applications, joining Zoom "
        "using my name. The salary will be shared 50/50 after hiring.",
    ),
    (
        "student-assistant",
        "Dear Students, the Department of Biology is hiring students as remote assistants for a "
        "professor. It pays $400 weekly for 6 hours a week. Reply with your full name and "
        "student ID to prof.harlan.bio@gmail.com",
    ),
    (
        "student-assistant",
        "Good day student, your school's career office passed us your email. We have an admin "
        "job for students, weekly pay of $400. Email back with your phone number.",
    ),
    (
        "fake-cheque",
        "Congratulations on joining our remote team! We will mail you a check to purchase your "
        "laptop from our approved vendor. Deposit it and confirm on WhatsApp.",
    ),
    (
        "coding-test",
        "Hi, I'm Alex, CTO at a web3 startup. I came across your GitHub and think you'd be a "
        "great fit. As a first step please clone our repository and run npm install, then npm "
        "start, within 30 minutes.",
    ),
    (
        "coding-test",
        "Hey! Loved your open-source work. We're hiring senior engineers at Coinbase, role "
        "details here 👉 https://coinbase-careers.vercel.app/apply 🚀💰🔥",
    ),
    (
        "coding-test",
        "Hello, I'm a recruiter at Meta. The job description is in the attached archive: run "
        "setup.exe to view it.",
    ),
    (
        "coding-test",
        "Thanks for your interest. To proceed, install the meeting app from this link and wait "
        "for the hiring manager: https://teams-meeting.online/join",
    ),
    (
        "task-job",
        "Hello dear, a very simple job: like and follow our TikTok accounts and earn 3 dollars "
        "per follow, withdrawn daily. Add me on WhatsApp.",
    ),
    (
        "upfront-fee",
        "Congratulations! You have been shortlisted for remote data entry. Please pay $80 for the "
        "software license; it is refunded with your first salary.",
    ),
    (
        "money-mule",
        "Remote bookkeeper wanted: receive customer payments into your personal bank account and "
        "transfer them to our suppliers, keeping 5%.",
    ),
    (
        "off-platform",
        "Hi, I saw your proposal. Please contact me on Telegram: @client_77 for the details.",
    ),
    (
        "off-platform",
        "I'm impressed by your profile on GitHub and have a long-term collaboration for you. "
        "Contact me on Discord: dev_boss#1234",
    ),
    (
        "off-platform",
        "Hi, we reviewed your profile and would like to offer you a remote support role, no "
        "interview needed. Please contact our manager on Signal.",
    ),
    (
        "off-platform",
        "🌟 WE ARE HIRING 🌟\n✅ Remote work\n✅ Weekly pay\n✅ No experience needed\n"
        "💬 DM me now!",
    ),
    (
        "off-platform",
        "I need a logo designer, budget $500. Let's discuss on Telegram, the Upwork fees are too "
        "high. My username is @logo_boss",
    ),
    (
        "upfront-fee",
        "You are hired as a remote typist. To activate your employee account, pay a $75 "
        "verification fee. Text our manager at 213-555-0177 once done.",
    ),
    (
        "crypto-deposit",
        "Your account earns a commission per order. To unlock the next set of orders, deposit "
        "100 USDT to the wallet address shown in the app.",
    ),
    (
        "partner-lure",
        "Hi dear, I saw your GitHub profile and want to work with you. I have many projects but "
        "need a partner from the US. Contact me: jasonwu88@outlook.com",
    ),
    (
        "partner-lure",
        "Hey, are you available for a long-term job? I'm looking for a reliable partner. Add me "
        "on Discord: coder#8891",
    ),
    (
        "interview-proxy",
        "Quick offer: you show up on the calls and present as the developer, I quietly write "
        "the code. We share the income from every contract we land this way.",
    ),
    (
        "selected-out-of-the-blue",
        "Congrats! Your resume was posted online and reviewed by our partners, and you have been "
        "selected for a remote job. Reply YES to get started.",
    ),
    (
        "selected-out-of-the-blue",
        "Hi, your profile was selected by our team for a remote position with good pay. "
        "Reply 1 for more info.",
    ),
    (
        "money-mule",
        "We need a payment representative in the United States to handle payments from our "
        "customers. You will receive 10% of every payment.",
    ),
    (
        "money-mule",
        "Our firm in Hong Kong needs an agent to receive payments from our clients in the UK "
        "and forward them after deducting your 8% commission.",
    ),
    (
        "task-job",
        "Hola! Buscamos personas para seguir cuentas de Instagram desde casa, 2 USD por tarea. "
        "Te paso con mi recepcionista en Telegram para empezar.",
    ),
    (
        "account-renting",
        "I'm a designer in Vietnam looking for a partner in Canada. The invoices will be under "
        "your name and you keep 40% of every payment.",
    ),
    (
        "crypto-deposit",
        "Join our signal team as a remote analyst. Open your exchange account with a minimum of "
        "300 USDT and copy the trades we post each morning.",
    ),
    (
        "selected-out-of-the-blue",
        "Hello, this is Jenna with Summit Talent Group. We found your resume online and have "
        "multiple part-time openings for you. Are you still looking for a job?",
    ),
    (
        "task-job",
        "Our merchants need reviewers for their products. Reach VIP levels for more commission. "
        "Shall I send you the registration link?",
    ),
    (
        "interview-proxy",
        "I need a partner to take my technical calls under my name. You earn $250 per call.",
    ),
    (
        "crypto-deposit",
        "To get paid, activate your wallet with a minimum of 80 USDT on our partner exchange.",
    ),
    (
        "impersonation",
        "Hi, I'm Leah Ortiz, a senior talent sourcing partner at Netflix. Please write to "
        "leah.ortiz@netflix-talentteam.com to set up your interview.",
    ),
]


@pytest.mark.parametrize(("family", "text"), FAMILY_CASES)
def test_each_family_reaches_high_on_a_combination_of_its_own(family, text):
    hits = find_red_flags(text)
    assert family in {hit.flag for hit in hits}
    assert risk_level(hits) == Risk.HIGH


def test_the_families_are_data_with_an_explanation_advice_and_a_source():
    book = catalogue()
    expected = {
        "task-job",
        "account-renting",
        "interview-proxy",
        "student-assistant",
        "fake-cheque",
        "coding-test",
        "off-platform",
        "upfront-fee",
        "crypto-deposit",
    }
    assert expected <= {family.id for family in book.families}
    for family in book.families:
        flag = book.flags[family.id]
        assert flag.title and flag.explanation and flag.advice and flag.named_by
        assert all(len(reading) >= 2 for reading in family.when)


def test_a_family_hit_marks_its_main_words_and_names_the_other_signals():
    text = "Hi! Can I share some details? Boost app ratings, $6 per task. Text me at 555-201-9988"
    hits = find_red_flags(text)
    family = next(hit for hit in hits if hit.flag == "task-job")
    assert text[family.start : family.end] == family.excerpt == "Boost app ratings"
    assert family.reason.startswith("Task or 'optimisation' job: “Boost app ratings”, with ")


@pytest.mark.parametrize(
    "text",
    [
        "Hello! Earn $300 to $900 a day from your phone.",
        "Part-time, flexible hours, work from home.",
        "I came across your GitHub profile and liked your parser.",
        "Message me on WhatsApp about the fridge you are selling.",
        "Please clone the repository and run npm install before the workshop.",
        "Feel free to text me at 415-555-0199.",
    ],
)
def test_one_signal_alone_stays_low(text):
    assert risk_level(find_red_flags(text)) <= Risk.LOW


def test_a_weak_signal_honest_postings_state_every_day_stays_silent():
    """A banner for every "part-time" would teach the user to ignore banners."""
    for text in (
        "Bookkeeper, part-time, 20 hours a week, flexible hours, remote.",
        "About 30 hours a week on a clinic-booking SaaS; work from home.",
    ):
        assert risk_level(find_red_flags(text)) == Risk.NONE, text
    # Two kinds of signal together (an offer and a move to a chat app) are worth a word.
    assert risk_level(find_red_flags("Part-time, work from home. Text me on WhatsApp.")) >= Risk.LOW


QUIET_MESSAGES = [
    # A recruiter on a personal address, about a named role, a call on the company's tools.
    "Hi Sam, I'm Dana, a recruiter at Ravenwood Analytics (ravenwood.io). I came across your "
    "profile and we have a Senior Data Engineer opening on our platform team. Would you be open "
    "to a 20-minute call on Zoom next week? Reach me at dana.recruits@gmail.com while my company "
    "inbox is set up.",
    "Hi Priya, I'm a technical recruiter at Amazon. Your background in distributed systems stood "
    "out. We have an SDE II role in Seattle. Would you be open to a quick call this week?",
    "Hi Jordan, this is Mike from Brightline Staffing. A contract React role with a fintech "
    "client, $70-80/hr, 6 months. Feel free to call or text me at 415-555-0199 or email "
    "mike@brightlinestaffing.com",
    "Hi, I came across your CV. I'm recruiting for a 6-month contract with a UK bank, £550 per "
    "day, hybrid in London. Let me know if you'd like to talk.",
    "Hi {First Name}, I came across your profile and your React work. We're hiring a Frontend "
    "Engineer at {Company}: fully remote, flexible hours. If you're open to it, please use this "
    "link to book a 15-minute call: {Calendly link}",
    "Hi Jane, I'm reaching out from Acme Corp. We found your resume on Indeed and think you'd "
    "fit our Customer Success Manager opening. Feel free to text me at 555-123-4567.",
    # Clients and maintainers.
    "Would you be open to paid consulting on integrating your library into our product?",
    "Can we sponsor a feature? We use your package in production and would pay for streaming "
    "support, then give it back to the community.",
    "Hi Ana, I came across your repository and would love to collaborate on the plugin API. "
    "We're a small team at Tidewater Labs; could we talk? You can reach me at ana.t@gmail.com",
    "Hey, loved your work on the parser crate. Would you be interested in a paid 3-month "
    "contract? Happy to send details by email.",
    # Templates.
    "Thank you for applying for the Backend Engineer role at Northwind. We received your "
    "application and will get back to you within two weeks.",
    "Hi Tom, we'd like to invite you to a 45-minute interview on Microsoft Teams. Please use "
    "this link to pick a time that suits you.",
    "Thanks for your interest! Please complete the take-home: clone the repo shared in "
    "Greenhouse, run npm install, and submit within 5 days.",
    # The two false alarms the issue names, in other words.
    "Warehouse Associate\nThis position is well paying and you will be paid via direct deposit "
    "every two weeks.",
    "Need a subcontractor for a WordPress migration!!! Two weeks, fixed price. Send your "
    "portfolio to studio.ortega@gmail.com",
    "You will use Gmail, Slack, Jira and Confluence daily, and meet us on Google Meet.",
    "Hello everyone! Our open-source project is looking for volunteer maintainers, flexible "
    "hours. Join us on Discord.",
    "Not the right time for you? Keep watching our pages for the next opening.",
    "Hi, this is Ben at Google. I'm reaching out about an SRE role in Zurich. Open to exploring?",
    "You will present as the engineer on our sales calls, walking clients through the design.",
    # A client once the contract runs, and a payroll system's mail after the offer is signed.
    "Thanks for accepting the offer, the contract is active now. Our editors chat on Telegram "
    "if you want to join; scope and payment stay here on Upwork.",
    "Welcome aboard! Please complete the following before your first pay run:\n1) Tax form\n"
    "2) Direct deposit (bank account number)\nEnter these only in Gusto, never by email.",
    # A client's team chat once hired, payment kept on the platform.
    "Contract accepted, welcome! For outages the team uses a WhatsApp group, optional. "
    "Payments and scope stay on Upwork.",
    # A recruiter who names the openings.
    "Hi Omar, are you still looking for work? We have several openings in our Leeds depot "
    "for forklift drivers, £13.50/hr. I came across your CV on Indeed.",
    # A deadline for the work itself, not for answering.
    "We need each episode turned around within 48 hours of upload. You'll reply to listener "
    "emails within 24 hours too. Pay is per episode through Upwork.",
    # A recruiter's opt-out line.
    "Hi Lena, I came across your profile for a contract Go role at a Dublin bank. If you'd "
    'rather not hear from me again, reply with "STOP".',
]


@pytest.mark.parametrize("text", QUIET_MESSAGES)
def test_real_outreach_and_templates_stay_below_medium(text):
    assert risk_level(find_red_flags(text)) <= Risk.LOW


def test_paid_via_direct_deposit_is_not_a_fee():
    text = "A well paying role: you will be paid via direct deposit."
    assert "F1" not in {hit.flag for hit in find_red_flags(text)}
    assert "F1" in {hit.flag for hit in find_red_flags("Please send a $40 deposit to apply.")}


def test_a_famous_name_counts_only_without_its_own_address():
    claimed = "Hi, I'm Rosa from Netflix. Write to rosa.talent@outlook.com for the role."
    assert "brand-claim" in {hit.flag for hit in find_red_flags(claimed)}
    own = "Hi, I'm Rosa from Netflix. Write to rosa@netflix.com for the role."
    assert "brand-claim" not in {hit.flag for hit in find_red_flags(own)}
    lookalike = "Hi, I'm Rosa from Netflix. Apply at https://netflix-hr.onrender.com today."
    assert "brand-claim" in {hit.flag for hit in find_red_flags(lookalike)}


def test_lookalike_addresses_and_throwaway_links_are_told_from_company_ones():
    def flags(text):
        return {hit.flag for hit in find_red_flags(text)}

    assert "lookalike-address" in flags("Reply to hr@acme-careers.com")
    assert "lookalike-address" in flags("Reply to office@stateuniversity.live")
    assert "lookalike-address" not in flags("Reply to careers@acme.com")
    assert "throwaway-link" in flags("Details: https://bit.ly/3abcd")
    assert "throwaway-link" not in flags("Details: https://acme.com/jobs/42")


def test_a_chat_app_as_the_interview_channel_is_high_and_as_contact_low():
    interview = find_red_flags("The interview is held by text on Telegram with our recruiter.")
    assert risk_level(interview) == Risk.HIGH
    contact = find_red_flags("Message me on Telegram.")
    assert [hit.severity for hit in contact if hit.flag == "F5"] == ["low"]


@pytest.mark.parametrize(
    "text",
    [
        "Never move to Telegram or WhatsApp before a contract, and never text us your ID.",
        "Safety tip: never let anyone use your Upwork account or install AnyDesk for a client.",
        "Beware of anyone who asks you to attend interviews on their behalf and split the salary.",
        "We will never ask you to clone a repository and run npm install before an interview.",
    ],
)
def test_safety_advice_naming_the_scams_does_not_fire(text):
    assert risk_level(find_red_flags(text)) == Risk.NONE


POSTING = (
    "Build a booking widget\nPosted 5 minutes ago\n\nSummary\nWe need a React developer for a "
    "small booking widget. {ask}\n\nAbout the client\nPayment method {payment}\nUnited States\n"
    "1 job posted\n{spent}\nMember since Nov 20, 2026\n"
)


def test_a_platform_posting_that_moves_to_a_chat_app_is_high():
    text = POSTING.format(
        ask="Send me your WhatsApp number to discuss.", payment="verified", spent="$12K total spent"
    )
    hits = analyze_posting(text).red_flags
    assert "off-platform" in {hit.flag for hit in hits}
    assert risk_level(hits) == Risk.HIGH


def test_a_chat_app_for_after_the_contract_is_no_move_off_the_platform():
    text = POSTING.format(
        ask="Once hired, we chat on Discord and Slack.", payment="verified", spent="$9K total spent"
    )
    assert risk_level(analyze_posting(text).red_flags) == Risk.NONE


def test_an_unverified_new_client_who_asks_to_move_is_read_from_the_client_box():
    text = POSTING.format(
        ask="Add me on Skype, my Skype ID is below.", payment="not verified", spent="$0 total spent"
    )
    flags = {hit.flag for hit in analyze_posting(text).red_flags}
    assert {"client-unverified", "client-new", "unverified-client"} <= flags
    quiet = POSTING.format(
        ask="Proposals with a demo first.", payment="not verified", spent="$0 total spent"
    )
    assert risk_level(analyze_posting(quiet).red_flags) <= Risk.LOW


def test_a_fee_for_a_test_or_onboarding_in_a_posting_is_high():
    for ask in (
        "There is a $30 test fee before we review your work.",
        "Pay for the onboarding through our partner site to get started.",
    ):
        text = POSTING.format(ask=ask, payment="verified", spent="$2K total spent")
        assert risk_level(analyze_posting(text).red_flags) == Risk.HIGH, ask


def test_renting_an_account_in_a_posting_is_high():
    text = POSTING.format(
        ask="We want to rent your Upwork account and pay you 15% of the earnings.",
        payment="verified",
        spent="$2K total spent",
    )
    assert "account-renting" in {hit.flag for hit in analyze_posting(text).red_flags}


def test_money_for_your_account_is_high_on_its_own_and_the_words_alone_low():
    bought = find_red_flags("Hello sir, I want to buy your old Upwork profile, good price.")
    assert [(hit.flag, hit.severity) for hit in bought] == [("account-use", "high")]
    asked = find_red_flags("Can I use your Fiverr account for a day?")
    assert risk_level(asked) == Risk.LOW


def test_dismissing_a_family_lowers_the_level_to_its_signals():
    hits = find_red_flags("Attend interviews on my behalf and we split the salary.")
    assert risk_level(hits) == Risk.HIGH
    assert risk_level(hits, dismissed=frozenset({"interview-proxy"})) == Risk.LOW


# The general forms of signals first written around one message: each family in phrasings
# of its own, read by the form (who is targeted, how pay is counted, where money goes).
GENERAL_FORM_CASES = [
    (
        "student-assistant",
        "Our faculty requires the services of three students as remote assistants, paid $300 "
        "weekly. Text 667-555-0181 with your full name.",
    ),
    (
        "student-assistant",
        "Part-time role as an assistant to a professor, open to undergraduates of all majors. "
        "$320 every week, set your own hours. Write to dr.paulson.lab@outlook.com",
    ),
    (
        "student-assistant",
        "This initiative supports hardworking students with their tuition: a work from home "
        "role with weekly pay. Kindly reply with your mobile number.",
    ),
    (
        "task-job",
        "Hi all! Finish simple daily tasks and collect rewards. Register with my link and get "
        "$15 free: https://quicktask.top/r/8812",
    ),
    (
        "task-job",
        "For every task you complete you will earn 4 USD. Message me on WhatsApp to begin.",
    ),
    (
        "task-job",
        "Each review you submit pays well, no experience needed. Inbox me for the app.",
    ),
    (
        "money-mule",
        "Our trading firm wants to represent our company in Canada through you: take in "
        "customer payments, keep 8% and transfer the balance to our supplier.",
    ),
    (
        "money-mule",
        "We need a finance agent in the UK to receive payments from our clients. You earn a 5% "
        "commission on every wire transfer.",
    ),
    (
        "partner-lure",
        "I reviewed your repositories and propose something mutually beneficial. I need a "
        "partner in Europe; write to martin.devhub@gmail.com",
    ),
    (
        "selected-out-of-the-blue",
        "Good news: your CV on a job board was shortlisted and you have been selected for an "
        "online role. Reply 1 for details.",
    ),
    (
        "account-renting",
        "My Toptal profile was closed. Could you create a new account that I can use? I'll "
        "log in through AnyDesk.",
    ),
    (
        "interview-proxy",
        "You would join the video calls using my identity and CV, and we share the money 60/40.",
    ),
]


# Forms a second, independent set of messages showed missing: a decimal point inside a
# sentence, a list under its lead-in line, a team given access, a call joined as someone
# else, secrecy, money turned into gift cards, parcels repacked for abroad.
GENERAL_FORM_CASES += [
    (
        "crypto-deposit",
        "Well done, agent 12! Your balance shows -$96.40. To release the $731.25 bonus you "
        "need to top up the gap in USDT first.",
    ),
    (
        "account-renting",
        "Our marketing agency rents LinkedIn profiles. Give our staff access to your profile and "
        "set up a remote desktop app; you get $120 monthly.",
    ),
    (
        "interview-proxy",
        "I have two screening calls next week. You take the calls as me, camera off, and answer "
        "the Python questions. Please keep it confidential.",
    ),
    (
        "money-mule",
        "We are looking for a regional clerk to receive customer payments into their bank "
        "account and convert them to gift cards. You keep 6% of each transfer.",
    ),
]


@pytest.mark.parametrize(
    "text",
    [
        "Hello! Small online store here. You open our boxes, repackage the laptops and ship them "
        "to our partner abroad with the labels I email you.",
        "Dear candidate, to complete your file before the interview, reply with the following:\n"
        "1. Full name\n2. Date of birth\n3. Bank account number and sort code",
        "Data labelling role: pass our paid certification first, exam fee 60 EUR, pay to this "
        "Venmo before Friday.",
        "Open your trading desk account with a $250 deposit to activate your assistant role.",
    ],
)
def test_a_scam_act_stated_in_a_form_of_its_own_is_high(text):
    assert risk_level(find_red_flags(text)) == Risk.HIGH


# A third set of forms, each written here in words of its own.
@pytest.mark.parametrize(
    "text",
    [
        "Your wallet is at -312 USDT after the bonus order. Please top up the shortfall today "
        "so the remaining orders can be submitted.",
        "One more step before we start: the compliance course, tuition 180 EUR, payable via the "
        "link in this mail.",
        "Before your first shift you need to purchase the onboarding kit from our store.",
        "We'll pay you back from your next paycheck for the screening fee.",
        "Hello, for verification please send a passport photo and a selfie holding your ID.",
        "Our HR platform requires the following before we can book the call:\n"
        "- Full name\n- Social Security Number\n- Bank routing number",
        "Quick gig: buyers' money gets deposited to your account from our customers; send it on "
        "as bitcoin the same day.",
        "The boss needs four Steam gift cards for a client today. Pick them up, scratch the "
        "backs and send pictures of the codes.",
        "Two parcels today: peel nothing, just put the new label over the old one and drop "
        "them at the post office.",
        "Friendly offer: we 'lease' your profile for our outreach team, who sign in and "
        "message prospects in your name. $60 a month for you.",
    ],
)
def test_a_scam_act_in_yet_other_words_is_high(text):
    assert risk_level(find_red_flags(text)) == Risk.HIGH


@pytest.mark.parametrize(
    ("family", "text"),
    [
        (
            "interview-proxy",
            "Our consultancy needs speakers to sit the client calls; you use the candidate's name "
            "from the CV we send. $180 per round.",
        ),
        (
            "off-platform",
            "Arbitrage desk hiring: earn 3% daily on the capital you put in. Ping me on Telegram.",
        ),
        (
            "selected-out-of-the-blue",
            "We found your CV in an online database and offer you the position of office "
            "coordinator. Reply within 24 hours with your home address.",
        ),
    ],
)
def test_a_family_is_read_from_yet_other_words(family, text):
    hits = find_red_flags(text)
    assert family in {hit.flag for hit in hits}
    assert risk_level(hits) == Risk.HIGH


@pytest.mark.parametrize(
    "text",
    [
        # A forum's own way of asking for replies, and pay per piece of real work.
        "[Hiring] Podcast editor\nHey all, we publish two episodes a week and pay $90 per "
        "episode edit. DM me with samples.",
        "Hi everyone! Looking for a motion designer, $150 per video, 4 videos a month. "
        "Comment or DM me.",
        # Details entered on the employer's own HR system, after the offer.
        "Welcome aboard! Please enter your bank details directly in Workday before Monday.",
        # A clerk who reships returns to the maker.
        "Receiving clerk: check in returns and reship faulty units to the manufacturer.",
    ],
)
def test_forum_hiring_posts_and_real_work_words_stay_below_medium(text):
    assert risk_level(find_red_flags(text)) <= Risk.LOW


@pytest.mark.parametrize(
    "text",
    [
        # Someone else pays: the freelancer is the one paid.
        "Hi Lou, my sister's café needs new menus. She will pay a deposit first and the rest "
        "when the files are done; budget about 400 EUR.",
        # An employer paying for exams and courses is a benefit.
        "Perks: our company covers certification fees, plus a yearly training budget for "
        "course fees and books.",
        # Identity documents checked in person or on a portal after the offer.
        "On Monday, please bring your passport and Social Security card for the paperwork.",
        "Congratulations on the offer! Within a week you will get a link to our onboarding "
        "portal, where you enter your bank account number for payroll.",
        # A list of what to bring to an office, not to send.
        "What to have ready:\n- A laptop charger\n- Your lunch order\n- Questions for the team",
    ],
)
def test_a_benefit_a_client_paying_or_papers_after_the_offer_stay_below_medium(text):
    assert risk_level(find_red_flags(text)) <= Risk.LOW


@pytest.mark.parametrize(("family", "text"), GENERAL_FORM_CASES)
def test_a_family_is_read_from_the_general_form_of_its_signals(family, text):
    hits = find_red_flags(text)
    assert family in {hit.flag for hit in hits}
    assert risk_level(hits) == Risk.HIGH


@pytest.mark.parametrize(
    "text",
    [
        "Graduate Teaching Assistant, Department of Chemistry. Students from any department may "
        "apply through the university portal; the stipend is paid each semester.",
        "We are hiring a math tutor to help students with algebra, 10 hours a week, $25/hr. "
        "Apply at careers@brightpathtutoring.com",
        "Research assistant to a professor in economics, 20 hours a week, paid through campus "
        "payroll. Apply on the university jobs site.",
        "Freelance illustrator: set your own schedule, paid per project through Upwork.",
        "Accounts Receivable Specialist: process payments from our customers and reconcile "
        "invoices. Full-time, on site in Denver.",
        "The scholarship fund supports students financially; apply via the bursar's office.",
        "Let's find a time that works for both of us next week.",
        "Each order is packed by our warehouse team; shipping takes two days.",
        "Register for the webinar and get $20 off the course.",
    ],
)
def test_look_alikes_of_the_general_forms_stay_below_medium(text):
    assert risk_level(find_red_flags(text)) <= Risk.LOW


def test_a_domain_is_one_piece_of_evidence_whether_written_as_address_or_link():
    both = {
        hit.flag
        for hit in find_red_flags(
            "Write to hr@northfield.live or see https://northfield.live/apply"
        )
    }
    assert "lookalike-address" in both and "throwaway-link" not in both
    link = {hit.flag for hit in find_red_flags("Apply at https://quickjobs.xyz/a")}
    assert "throwaway-link" in link and "lookalike-address" not in link


@pytest.mark.parametrize(
    "text",
    [
        # Crypto to fund, with another sign: a share of profits.
        "Our desk hires remote associates: open an exchange account, keep 200 USDT on it and "
        "copy our trades. You take 10% of profits.",
        # Payments to receive for a company, with pressure.
        "We need an accounts agent in your state to receive client payments into your bank "
        "account. Reply fast, only today.",
        # Money to send on, with an unsolicited approach.
        "I saw your profile on a job site. Take the transfers we send, keep 5% and forward the "
        "rest to our supplier.",
    ],
)
def test_money_passed_through_your_hands_with_another_sign_is_high(text):
    hits = find_red_flags(text)
    assert "money-through-you" in {hit.flag for hit in hits}
    assert risk_level(hits) == Risk.HIGH


def test_a_fee_repaid_later_is_high_and_a_cost_the_employer_covers_is_not():
    assert {
        h.flag for h in find_red_flags("Buy the kit now; it is refunded in your first pay.")
    } >= {"repaid-later"}
    quiet = (
        "CAMS certification preferred (exam cost covered by Northwind).",
        "You will enter your SSN and date of birth in the portal of our screening partner.",
    )
    for text in quiet:
        assert risk_level(find_red_flags(text)) <= Risk.LOW, text


@pytest.mark.parametrize(
    "text",
    [
        "Once the account is set up, just forward us the verification code you get by SMS.",
        "The install may be blocked by Windows; click 'Run anyway' and join the call at 4.",
        "Our clients need locals to host company laptops at home and keep them online; "
        "$250 monthly for each.",
        "Parcels from our store partners will arrive at your home; check them and repack with "
        "the labels from the dashboard.",
    ],
)
def test_a_takeover_or_reshipping_form_is_high(text):
    assert risk_level(find_red_flags(text)) == Risk.HIGH


def test_an_offer_after_reviewing_your_profile_with_no_interview_is_a_family():
    text = (
        "Great news!! After reviewing your profile, you have been selected for the role of "
        "remote assistant, $900 weekly, no interview required."
    )
    assert "selected-out-of-the-blue" in {hit.flag for hit in find_red_flags(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Please download Zoom before the interview and test your camera.",
        "On your first day you will set up two-factor sign-in; enter the code from the app on "
        "the login page.",
        "Warehouse associate: pick, pack and label outbound orders.",
        "A package with your laptop and badge will arrive at your home address before day one.",
    ],
)
def test_onboarding_and_warehouse_words_stay_below_medium(text):
    assert risk_level(find_red_flags(text)) <= Risk.LOW


@pytest.mark.parametrize(
    "text",
    [
        "Your offer is ready. Only step left: a refundable BGV charge of Rs 3,500 to our partner, "
        "adjusted in your first month's salary.",
        "To issue your work permit you must pay the sponsorship charge of £1,900 through our "
        "authorised agent in Manila.",
        "You're in! To secure your creator spot, place your first order with your code today.",
        "Quedaste seleccionada. Para apartar tu lugar debes pagar la cuota de inscripción de "
        "$900 en OXXO.",
        "Solo necesitas cuenta a tu nombre para recibir transferencias; te quedas con el 6% y "
        "me mandas foto de tu INE.",
        "Top up $120 to the merchant address and your frozen commission comes back today.",
        "Our team call uses its own secure app; install it before the call and if a driver "
        "warning appears just run the update it suggests.",
    ],
)
def test_fees_and_takeovers_in_yet_more_forms_are_high(text):
    assert risk_level(find_red_flags(text)) == Risk.HIGH


@pytest.mark.parametrize(
    ("family", "text"),
    [
        (
            "task-job",
            "Namaste ji! Bas reels ko like karo aur screenshot bhejo, per task ₹40. Telegram "
            "receptionist se connect karo.",
        ),
        (
            "interview-proxy",
            "You sit the video interview, I feed you the answers over chat, and once hired I do "
            "the actual job. $600 per interview.",
        ),
        (
            "coding-test",
            "Before we start the contract, clone our repo and run npm start so I can see your "
            "setup. Quick task.",
        ),
    ],
)
def test_a_family_is_read_from_a_fourth_sets_forms(family, text):
    hits = find_red_flags(text)
    assert family in {hit.flag for hit in hits}
    assert risk_level(hits) == Risk.HIGH


@pytest.mark.parametrize(
    "text",
    [
        "We are a recognised sponsor: we file your visa ourselves and pay all the fees; there is "
        "nothing for you to pay.",
        "The hospital is a licensed sponsor and will pay for your visa, your exam fee and flight.",
        "[HIRING] Bot developer, part-time, $40/hr. Hey all, DM me with your GitHub.",
    ],
)
def test_an_employer_paying_the_fees_and_a_forum_post_stay_below_medium(text):
    assert risk_level(find_red_flags(text)) <= Risk.LOW


@pytest.mark.parametrize(
    "text",
    [
        "Your first interview is text-only on Google Chat with our hiring lead, 9am sharp.",
        "Screening fee $39.50, refunded on 1st paycheck. Pay within the hour to keep your slot.",
        "Booking is confirmed once you send ₹12,000 deposit to careers.desk@okaxis today.",
        "You must book a shoot with our partner photographer for $250 before the casting.",
        "The installer may ask for an audio driver update; just click install and join room 12.",
    ],
)
def test_a_fifth_sets_forms_are_high(text):
    assert risk_level(find_red_flags(text)) == Risk.HIGH


@pytest.mark.parametrize(
    ("family", "text"),
    [
        (
            "account-renting",
            "Our agency is renting aged LinkedIn accounts for outreach; you let us log in once "
            "and get $120/month per account.",
        ),
        (
            "money-through-you",
            "We ship you two laptops to keep online 24/7 with AnyDesk; the client pays the "
            "salary into your bank and you forward it to us.",
        ),
        (
            "coding-test",
            "As a first step, clone our dapp repo, run npm install and test it with your browser "
            "wallet extension.",
        ),
        (
            "selected-out-of-the-blue",
            "You've been selected for a remote assistant role, no interview needed. Txt YES to "
            "get your offer.",
        ),
    ],
)
def test_a_family_is_read_from_a_fifth_sets_forms(family, text):
    hits = find_red_flags(text)
    assert family in {hit.flag for hit in hits}
    assert risk_level(hits) == Risk.HIGH


@pytest.mark.parametrize(
    "text",
    [
        "Ven el lunes a una prueba de dos horas; se paga a la tarifa normal.",
        "Receipts for the home-office stipend are reimbursed with the next payroll run.",
        "Thanks! Let's do a quick video interview on Zoom; I'll text you the link.",
    ],
)
def test_a_paid_trial_an_expense_refund_and_a_video_interview_stay_below_medium(text):
    assert risk_level(find_red_flags(text)) <= Risk.LOW


@pytest.mark.parametrize(
    "text",
    [
        # a screening priced beside what it buys, paid before the start
        "You're approved! Last step: settle the $24.50 verification charge by card today.",
        # a course bought now and paid back on a later paycheck
        "The starter course is $199; the cost is reimbursed in full on your second paycheck.",
        # an ID scan and a voided check sent with the signed contract
        "Please return the signed agreement with a scan of your state-issued ID.",
        "Email us a voided check so payroll can set you up before day one.",
        # parcels received at home and sent on, written in German
        "Sie nehmen Pakete an Ihrer Wohnadresse an und versenden sie danach mit unseren "
        "Etiketten weiter.",
        "Für den Vertrag brauchen wir ein Selfie mit Ihrem Personalausweis.",
        # payments received into the reader's account and sent on, in Italian and Spanish
        "Riceverai sul tuo conto un bonifico da 1.500 €, potrai trattenere 200 € e "
        "acquistare buoni Paysafecard con il resto.",
        "Recibes pagos de clientes y luego debes transferirlos a la cuenta que te digamos, "
        "ganas el 5% de cada operación.",
        # a casting's registration priced and paid by Pix
        "A inscrição na agência fica no valor de R$ 450, pode parcelar no Pix.",
        # a task job's top-up in Indonesian
        "Untuk tugas berikutnya silakan isi saldo minimal 30 USDT, upah per tugas Rp 20.000.",
    ],
)
def test_a_sixth_sets_forms_are_high(text):
    assert risk_level(find_red_flags(text)) == Risk.HIGH


@pytest.mark.parametrize(
    "text",
    [
        # the agency's fee paid by the employer
        "Our search fee is paid by the employer, so there's nothing for you to pay.",
        # a staffing agency's pay deposited into payroll
        "Pago $90 la hora, se deposita el viernes en tu nómina.",
        # documents asked for through a secure portal or checked in person
        "Our lawyers will request your passport copy through their secure client portal.",
        "On your first day, bring:\n- a passport, or a driver's license and Social Security card\n",
        # a freelance project's price
        "Budget: $2,000 flat fee for the whole illustration set, paid on delivery.",
    ],
)
def test_an_employers_fee_a_payroll_deposit_and_documents_on_day_one_stay_below_medium(text):
    assert risk_level(find_red_flags(text)) <= Risk.LOW


@pytest.mark.parametrize(
    "text",
    [
        # a bank's sign-in asked for, and the one-time code passed on
        "To set up direct deposit, log in with your internet banking username and password "
        "on the form below.",
        "Your bank may text you a verification code while we link the account; please send "
        "it over to us right away.",
        # identity papers and bank details asked for in French
        "Merci de nous envoyer une photo de votre carte d'identité et votre RIB avant l'entretien.",
        "Pour le contrat, il nous faut votre numéro de sécurité sociale, à transmettre par mail.",
        # an interview held in writing on a chat app
        "The first round is a text-based interview, answered in writing at your own pace.",
        "Votre entretien aura lieu par écrit sur Telegram demain à 10 h.",
        # a cheque deposited, the equipment money sent on to the company's vendor
        "Deposit the check we mail you, then wire the equipment share to our preferred vendor.",
        # a fee priced in rupees, and a deposit asked for in Hinglish
        "Selection ke baad INR 1,500 fee training ke liye lagegi.",
        "Offer letter ke liye ₹12,000 abhi account mein jama karna hoga.",
        # payments received for the company's clients and the rest sent on, in Spanish
        "Recibirás en tu cuenta los pagos de nuestros clientes; el resto lo transfieres a "
        "la cuenta del proveedor y te quedas con un 8 %.",
    ],
)
def test_a_seventh_sets_forms_are_high(text):
    assert risk_level(find_red_flags(text)) == Risk.HIGH


@pytest.mark.parametrize(
    ("family", "text"),
    [
        # a car wrap that pays for driving as usual: the first payment comes as a cheque
        (
            "fake-cheque",
            "Paid promotion! We need motorists to advertise a soda brand with car decals; "
            "you earn $350 a week just by driving your usual routes.",
        ),
        # rating hotels for pay per day, in Polish and Indonesian
        (
            "task-job",
            "Praca zdalna: ocenianie restauracji w sieci, 250–600 zł dziennie. Wystarczy "
            "odpisać TAK.",
        ),
        (
            "task-job",
            "Tugasnya hanya like dan follow toko online, sehari bisa dapat Rp 250.000. Kami "
            "tambahkan kakak ke grup WhatsApp.",
        ),
        # an account verified with the reader's own ID, then run by the team for a cut
        (
            "account-renting",
            "We need people to get verified on Upwork with your own ID; after that our team "
            "runs the account and you keep a 15% cut every month.",
        ),
    ],
)
def test_a_family_is_read_from_a_seventh_sets_forms(family, text):
    hits = find_red_flags(text)
    assert family in {hit.flag for hit in hits}
    assert risk_level(hits) == Risk.HIGH


@pytest.mark.parametrize(
    "text",
    [
        # an honest company's warning: the chat interview it never holds
        "Our interviews happen on Zoom with cameras on, never over text chat.",
        # being hired as a condition, not a statement
        "When you're hired, the team chats on Slack and payouts run in USDT for our merchants.",
        # a fee waived, in Hinglish
        "Is job ke liye koi fee ya ₹500 jama karne ki zarurat nahi hai.",
        # a wrap shop hiring, and a vendor paid by the employer
        "Vinyl car wrap installer wanted for our shop; pay $24/hr, tools provided.",
        "Our office manager will order your laptop from our approved vendor and ship it.",
    ],
)
def test_a_chat_interview_refused_a_condition_and_a_wrap_shop_stay_below_medium(text):
    assert risk_level(find_red_flags(text)) <= Risk.LOW


def test_review_tasks_paid_per_task_in_turkish_are_named():
    hits = find_red_flags(
        "Mağaza puanlarını yükseltmek için ürünlere yıldız ve kısa bir yorum veriyorsunuz; "
        "görev başına 35 TL ödüyoruz."
    )
    assert {"F11", "pay-per-task"} <= {hit.flag for hit in hits}


@pytest.mark.parametrize(
    "text",
    [
        # a bank's one-time code entered on someone else's page, a bank sign-in through it
        "On the verification page, type in the security code from your bank to link payroll.",
        "We need you to log in to your bank account on our payroll page this week.",
        # a mailbox's password asked for, behind a privacy pretext
        "To protect your privacy, the offer opens only after you sign in with your Outlook "
        "password.",
        # a deposit for materials, and paying to an IBAN, in Turkish
        "Kargoya vermeden önce 600 TL malzeme bedeli alınır.",
        "Ödemenizi aşağıdaki IBAN numarasına yapmanız yeterli.",
        # a starter kit bought for a price, in Portuguese
        "Para começar basta comprar o kit da revendedora por R$ 189 no boleto.",
        # ID papers asked for on a form before an interview
        "On the form you'll be asked for your date of birth and Social Security number.",
    ],
)
def test_an_eighth_sets_forms_are_high(text):
    assert risk_level(find_red_flags(text)) == Risk.HIGH


@pytest.mark.parametrize(
    ("family", "text"),
    [
        # a stranger's remote session on your own computer, with only a phone to call
        (
            "remote-takeover",
            "Before Monday, install TeamViewer on your home PC and send the ID to our tech. "
            "Questions? Text me at (312) 555-0177.",
        ),
        # crypto bought and the roubles sent on to the curator's details, a cut of each deal
        (
            "money-through-you",
            "Компания переводит вам USDT, вы отправляете рубли на реквизиты куратора. "
            "С каждой сделки вы получаете 3%.",
        ),
        # a French text: pay by the day for no experience, then WhatsApp
        (
            "off-platform",
            "Travail à domicile, 120 € à 300 €/jour, sans expérience. Écrivez-nous sur WhatsApp.",
        ),
    ],
)
def test_a_family_is_read_from_an_eighth_sets_forms(family, text):
    hits = find_red_flags(text)
    assert family in {hit.flag for hit in hits}
    assert risk_level(hits) == Risk.HIGH


@pytest.mark.parametrize(
    "text",
    [
        # nobody will ask, and a warning of what anyone might ask
        "Nobody from payroll will ask for your bank details by text.",
        "If someone asks you to pay a training fee on our behalf, report it to us.",
        # a background check's provider asks for consent and the SSN; the employer pays
        "Checkr will email you to ask for your consent and your Social Security number; we "
        "cover the cost.",
        # an honest warning naming those posing as the company
        "People posing as our recruiters have messaged applicants on Telegram offering data "
        "entry jobs.",
    ],
)
def test_a_warning_a_condition_and_a_background_check_stay_below_medium(text):
    assert risk_level(find_red_flags(text)) <= Risk.LOW


@pytest.mark.parametrize(
    "text",
    [
        # a housing deposit in Polish, paid to a coordinator's account
        "Kaucja za pokój wynosi 300 zł, wpłata na konto koordynatora przed wyjazdem.",
        # an Indonesian guarantee balance, a Spanish uniform paid by Bizum
        "Untuk aktivasi akun, isi saldo jaminan Rp 150.000 terlebih dahulu.",
        "El uniforme cuesta 35 €; puedes pagar por Bizum al número que te envío.",
        # a Filipino placement fee paid through GCash, a package priced for a casting
        "Ang processing ay ₱12,000, pwede pong magbayad via GCash ngayong linggo.",
        "Our partner studio's demo package is $250 and is required before callbacks.",
        # a French mystery shop: receive a transfer and send most of it on
        "Vous recevrez un virement de 1 200 € puis vous enverrez 1 000 € au bénéficiaire.",
        # papers' processing charged to the applicant, a passport copy to a mail.com address
        "The applicant is only responsible for the visa processing fee (USD 420).",
        # a login and the bank's number asked for, in Nigerian English
        "To activate you, send your account name, bank and BVN today.",
        "You will be asked to confirm your login and payout method on the page below.",
    ],
)
def test_a_ninth_sets_forms_are_high(text):
    assert risk_level(find_red_flags(text)) == Risk.HIGH


@pytest.mark.parametrize(
    ("family", "text"),
    [
        (
            "money-mule",
            "Clients pay invoices by local transfer, so you receive those payments into a "
            "designated account and forward the balance to our suppliers.",
        ),
        (
            "interview-proxy",
            "We apply in your name; at the video interview you join on camera while our "
            "engineer supports you with answers. You keep 20% of each salary.",
        ),
        (
            "task-job",
            "Bạn đặt đơn theo link và thanh toán trước, sau đó nhận lại tiền kèm hoa hồng.",
        ),
    ],
)
def test_a_family_is_read_from_a_ninth_sets_forms(family, text):
    hits = find_red_flags(text)
    assert family in {hit.flag for hit in hits}
    assert risk_level(hits) == Risk.HIGH


@pytest.mark.parametrize(
    "text",
    [
        # a warning, then what the impostors do, in the next sentence
        "Scammers have been impersonating our hiring team. They ask candidates to pay for "
        "training and mail out cheques for equipment.",
        # papers brought to the office, not sent; a stipend repaid on payroll
        "Per il contratto servono carta d'identità e codice fiscale: li porti in ufficio, "
        "non serve mandarli qui.",
        "Buy a chair with your $300 stipend and submit receipts; it's reimbursed with your next "
        "paycheck.",
        # an NGO's note that it charges nothing, in Swahili
        "Hakuna application fee wala processing fee katika recruitment yetu.",
    ],
)
def test_a_warning_papers_at_the_office_and_a_stipend_stay_below_medium(text):
    assert risk_level(find_red_flags(text)) <= Risk.LOW


@pytest.mark.parametrize(
    "text",
    [
        # a release of funds against a fee, the way recovery scams write to earlier victims
        "We have located your lost deposit. A release fee of 300 USDT must be paid before "
        "the transfer.",
        # a Polish contract sent once a registration is paid, a Turkish deposit in lira
        "Umowę wyślemy po opłaceniu kosztów rejestracji, 450 zł na konto koordynatora.",
        "Üst seviye görevler için 2.500 TL yatırmanız gerekiyor.",
        # an interview that is a chat, said two ways
        "This conversation will serve as your interview, so please answer each question fully.",
        "Our managers conduct interviews via text message to save everyone time.",
        # an account made for someone else, and a Spanish task job with daily earnings
        "Open a Fiverr account in your country and let us use it; we send you 25% of every "
        "payment.",
        "Ayude a las tiendas a mejorar la visibilidad de sus productos completando tareas: "
        "ganancias diarias de 40€ a 300€, pago el mismo día.",
    ],
)
def test_a_tenth_sets_forms_are_high(text):
    assert risk_level(find_red_flags(text)) == Risk.HIGH


def test_a_stand_in_who_shares_the_salary_is_an_interview_proxy():
    text = (
        "I need someone to take my technical interviews on my behalf, with my name and CV. "
        "Once I'm hired I'll share part of the salary with you. Don't mention this on LinkedIn."
    )
    hits = find_red_flags(text)
    assert "interview-proxy" in {hit.flag for hit in hits}
    assert risk_level(hits) == Risk.HIGH


def test_an_ssn_given_to_the_screening_firm_and_not_sent_here_stays_below_medium():
    text = (
        "Congratulations on signing! You'll give ClearCheck your SSN when they call you, so "
        "please do not email it to me. We cover the cost."
    )
    assert risk_level(find_red_flags(text)) <= Risk.LOW


@pytest.mark.parametrize(
    "text",
    [
        # a casting's paid photo book, and a recruiter who sends you her Pix key to pay
        "Você precisa de um book novo; o ensaio sai por R$ 750 com nosso fotógrafo.",
        "Confirma o horário que eu te mando os dados do Pix para garantir a vaga.",
        # a Kenyan agency's medical paid by M-Pesa, a French kit paid in PCS coupons
        "Medical ni lazima ulipe Ksh 15,000 kupitia M-Pesa paybill kabla ya safari.",
        "Vous devez acquérir la licence du logiciel auprès de notre partenaire au prix de 290 €.",
        "Le règlement se fait uniquement en coupons PCS; envoyez-nous les codes.",
        # a trading "mentor's" minimum, a Dutch prepaid task package, a Romanian file fee
        "The minimum on Orbitrex Pro is $800, and the firm reimburses your initial deposit.",
        "Daarna stort u het bedrag van het pakket en krijgt u het terug met commissie.",
        "Pentru contract este necesară achitarea taxei de procesare de 450 lei.",
        # ID photos and a bank account asked for in Vietnamese, funds passed on in Polish
        "Bạn gửi giúp mình ảnh CCCD hai mặt và số tài khoản ngân hàng nhé.",
        "Wpłaty klientów trafią na Pana prywatne konto, a Pan przekaże środki dalej.",
        # a meeting app of their own, and a test to run outside any sandbox
        "Calls run on our own secure meeting client, so please install it before Thursday.",
        "Clone our repo and run it on your main machine, not a VM, the setup is finicky.",
        "If it says the audio driver needs an update, just accept the prompt.",
    ],
)
def test_an_eleventh_sets_forms_are_high(text):
    assert risk_level(find_red_flags(text)) == Risk.HIGH


def test_a_wrong_number_that_turns_to_easy_work_is_a_family():
    text = (
        "Hi, is this Marco? Oh sorry, wrong number! By the way my cousin's team needs "
        "people for simple part-time work from your phone, interested?"
    )
    hits = find_red_flags(text)
    assert "wrong-number-job" in {hit.flag for hit in hits}
    assert risk_level(hits) == Risk.HIGH


def test_a_chat_space_an_employer_invites_a_new_hire_to_stays_below_medium():
    text = (
        "Google Chat: Lea Brandt (lea@fernworks.io) invited you to the space "
        '"Fernworks – Onboarding: Tom"\n\nWelcome Tom! Your laptop ships on Friday and '
        "your account goes live on Monday."
    )
    assert risk_level(find_red_flags(text)) <= Risk.LOW


@pytest.mark.parametrize(
    "text",
    [
        # a private gig asking for a name by text, its listing number beside it
        "Need two helpers to move a sofa on Saturday, $25/hr. Text me with your name and a "
        "line about yourself.\n\npost id: 7712345678",
        # a restaurant's board post taking CVs on WhatsApp, its own domain beside it
        "URGENT HIRING\nWaiter for our Marina branch.\nSend CV on WhatsApp +971 50 555 0101 "
        "or to jobs@coralgrill.ae",
    ],
)
def test_a_name_asked_a_listing_number_and_a_cv_sent_by_whatsapp_stay_below_medium(text):
    assert risk_level(find_red_flags(text)) <= Risk.LOW


@pytest.mark.parametrize(
    "text",
    [
        "Shortlisted candidates will be interviewed via online chat with our manager.",
        "You receive funds from our clients, buy USDT and send it to my wallet.",
        "To start you must fund your own trading account with minimum $300.",
    ],
)
def test_a_chat_interview_client_funds_and_a_minimum_to_fund_are_high(text):
    assert risk_level(find_red_flags(text)) == Risk.HIGH


@pytest.mark.parametrize(
    "text",
    [
        # parcels to open and send on, in Spanish; clients' money passed on, in Portuguese
        "Te llegan cajas a tu domicilio, revisas el producto y lo reenvías con la etiqueta nueva.",
        "Os clientes depositam na sua conta e você repassa para a conta que eu indicar.",
        # a store account to fund first; a Russian card to receive clients' transfers on
        "At the beginning you add funds to your store account to buy stock, $200 is enough.",
        "Задача — принимать переводы от клиентов на свою карту.",
        # a training hotel booked through their travel agent; an Italian one-off fee
        "Silakan pesan kamar via travel rekanan kami, biaya diganti setelah kontrak.",
        "Per procedere la quota è di 180 € una tantum, le invio le coordinate.",
        # a Polish 1 zł "verification" transfer; a fee paid first, though "the company
        # sponsors" the visa; a wallet you fund yourself
        "Prosimy o przelew 1 zł przez link do weryfikacji rachunku.",
        "The company sponsors your visa, but medical must be paid first by Vodafone Cash.",
        "You use your own account so results are real, most people start with $500.",
        # a chat app of its own name; a first round held in text
        "Please download the Threema app and add our manager for the interview.",
        "There is no video call. The first round is text based, company policy.",
    ],
)
def test_a_twelfth_sets_forms_are_high(text):
    assert risk_level(find_red_flags(text)) == Risk.HIGH


@pytest.mark.parametrize(
    "text",
    [
        # a new hire asking whether to send bank details, and HR saying no
        "> Do I need to send you a voided check before I start?\n\nNo, you'll add your bank "
        "account yourself in the HR portal on day one. You can split your pay between two "
        "accounts.",
        # a screening firm's form, authorised by the hire
        "You'll sign the authorization and enter your SSN and date of birth on the screening "
        "firm's page; we pay for the check.",
    ],
)
def test_a_hires_own_question_and_a_signed_screening_stay_below_medium(text):
    assert risk_level(find_red_flags(text)) <= Risk.LOW


@pytest.mark.parametrize(
    "text",
    [
        # a balance to "complete" for a combined order, in Spanish; a Vietnamese top-up
        "Cuando te toque un pedido especial, completa el saldo de tu cuenta para cobrar.",
        "Từ nhiệm vụ thứ hai bạn nạp theo giá trị đơn, sau đó nhận lại cả gốc.",
        # a cheque whose difference goes to a supplier, in Portuguese; a packet to deposit
        "Enviaremos um cheque de R$ 8.000; repasse a diferença ao nosso fornecedor.",
        "A payment packet arrives tomorrow: deposit it through your bank's mobile app.",
        "Keep your $300 and send the rest to the name on your sheet.",
        # a question about scanning cheques at a written interview
        "Does your bank's app let you scan a check and add it to your balance?",
        # clients' payments into your own account, in French
        "Vous allez recevoir sur votre compte personnel les règlements de nos clients.",
        # costs returned with the first pay, in Polish, Tagalog, Turkish, Italian, English
        "Kwota za wniosek zostanie zwrócona wraz z pierwszą wypłatą.",
        "Ibabalik po ang bayad sa unang sahod ninyo.",
        "Sigorta bedeli ilk maaşınızla birlikte iade edilecektir.",
        "Il costo del corso Le verrà restituito con la prima busta paga.",
        "The amount is returned in full with your first salary.",
        # a bond to lodge, an invoice to settle in złoty, a Turkish total in lira
        "All crew must lodge a personnel security bond with our agent before travel.",
        "Po otrzymaniu dokumentów prześlemy fakturę za obsługę (1 900 zł).",
        "Toplam tutar 12.500 TL'dir, dekontu bu adrese iletiniz.",
        # interviews held in writing, an assessment on Teams chat
        "Our first-stage interviews are conducted in writing through this secure messenger.",
        "The assessment will be conducted on Microsoft Teams chat with our manager.",
    ],
)
def test_a_thirteenth_sets_forms_are_high(text):
    assert risk_level(find_red_flags(text)) == Risk.HIGH


def test_a_profile_run_for_someone_else_for_passive_income_is_account_renting():
    text = (
        "We'd post for our clients from your LinkedIn account; you just log in once so our team "
        "can work from your profile. It's passive income, $120 a month."
    )
    hits = find_red_flags(text)
    assert "account-renting" in {hit.flag for hit in hits}
    assert risk_level(hits) == Risk.HIGH


@pytest.mark.parametrize(
    "text",
    [
        # a texted code asked back with the reader named as the one to send it
        "We texted a verification code to your number a moment ago; kindly forward me the "
        "code so your registration goes through.",
        # a browser add-on that watches the session, before an interview
        "Before the coding round, please install the ProctorLite extension in your browser; "
        "it records what you do.",
        # a trading 'account' funded by the reader, the money said to stay theirs
        "You begin with an opening balance of 300 USDT on the exchange, which stays yours.",
        # an exam the reader must buy before the contract
        "The assessment costs $60, payable to our testing partner, and then we send the contract.",
    ],
)
def test_a_fourteenth_sets_forms_are_high(text):
    assert risk_level(find_red_flags(text)) == Risk.HIGH


def test_a_notice_about_people_falsely_using_a_company_name_stays_quiet():
    notice = (
        "People falsely representing Northwind Freight have offered applicants interviews by "
        "Telegram chat. Our recruiters write only from @northwindfreight.com."
    )
    assert risk_level(find_red_flags(notice)) <= Risk.LOW


@pytest.mark.parametrize(
    "text",
    [
        # a task site's "recharge" in French, and gift cards bought for the sender
        "Pour débloquer vos gains, il faut d'abord recharger votre compte de 50 €.",
        "Start by purchasing three Target gift cards, then text me the numbers on the back.",
        # a certified cheque on its way, an evaluation posing as a job
        "A certified check for $1,800 is on its way to you by FedEx, deposit it on arrival.",
        # steered off a sandbox to run a stranger's project
        "The container image is broken at the moment, so just clone our repo and run npm start.",
        # an interview taken in the sender's name, paid per call and from the salary
        "Join the Teams interview as me tomorrow, $250 for the call, and if I get the job I "
        "pay you every month.",
        # a purchase repaid after probation, a licence bought through 'our partner'
        "Buy the compliance workbook today; the amount is reimbursed on your payroll after "
        "probation.",
        # a team working from someone else's profile
        "We pay $150 a month to let our team use their LinkedIn account for outreach, and "
        "you keep 10% of every placement.",
    ],
)
def test_a_fifteenth_sets_forms_are_high(text):
    assert risk_level(find_red_flags(text)) == Risk.HIGH


def test_documents_sent_only_through_the_employers_hr_platform_stay_quiet():
    text = (
        "Você receberá o link da plataforma de admissão para enviar RG, CPF e dados bancários. "
        "Envie os documentos somente pela plataforma, nunca por WhatsApp."
    )
    assert risk_level(find_red_flags(text)) <= Risk.LOW


@pytest.mark.parametrize(
    "text",
    [
        # a trading "mentor" whose aside in brackets holds a "don't"
        "Open an account on my exchange (I'll send the link, don't use other apps) and put in "
        "whatever amount feels right.",
        # a paid membership, a bond for a uniform or a scanner, a slot's reservation charge
        "To see assignments, activate your Shopper Pro membership (£24.99) today.",
        "Each courier leaves a $200 scanner bond, returned after your first month.",
        "Your quota slot needs a reservation fee of CAD 500 paid to the firm's lawyer.",
        # money for a medical sent to an agent's account
        "Please arrange 9,000 INR for the medical to the agent account before Monday.",
        # a task site's load in Turkish and its prepaid tasks in Indonesian
        "Görevler için hesabınıza 50 USDT yüklemeniz gerekiyor.",
        "Tugas prabayar modalnya mulai Rp 50.000 saja, kak.",
        # parcels checked at home and sent on under new labels
        "You will receive 4-6 parcels a week at your home address; print the new labels we "
        "email you and drop them at UPS.",
        # a portal that wants another site's password, a bank app's balance in a screenshot
        "Sign in to our hiring portal with your LinkedIn or Google credentials to see the offer.",
        "Send a screenshot of your banking app showing the balance so we can verify payroll.",
    ],
)
def test_a_sixteenth_sets_forms_are_high(text):
    assert risk_level(find_red_flags(text)) == Risk.HIGH


def test_a_licence_bond_an_employer_requires_by_law_stays_quiet():
    text = "Notary Signing Agent. Applicants must be able to obtain a $15,000 surety bond."
    assert risk_level(find_red_flags(text)) <= Risk.LOW


@pytest.mark.parametrize(
    ("text", "high"),
    [
        # "the package" is a salary in Ireland and the UK; a kit's price is not
        ("The package is €70k–€80k basic plus a car allowance and pension.", False),
        ("The package is £42,000 plus overtime.", False),
        ("The kit is $149, paid before your first shift.", True),
    ],
)
def test_a_salary_package_is_no_priced_kit(text, high):
    assert (risk_level(find_red_flags(text)) == Risk.HIGH) is high


@pytest.mark.parametrize(
    "text",
    [
        # a take-home from a stranger who "loved your GitHub"
        "We loved your GitHub! Next step: clone our repo, run npm install and fix the swap "
        "page before tomorrow's call.",
        # Connects bought for a client who "can't send an offer"
        "My account has an issue, please buy 150 Connects for me and Upwork will refund you.",
        # a platform's "support" asking for a login through its appeal page, and in French
        "Your seller account is restricted. Log in through our secure appeal center within 24 "
        "hours: https://gigs-appeal-review.net/login",
        "Veuillez confirmer votre identité via le lien ci-dessous sous 24 heures.",
        # an archive with its password, a viewer to run, a document that is a program
        "The brief is Brief.rar (password: 2024), extract it and run the Viewer inside.",
        "Open Specs.pdf.exe from the attachment to see the requirements.",
        # payment off the platform in crypto, in Spanish
        "La plataforma cobra mucha comisión, mejor trabajamos por WhatsApp y te pago por Binance.",
        # an equipment cheque, money sent on to the laptop supplier
        "Your equipment check was mailed today; deposit it and send $3,900 to our laptop supplier.",
        # an account rented in Urdu-English, with the login details and an ID card's picture
        "Aap ka Upwork account rent pe chahiye, login details aur ID card ki picture bhej dein.",
    ],
)
def test_a_seventeenth_sets_forms_are_high(text):
    assert risk_level(find_red_flags(text)) == Risk.HIGH


def test_an_agency_whose_clients_pay_its_fee_stays_quiet():
    text = (
        "Our clients pay us a placement fee on top of your rate, so it never costs you "
        "anything. You invoice us monthly."
    )
    assert risk_level(find_red_flags(text)) <= Risk.LOW


@pytest.mark.parametrize(
    "text",
    [
        # a Polish task offer written without diacritics, reached on WhatsApp
        "Praca zdalna, 200-900 zl dziennie, wystarczy telefon. Napisz na WhatsApp +48 600 100 200",
        # a proxy paid per passed interview by someone who "saw ur profile"
        "saw ur profile, can u join my interviews in my place? i pay $400 per passed interview",
        # a Swahili registration fee paid by M-Pesa
        "Umechaguliwa! Lipia ada ya usajili Tsh 100,000 kupitia M-Pesa kabla ya Jumatatu.",
        # a merchant order to buy before a bigger return, sent through Binance
        "Next you purchase a merchant order: pay 200 USDT, receive 260 USDT in 15 minutes.",
        # a Portuguese task site's "investment" to unlock premium tasks
        "Para liberar as tarefas premium faça um investimento de R$ 200 que volta com lucro.",
    ],
)
def test_an_eighteenth_sets_forms_are_high(text):
    assert risk_level(find_red_flags(text)) == Risk.HIGH


@pytest.mark.parametrize(
    "text",
    [
        # an "offer" to sign that wants a mail account's sign-in first
        "Review your offer here. You will be asked to sign in with your Gmail or Outlook "
        "account before viewing the document.",
        # a wrong number turned into an invitation to a trading group
        "Sorry, wrong number! By the way I run a free crypto study group, members follow our "
        "signals on the Orbix exchange. Want the link?",
        # a meeting app whose "fix" is a command to paste
        "If your audio driver looks outdated, click Fix and paste the command it gives you "
        "into Terminal.",
        # an Italian task offer paid daily, no experience needed, answered on WhatsApp
        "Lavoro da casa, guadagno da 60 a 400€ al giorno, nessuna esperienza richiesta. "
        "Scrivici su WhatsApp.",
        # a Dutch bank account rented, the card and PIN handed to a courier
        "We zoeken mensen die hun bankrekening willen verhuren; je pinpas en pincode geef je "
        "aan onze koerier.",
        # a delivery account rented in Spanish, its password sent over chat
        "Rentamos cuentas de repartidor: mándanos tu correo y contraseña de la app.",
    ],
)
def test_a_nineteenth_sets_forms_are_high(text):
    assert risk_level(find_red_flags(text)) == Risk.HIGH


def test_signing_in_with_company_credentials_on_a_company_laptop_stays_quiet():
    text = (
        "Your laptop shipped today. When it arrives, sign in with your company credentials "
        "from your welcome email; IT will never ask for your password."
    )
    assert risk_level(find_red_flags(text)) <= Risk.LOW


@pytest.mark.parametrize(
    "text",
    [
        "Las tareas VIP requieren un depósito mínimo.",
        "Antes de empezar debes realizar un depósito en tu cuenta.",
        "Para continuar o trabalho você tem que fazer um depósito.",
    ],
)
def test_a_deposit_asked_in_spanish_or_portuguese_is_a_fee(text):
    hits = find_red_flags(text)
    assert "F1" in {hit.flag for hit in hits}
    assert risk_level(hits) == Risk.HIGH


def test_a_salary_deposited_in_spanish_is_no_fee():
    text = "El primer depósito de tu salario se realiza el día 15 de cada mes."
    assert risk_level(find_red_flags(text)) == Risk.NONE


@pytest.mark.parametrize("reply", ['Reply "JOIN" to get started.', "Text 'GO' and we add you."])
def test_a_reply_of_one_quoted_word_is_asked_for(reply):
    assert "one-word-reply" in {hit.flag for hit in find_red_flags(reply)}


def test_a_deadline_to_answer_is_pressure_and_one_for_the_work_is_not():
    assert "F8" in {hit.flag for hit in find_red_flags("Reply within 2 hours to keep your spot.")}
    work = find_red_flags("Each video must be delivered within 24 hours of the shoot.")
    assert "F8" not in {hit.flag for hit in work}


def test_a_staffing_text_with_an_hourly_wage_paid_weekly_stays_quiet():
    text = (
        "Northgate Staffing: Hi Dana, forklift openings in Aurora, Mon-Fri 6am-2:30pm, "
        "$18.50/hr. Weekly pay via paycard. Reply YES to book Monday's orientation or call "
        "630-555-0142. Reply STOP to opt out."
    )
    assert risk_level(find_red_flags(text)) < Risk.MEDIUM


@pytest.mark.parametrize(
    "interview",
    [
        "The screening is done over Microsoft Teams chat with our coordinator.",
        "Ready for the interview? It will be conducted right here on Telegram.",
    ],
)
def test_an_interview_by_text_in_a_chat_app_is_high(interview):
    hits = find_red_flags(f"Hello, I am the hiring manager at Brightwell. {interview}")
    assert "F5" in {hit.flag for hit in hits}
    assert risk_level(hits) == Risk.HIGH


def test_a_chat_app_offered_beside_email_is_no_move_to_a_chat_app():
    text = (
        "Hi Marco, I noticed your work on the Rust parser crate and think you'd suit our "
        "platform role. Signal is easiest for me this week, though email is fine too: "
        "ines@tidewater.example."
    )
    assert "F5" not in {hit.flag for hit in find_red_flags(text)}


@pytest.mark.parametrize(
    "form",
    [
        "To set up payroll, complete the form below:\nName:\nHome address:\nDate of birth:\n"
        "Social Security number: ______\n",
        "Send us a photo of both sides of your ID card today.",
    ],
)
def test_a_form_or_a_photo_asking_for_identity_details_is_high(form):
    hits = find_red_flags(f"Congratulations, you got the job! {form}")
    assert "F3" in {hit.flag for hit in hits}
    assert risk_level(hits) == Risk.HIGH


@pytest.mark.parametrize(
    "text",
    [
        "On day one, bring your U.S. passport or your Social Security card for the I-9 check.",
        "Please send your resume, rate and the last 4 of your SSN for the submission.",
    ],
)
def test_identity_papers_brought_on_the_first_day_or_four_digits_for_a_submission_are_quiet(
    text,
):
    assert "F3" not in {hit.flag for hit in find_red_flags(text)}


@pytest.mark.parametrize(
    "text",
    [
        "We need aged Facebook accounts to rent for our ads team, $120 per month each.",
        "Just share your login details and we pay you $100 every month.",
        "Our team logs in through a VPN from your city, and we pay you $90 every month.",
    ],
)
def test_renting_an_account_in_other_words_is_high(text):
    hits = find_red_flags(text)
    assert "account-use" in {hit.flag for hit in hits}
    assert risk_level(hits) == Risk.HIGH


def test_a_task_job_in_hinglish_is_high():
    text = (
        "Namaste! Ghar baithe kaam: YouTube videos ko 5 star review do. Har review ke ₹120. "
        "Phir ₹2,000 invest karo, ek ghante mein ₹2,600 wapas milega."
    )
    flags = {hit.flag for hit in find_red_flags(text)}
    assert {"F11", "pay-per-task", "F1"} <= flags
    assert risk_level(find_red_flags(text)) == Risk.HIGH


@pytest.mark.parametrize(
    "text",
    [
        "Customers pay a $15 deposit at booking through Stripe, refunded on cancellation.",
        "Perks: 28 days holiday and a £300 kit allowance each year.",
        "Pay: $0.61 CPM, and our drivers average $1,500 per week. Questions? Text our "
        "recruiter at (555) 201-3344.",
        "Package Handler – Columbus, OH. Load and unload trailers on the night shift.",
    ],
)
def test_honest_postings_naming_deposits_kits_weekly_pay_or_package_handlers_stay_quiet(text):
    assert risk_level(find_red_flags(text)) < Risk.MEDIUM


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        # a fee called a contribution, or a cost "returned" or "refundable" with the first pay
        (
            "Before orientation please settle the $60 onboarding contribution by card.",
            "F1",
        ),
        (
            "The headset and licence come to $320, which is returned with your first payroll "
            "cycle.",
            "repaid-later",
        ),
        (
            "The kit costs $95 and is refundable with your first paycheck.",
            "repaid-later",
        ),
        # a task account's negative balance to be paid off
        (
            "Your task account shows -380. It has to be brought back to positive before the "
            "commission can be withdrawn.",
            "F1",
        ),
        # identity papers and a bank card photographed before any interview
        (
            "To book the call, send pictures of your passport and a selfie holding the same "
            "document.",
            "F3",
        ),
        ("Please send a photo of the credit card you will use for payroll.", "F3"),
    ],
)
def test_a_twentieth_sets_forms_are_high(text, flag):
    hits = find_red_flags(text)
    assert flag in {hit.flag for hit in hits}
    assert risk_level(hits) == Risk.HIGH


@pytest.mark.parametrize(
    ("text", "family"),
    [
        (
            "I need someone in Canada to take client video interviews in my name. I pay $200 "
            "for each interview.",
            "interview-proxy",
        ),
        (
            "Share your login email and we handle the buyers from our side through a remote "
            "desktop; you send our share to us every Friday. Easy $900/month for zero work.",
            "account-renting",
        ),
    ],
)
def test_interviews_in_someones_name_and_an_account_run_for_a_share_are_families(text, family):
    hits = find_red_flags(text)
    assert family in {hit.flag for hit in hits}
    assert risk_level(hits) == Risk.HIGH


@pytest.mark.parametrize(
    "text",
    [
        # a client paying for delivered work asks for the invoice and where to pay it
        "The drawings are approved, thank you! Please send your invoice for the remaining "
        "€1,200 and include your bank details and account number; we pay within 14 days.",
        # a crypto firm paying in a stablecoin or through a payroll service, as you choose
        "Compensation: $4,000/month, paid in USDT or via Deel, your choice.",
        # the employer covering the screening
        "Brightwater Clinic covers all screening fees; you only give consent on the provider's "
        "site.",
    ],
)
def test_an_invoice_a_choice_of_crypto_pay_or_covered_screening_stays_quiet(text):
    assert risk_level(find_red_flags(text)) < Risk.MEDIUM


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("For the first week you trade with your own funds, minimum 250 USDT.", "F1"),
        ("We are hiring remote arbitrage assistants, one hour a day.", "crypto"),
        ("We start small with $500 on the platform and I guide you.", "F1"),
        ("Na fase 2 você adianta o valor da compra, que volta com 20% de comissão.", "F1"),
        ("Kailangan po magbayad ng processing at medical, ₱25,000 lang.", "F1"),
        ("Hi Dana, is this still the right number? It's Mei from the agency.", "wrong-number"),
    ],
)
def test_a_twenty_first_sets_forms_are_read(text, flag):
    assert flag in {hit.flag for hit in find_red_flags(text)}


def test_a_platforms_payout_receipt_with_its_fee_stays_quiet():
    text = (
        "Your withdrawal is on its way\n\nAmount: $860.00 USD\nWithdrawal fee: $2.00\n"
        "Expected arrival: 3 business days\n"
    )
    assert risk_level(find_red_flags(text)) < Risk.MEDIUM


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("The brief is in the archive (password: logo77); it opens in our own viewer.", "F15"),
        (
            "If your antivirus complains, just allow it: the tool is not signed yet.",
            "security-bypass",
        ),
        ("You will be asked to sign in and confirm the card linked to your account.", "F3"),
        ("Testers import their own wallet with the 12-word recovery phrase.", "password-ask"),
        ("Le paso el contacto de mi compañero en Telegram para la prueba.", "F5"),
        ("Si le interesa, responda SÍ y le escribo.", "one-word-reply"),
        ("Cada reseña se paga 3 USD, pago inmediato.", "pay-per-task"),
        (
            "CVS Careers: you were selected. Finish onboarding at https://cvs-start.help/x1",
            "brand-claim",
        ),
    ],
)
def test_a_twenty_second_sets_forms_are_read(text, flag):
    assert flag in {hit.flag for hit in find_red_flags(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Para retirar tus ganancias es obligatorio hacer un depósito primero.",
        "Antes do saque é preciso uma recarga de ativação, devolvida no fim do ciclo.",
        "Las tareas premium se abren con un depósito de desbloqueo que se te regresa.",
    ],
)
def test_a_deposit_to_unlock_tasks_in_spanish_or_portuguese_is_a_fee(text):
    assert "F1" in {hit.flag for hit in find_red_flags(text)}


def test_a_warning_about_whoever_asks_for_a_cheque_is_no_cheque_asked():
    text = (
        "Welcome aboard! If someone writing in our name asks you to buy a monitor, cash a "
        "check or pay a vendor, report it to our security desk."
    )
    assert risk_level(find_red_flags(text)) < Risk.MEDIUM


@pytest.mark.parametrize(
    "text",
    [
        # a salary band called the package
        "The package is $120-140k plus stock, remote within the US.",
        # someone in the thread asks whether the pay is crypto or ordinary money
        "Will this be paid in crypto or cash? Asking before I apply.",
        # images relabelled for a vision model
        "You will relabel about 4,000 photos of road signs and retrain the classifier.",
        # goods received and checked against an order in a warehouse
        "Receive pallets from suppliers, check them against the purchase order, then shelve.",
    ],
)
def test_a_pay_band_a_question_relabelled_images_and_checked_goods_stay_quiet(text):
    assert risk_level(find_red_flags(text)) < Risk.MEDIUM


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("The starter package is $49, paid before your first shift.", "F1"),
        ("Take the boxes in, relabel them with our slips and ship them on.", "F10"),
        ("Cash the check we mail and send the rest to our vendor for your laptop.", "F2"),
    ],
)
def test_a_kit_price_relabelled_parcels_and_a_cheque_for_a_vendor_still_fire(text, flag):
    assert flag in {hit.flag for hit in find_red_flags(text)}


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        # an anti-fraud pretext over the list of what to send
        (
            "Because of a rise in fraudulent applicants, the hiring team checks identities "
            "first. Reply with the following:\n- a photo of your passport\n- your routing "
            "number\n",
            "F3",
        ),
        # online-banking credentials asked for with the bank named after them
        ("Send me the login and password you use for internet banking so I can link it.", "F3"),
        # a code from the bank, passed on as "that"
        (
            "Your bank will text a 6 digit code in a minute, just send that to me here.",
            "code-relay",
        ),
        # a fee the employer "adds back" to a first paycheck
        (
            "The $60 screening is paid by you; we add it back to your first paycheck.",
            "repaid-later",
        ),
        # a document that only shows if the reader lets Office run what it holds
        (
            "The brief looks empty until you click Enable Content at the top of Word.",
            "security-bypass",
        ),
    ],
)
def test_asks_behind_a_pretext_or_in_other_words_still_fire(text, flag):
    assert flag in {hit.flag for hit in find_red_flags(text)}


@pytest.mark.parametrize(
    "text",
    [
        # a university's notice quoting the scams it warns of
        (
            "From: Student Careers <careers@uni.example>\nSubject: Job scam alert - please read"
            '\n\nMessages like these are going round:\n- "Buy gift cards and send photos of the '
            'codes"\n- "We will mail you a check for your equipment"\n- "Pay a $90 '
            'training fee to start"\n'
        ),
        # bank details typed into the employer's own system after an accepted offer
        (
            "Congratulations on accepting! Add your bank account in our payroll system after "
            "you've signed the offer; enter those details only inside Gusto."
        ),
        # a stipend's approved purchases repaid through payroll
        "Buy a chair you like. Approved purchases are reimbursed with your next payroll.",
    ],
)
def test_a_scam_notice_an_onboarding_system_and_expense_claims_stay_quiet(text):
    assert risk_level(find_red_flags(text)) < Risk.MEDIUM


def test_a_pay_split_between_ones_own_accounts_is_no_share_of_earnings():
    text = "In the portal you may split your pay between accounts at two banks."
    assert "earnings-split" not in {hit.flag for hit in find_red_flags(text)}


@pytest.mark.parametrize(
    ("text", "pressed"),
    [
        # a service's promise to its patients is no pressure on the applicant
        ("Our nurses call back every patient within the hour, day or night.", False),
        ("Reply within the hour or the place goes to the next candidate.", True),
    ],
)
def test_within_the_hour_presses_only_when_it_asks_the_reader(text, pressed):
    assert ("F8" in {hit.flag for hit in find_red_flags(text)}) is pressed


def test_a_forwarded_question_about_a_scam_still_shows_the_scams_flags():
    text = (
        "Subject: Is this recruitment fraud? Please read\n\n---------- Forwarded message "
        "----------\nYou are hired! Pay the $85 training fee by Zelle today to start.\n"
    )
    assert risk_level(find_red_flags(text)) == Risk.HIGH


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        # a fee named by two words joined with a slash
        (
            "CIVIC STAFFING OFFICE: you are pre-approved for a remote clerk post at $29/hr. "
            "Confirm today with the $39.00 registration/ID fee at civic-hire.top/start",
            "F1",
        ),
        # a pay-to-join ambassador box, bought with a code at checkout
        (
            "hiii babe 💖 we'd love you as a Brand Rep! just grab your Welcome Box with code "
            "REP50 at checkout (you pay only shipping + $58 for the box) and DM us 💕",
            "F1",
        ),
        # a mule's account, named as the one you already have
        (
            "Job: Donor Liaison. Receive donations in USD into your existing checking "
            "account, then send them on by crypto to the wallets we give you and keep 6%.",
            "collect-for-us",
        ),
    ],
)
def test_a_fee_a_starter_box_or_a_mules_account_in_new_words_is_high_risk(text, flag):
    hits = find_red_flags(text)
    assert flag in {hit.flag for hit in hits}
    assert risk_level(hits) == Risk.HIGH


@pytest.mark.parametrize(
    "text",
    [
        # a conference's refund: the fee it keeps is credited back, not asked for a job
        "Your ticket was refunded, less the €30 handling fee. The €30 fee can be credited "
        "towards next year's pass if you write back before June.",
        # a recruiter who takes times by chat and sends the video call from the calendar
        "Hi Dana, I found your profile while searching for QA leads. If it's easier, "
        "WhatsApp me two times that work this week and I'll send a Teams invite from my "
        "work calendar.",
        # a shop's customers paying at checkout, in a developer's brief
        "Build our booking site: customers pay a $15 deposit at checkout via Stripe.",
    ],
)
def test_a_credited_fee_a_chat_for_times_and_a_customers_checkout_stay_quiet(text):
    assert risk_level(find_red_flags(text)) < Risk.MEDIUM


@pytest.mark.parametrize(
    "text",
    [
        # likes for pay, in Portuguese and in French
        "Oi! Sou da agência Lumina. Trabalho simples pelo celular: dar curtidas em vídeos, "
        "ganhe de R$150 a R$600 por dia. Posso explicar?",
        "Bonjour ! Petit job à la maison : liker des vidéos, 4 € par vidéo, jusqu'à 200 € "
        "par jour. Ça vous intéresse ?",
        # a cheque in the package, cash withdrawn and sent on, in numbered steps
        "Your evaluation kit has arrived. Inside the envelope is a check for $1,980.\n"
        "1. Deposit it today.\n2. Withdraw $1,600 in cash.\n3. Send it to our agent.",
        # a paid certificate asked for before any interview
        "Thanks for applying! Before the interview you must hold the RCX badge, $149 from "
        "our training partner, refunded after your first month.",
        # a course's cost asked for to be hired, in Spanish
        "Para su contratación debe aprobar el curso de capacitación, que tiene un costo de "
        "$980 MXN; el pago se hace por transferencia.",
    ],
)
def test_task_likes_cheques_and_paid_courses_in_other_words_are_high_risk(text):
    assert risk_level(find_red_flags(text)) == Risk.HIGH


def test_a_client_keeping_everything_on_the_platform_may_build_a_chat_bot():
    text = (
        "Hi Ana, thanks for the proposal. We want a Telegram bot that posts new orders to our "
        "staff group. I'd like to keep everything here on Upwork, contract and files too; "
        "I'll fund the first milestone once you accept. I'll add your test bot to a "
        "Telegram group when it's ready."
    )
    assert risk_level(find_red_flags(text)) < Risk.MEDIUM


def test_like_before_every_or_other_compares_and_asks_for_no_likes():
    text = "Our channel posts three shorts a week, like every other channel. DM me."
    assert "F11" not in {hit.flag for hit in find_red_flags(text)}


@pytest.mark.parametrize(
    ("text", "family"),
    [
        # a cheque that "clears", then the vendor is paid his share
        (
            "I found your number on the babysitting board. I'm abroad until May, so I'll mail "
            "a cashier's check today. When the check clears in your account, please pay the "
            "furniture mover his share and keep $300 for your first week.",
            "fake-cheque",
        ),
        # a take-home to run on the bare machine "or it can't be validated"
        (
            "Next step is the take-home. Clone the repo we invited you to, then run the "
            "verify script directly on your laptop, not inside a VM, otherwise our grader "
            "cannot validate the submission.",
            "coding-test",
        ),
        # a "proctoring" extension installed from a file, with a lookalike address
        (
            "From: Assessments <exam@brightnode-assessment.com>\n\nPlease add our proctor "
            "plugin before you begin: Extensions > Install from VSIX, pick proctor-2.1.vsix.",
            "coding-test",
        ),
        # a terminal one-liner to "fix" the interview camera, from a lookalike address
        (
            "From: Talent <talent@orbweave-interview.com>\n\nYour camera failed in the "
            "video interview. Fix: curl -s https://orbweave-interview.com/fix | bash",
            "coding-test",
        ),
        # a company laptop at your home with a remote-access tool, the pay in your name
        (
            "Our engineers abroad need a US face. You receive the client's laptop at your "
            "home address and install a remote-access tool on it; the contract is in your "
            "name and you forward 75% to us each month.",
            "account-renting",
        ),
        # a wallet connected to a site and a message signed before an interview
        (
            "Welcome to the server! Before your interview please connect your payout wallet "
            'at https://guildhall-verify.top and sign the "member" message.',
            "money-through-you",
        ),
        # payroll asked to pay an employee into a new account, from a personal address
        (
            "From: Lena Ortiz <lena.ortiz.work@gmail.com>\nTo: payroll@fernstack.io\n\n"
            "Hi, please update my direct deposit to my new bank account starting with the "
            "next pay run. Details below.",
            "payroll-diversion",
        ),
    ],
)
def test_a_sixth_sets_forms_make_their_family(text, family):
    hits = find_red_flags(text)
    assert family in {hit.flag for hit in hits}
    assert risk_level(hits) == Risk.HIGH


@pytest.mark.parametrize(
    "text",
    [
        # a sugar-daddy "allowance" whose first payment comes by cheque
        "hey cutie, I'm a surgeon always on the road. I'll pay a $900 weekly allowance just "
        "to chat, first payment by mobile cheque tomorrow.",
        # a licence bought from the client's reseller before the repo is shared
        "Every contractor needs a seat in our tracker. Buy the $89 licence from our "
        "reseller at the link and send me the receipt; I'll add it to milestone one.",
        # likes for pay, handed on to a supervisor on a chat app, in Spanish
        "Hola, buscamos gente para seguir cuentas de Instagram y dar me gusta, 2€ por cada "
        "uno. Te paso con mi supervisor en WhatsApp.",
    ],
)
def test_an_allowance_cheque_a_reseller_licence_and_likes_handed_on_are_high(text):
    assert risk_level(find_red_flags(text)) == Risk.HIGH


@pytest.mark.parametrize(
    "text",
    [
        # a home-office budget spent at any shop and paid back through payroll
        "Your $400 desk budget: buy what you need with your own card from any retailer. "
        "Claims go in the HR portal and are paid back with your next payroll.",
        # a contributor guide that runs its tests in a container
        "To run the test suite, clone the repository and run `make test`; it builds a "
        "Docker container so nothing touches your machine.",
        # an employee updating bank details through the HR portal
        "Reminder: to change where your salary is paid, update your bank account in the HR "
        "portal before the 20th; payroll cannot take changes by e-mail.",
    ],
)
def test_a_desk_budget_a_containerised_test_run_and_the_hr_portal_stay_below_medium(text):
    assert risk_level(find_red_flags(text)) < Risk.MEDIUM


@pytest.mark.parametrize(
    "text",
    [
        # a gig's pay schedule in cash or a payment app
        "Weekend furniture deliveries, $25/hr. Paid in cash or Zelle every Friday night.",
        # WhatsApp as one of the support channels of a freelance job
        "Upwork · Hourly: $14.00-$18.00\n\nWe need someone to answer our customers by "
        "email, chat and WhatsApp, five mornings a week.",
    ],
)
def test_a_pay_schedule_in_an_app_and_whatsapp_as_a_support_channel_stay_below_medium(text):
    assert risk_level(find_red_flags(text)) < Risk.MEDIUM


def test_a_move_to_whatsapp_beside_a_support_channel_list_is_still_flagged():
    text = "Our customers write in by email and phone. Text me on WhatsApp for the interview."
    assert "F5" in {hit.flag for hit in find_red_flags(text)}


@pytest.mark.parametrize(
    "text",
    [
        # likes for pay and daily pay, in Hinglish
        "Hello ji! Instagram reels like karke screenshot bhejo, roz ₹1500-₹6000 kamao. "
        "Details ke liye Telegram pe message karo.",
        # rating products "no app" for daily pay, in Portuguese
        "Oi! Vimos seu currículo. É só avaliar alguns produtos no app e ganhar de R$ 120 a "
        "R$ 700 por dia. Me chama no WhatsApp.",
        # a trading "mentor" with a small start and a promised profit
        "Hi dear, I teach beginners trading on our exchange, profit is guaranteed and you "
        "can start with just $300. Want to see my results?",
        # a visa fee priced in Portuguese, paid by Pix
        "Vagas na Irlanda! Taxa de processamento do visto: 450 € (pagamento via Pix). "
        "Chame no WhatsApp.",
    ],
)
def test_likes_ratings_a_trading_start_and_a_visa_fee_in_other_words_are_high(text):
    assert risk_level(find_red_flags(text)) == Risk.HIGH


@pytest.mark.parametrize(
    "text",
    [
        # a recruiter's WhatsApp call just to agree interview slots
        "Hi Sam, the client would like to meet you. Free for a quick WhatsApp call just to "
        "agree interview slots? The interview itself is at their office.",
        # an honest shop paying its staff by Pix every Friday
        "Vaga de atendente na padaria, 6h por dia. Salário de R$ 1.900, pagamento no Pix "
        "toda sexta. Envie seu currículo para rh@padariaaurora.com.br.",
    ],
)
def test_a_call_to_agree_slots_and_wages_paid_by_pix_stay_below_medium(text):
    assert risk_level(find_red_flags(text)) < Risk.MEDIUM


@pytest.mark.parametrize(
    "text",
    [
        # stars for pay counted per rating, then handed to a chat "receptionist"
        "Hi! Easy side work: €6 for every 5-star Tripadvisor rating you post. My colleague "
        "Nina on Telegram will guide you after the trial round.",
        # a top-up that "comes back" with its commission
        "Round two is bigger, you cover the 90 dollars and they come back with your "
        "commission ten minutes later, like for everyone on the team.",
        # the worker pays first and is promised more back
        "You pay $200 for the hotel order and after it you get $260 back, that is 30% "
        "profit for one click.",
        # a fee "credited back" with an Upwork-style milestone
        "To receive the contract funds, activate your payee account ($60); the amount is "
        "credited back with your first milestone.",
        # ClickFix: a terminal paste to mend the camera before the interview
        "Before our video interview, if the page says your camera is not working, open "
        "Terminal and paste the line it shows; our tech team says it's harmless.",
        # a mystery shop whose purchase money arrives first
        "Store evaluators wanted, $350 a week. Money for the purchases is mailed to you in "
        "advance; keep $50 and report on the service.",
    ],
)
def test_ratings_for_pay_a_returning_top_up_a_camera_fix_and_advance_funds_are_high(text):
    assert risk_level(find_red_flags(text)) == Risk.HIGH


@pytest.mark.parametrize(
    "text",
    [
        # direct deposit set up in the payroll system by an employer warning against e-mail
        "Welcome aboard! Your onboarding checklist is ready:\n"
        "- tax forms\n"
        "- direct deposit: enter your routing and account number on this page\n\n"
        "We never ask you to text or email bank or Social Security details.",
        # a moderators' call describing what scams ask for
        "We need two helpers to clean #gigs: remove the scammy posts (anything asking people "
        "to pay a fee or to continue on Telegram). Unpaid, an hour a week.",
    ],
)
def test_a_payroll_page_that_warns_and_a_mods_call_naming_scams_stay_below_medium(text):
    assert risk_level(find_red_flags(text)) < Risk.MEDIUM


@pytest.mark.parametrize(
    "text",
    [
        # a "skills check" installed from a package index, with a deadline
        "Hi, we loved your crate. Our hiring step is automated: pip install ferrow-skillcheck "
        "and run it in your home folder, then finish within 24 hours to reach the offer.",
        # a car-decal offer whose cheque arrives before the work
        "Get $450 a week for driving with our brand sticker. Your payment cheque will be "
        "mailed before installation, just reply with your address.",
        # a mystery shop of a money-transfer counter paid with a cheque
        "Deposit the enclosed cheque, then withdraw it in cash and send it through the "
        "transfer desk you are evaluating. Keep $250 as your fee.",
        # a screening fee paid through a link before orientation
        "Hello Sam, your drug screen is the last step: $39, pay here: staffmore-screen.co",
        # daily pay with an en dash, moved to WhatsApp
        "Remote roles, an hour a day, paying $150–$400 daily. Reply on WhatsApp to start.",
    ],
)
def test_a_package_to_run_a_cheque_ahead_a_screening_fee_and_daily_pay_are_high(text):
    assert risk_level(find_red_flags(text)) == Risk.HIGH


@pytest.mark.parametrize(
    "text",
    [
        # a real car-wrap programme that pays monthly and mails nothing
        "Drive with a campaign wrap on your car and earn $120 a month, paid by direct "
        "deposit. Our installers fit it for free; we never mail checks.",
        # payroll's paper cheque when no bank details were entered in the portal
        "Please add your bank account under Payment Elections in the employee portal. If "
        "it is missing by Friday, your first pay will be issued as a paper check.",
        # a recruiter's chat call to set a time, the interview itself on Teams
        "Could we have a quick WhatsApp call to find a time? The interview itself will be "
        "on Microsoft Teams with the hiring manager.",
    ],
)
def test_a_car_wrap_programme_a_payroll_paper_check_and_a_call_to_set_a_time_stay_quiet(text):
    assert risk_level(find_red_flags(text)) < Risk.MEDIUM


def test_a_bookkeepers_duty_to_pay_bills_and_match_client_deposits_stays_quiet():
    text = (
        "Part-time bookkeeper, 15 hours a week. You will pay bills and "
        "match client deposits to invoices in Xero every Friday."
    )
    assert risk_level(find_red_flags(text)) < Risk.MEDIUM


@pytest.mark.parametrize(
    "text",
    [
        # a maintainer's warning about impostors, in the sentence that names them
        "Paid bounty: $800 for the ARM build, paid through GitHub Sponsors once merged. "
        "Note: a person on Telegram claiming to run our bounties has asked contributors for "
        "a registration fee and a wallet address. That is not us.",
        # a help desk's note that names a scam by what it is called
        "Your laptop ships a week before you start; you never pay for it. Fake 'equipment "
        "check' offers are a common scam, and we never send a check to buy equipment.",
        # payroll details asked in the employer's system once the hire is done
        "Welcome aboard! Your hire as Library Assistant has been finalized. Before your first "
        "shift, please add your direct deposit (routing and account number) and tax forms.",
    ],
)
def test_a_warning_about_impostors_a_scam_named_as_one_and_post_hire_payroll_stay_quiet(text):
    assert risk_level(find_red_flags(text)) < Risk.MEDIUM


@pytest.mark.parametrize(
    "text",
    [
        "Hi, this is Dana from Pinecrest Staffing. Your resume fits our remote data entry role. "
        "Please send your routing and account number for payroll today.",
        "Congrats, you were selected! We will mail you a check to buy equipment from our "
        "vendor. Deposit it and send the balance back by Zelle.",
    ],
)
def test_the_same_asks_made_of_the_reader_stay_high(text):
    assert risk_level(find_red_flags(text)) == Risk.HIGH


@pytest.mark.parametrize(
    "text",
    [
        "You are shortlisted for Housekeeping Attendant. Reserve your place by sending "
        "KES 3,000 for medical and uniform via M-Pesa before Friday.",
        "Selected! Kindly confirm by transferring INR 2500 for registration today.",
    ],
)
def test_money_sent_for_a_medical_uniform_or_registration_to_hold_a_place_is_high(text):
    assert risk_level(find_red_flags(text)) == Risk.HIGH


def test_money_sent_to_the_worker_for_training_is_no_fee():
    text = "We are sending USD 200 for the training materials you bought, as reimbursement."
    assert risk_level(find_red_flags(text)) < Risk.MEDIUM


@pytest.mark.parametrize(
    "text",
    [
        "Selamat! Tugas pertama gratis. Setelah itu depositnya cukup Rp 200.000, nanti "
        "dikembalikan bersama komisi 25%.",
        "You're hired as merchandiser! Kindly send P2,000 for uniform and ID via GCash by Friday.",
        "Felicidades, quedó seleccionado. Para asegurar su plaza debe depositar $3,500 MXN "
        "para el examen médico.",
    ],
)
def test_a_deposit_returned_with_commission_or_money_to_hold_a_place_is_high(text):
    assert risk_level(find_red_flags(text)) == Risk.HIGH


def test_an_applicant_asking_whether_a_medical_costs_anything_stays_quiet():
    text = (
        "Chef: Bring your ID and your food handler's certificate on Friday.\n"
        "Me: Do I need to pay anything for the medical certificate?\n"
        "Chef: No, we don't collect any money from staff."
    )
    assert risk_level(find_red_flags(text)) < Risk.MEDIUM


def test_a_cheque_whose_rest_you_send_on_to_a_supplier_is_high():
    text = (
        "I'm a surveyor working abroad and need a carer for my father from next month. My "
        "accountant will post you a cheque for the first fortnight; keep your wages and the "
        "rest you will forward to the mobility supplier who delivers his hoist."
    )
    assert risk_level(find_red_flags(text)) == Risk.HIGH


@pytest.mark.parametrize(
    "text",
    [
        "Hola Marta, su contrato en Toronto está listo. Antes del vuelo debe hacer el examen "
        "médico en nuestra clínica asociada, costo USD 190, y el pago del trámite de visa a "
        "nuestro gestor.",
        "Parabéns! Para liberar o seu contrato, faça o pagamento da taxa do visto ao nosso "
        "despachante ainda hoje.",
        "Hi Dev, payroll is ready. To set it up send the front and back of your ID card and "
        "the username/password for your banking app, finance links it tonight.",
        "Olá! Para ativar sua carteira você precisa depositar no mínimo 150 USDT e depois "
        "copiar os sinais do nosso mentor.",
    ],
)
def test_visa_medical_costs_bank_logins_and_activation_deposits_in_other_words_are_high(text):
    assert risk_level(find_red_flags(text)) == Risk.HIGH


@pytest.mark.parametrize(
    "text",
    [
        "La empresa cubre el costo del trámite de visa, el examen médico y el pasaje aéreo.",
        "O pagamento da taxa do visto é coberto pela empresa.",
        "After you sign, add your bank details in Workday; we never ask for your login.",
    ],
)
def test_an_employer_covering_the_visa_or_asking_for_details_after_signing_stays_quiet(text):
    assert risk_level(find_red_flags(text)) in (Risk.NONE, Risk.LOW)
