from datetime import UTC, datetime

import pytest

from desktop.domain.tracking.tracker import (
    Outcome,
    Posting,
    PostingDetails,
    Stage,
    StageEvent,
    parse_milestone,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("applied", Stage.APPLIED),
        ("  Interviewing ", Stage.INTERVIEWING),
        ("Proposal sent", Stage.APPLIED),
        ("proposal-sent", Stage.APPLIED),
        ("Hired", Stage.ACCEPTED),
        ("Contract started", Stage.ACCEPTED),
        ("shortlisted", Stage.SCREENING),
        ("no response", Outcome.NO_RESPONSE),
        ("no_response", Outcome.NO_RESPONSE),
        ("Ghosted", Outcome.NO_RESPONSE),
        ("Offer declined", Outcome.OFFER_DECLINED),
        ("WITHDRAWN", Outcome.WITHDRAWN),
    ],
)
def test_stage_words_and_freelance_aliases_are_understood(text, expected):
    assert parse_milestone(text) is expected


def test_unknown_stage_word_lists_what_is_accepted():
    with pytest.raises(ValueError, match=r"saved.*accepted.*rejected"):
        parse_milestone("maybe later")


def test_stages_move_forward_and_back_within_the_pipeline():
    assert Stage.SAVED.next() is Stage.APPLYING
    assert Stage.ACCEPTED.next() is Stage.ACCEPTED
    assert Stage.SAVED.previous() is Stage.SAVED
    assert Stage.OFFER.previous() is Stage.INTERVIEWING


def test_freelancers_see_platform_wording():
    assert Stage.APPLIED.label_for(freelance=True) == "Proposal sent"
    assert Stage.ACCEPTED.label_for(freelance=True) == "Hired"
    assert Stage.APPLIED.label_for(freelance=False) == "Applied"
    assert Stage.OFFER.label_for(freelance=True) == "Offer"


def test_history_labels_and_first_time_a_stage_was_reached():
    t0, t1, t2 = (datetime(2026, 8, day, tzinfo=UTC) for day in (1, 3, 9))
    posting = Posting(
        id=1,
        raw_text="x",
        details=PostingDetails(),
        added_at=t0,
        updated_at=t2,
        stage=Stage.APPLIED,
        outcome=Outcome.NO_RESPONSE,
        history=(StageEvent(t0, "saved"), StageEvent(t1, "applied"), StageEvent(t2, "no_response")),
    )
    assert [e.label_for(freelance=False) for e in posting.history] == [
        "Saved",
        "Applied",
        "No response",
    ]
    assert [e.label_for(freelance=True) for e in posting.history][1] == "Proposal sent"
    assert posting.reached(Stage.APPLIED) == t1
    assert posting.reached(Stage.OFFER) is None
    assert posting.is_closed
    assert StageEvent(t2, "reopened").label_for(freelance=True) == "Reopened"
