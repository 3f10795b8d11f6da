import sqlite3
from dataclasses import replace
from datetime import date, timedelta

import pytest

from desktop.domain.errors import PasteError
from desktop.domain.tracker import Outcome, PostingDetails, Stage
from desktop.store import Store, StoreError, StoreProblem
from tests.conftest import fixture_text

AWKWARD_TEXT = "  Senior Engineer\r\n\r\n\t- Rust   \n- naïve “quotes” 🚀\n\u200b trailing  \n"


def test_text_is_stored_byte_for_byte(store):
    posting = store.add(AWKWARD_TEXT, PostingDetails(title="Senior Engineer"))
    assert store.get(posting.id).raw_text == AWKWARD_TEXT


def test_new_posting_starts_saved_with_a_dated_history(store, clock):
    start = clock.now
    posting = store.add("Data Engineer at Acme", PostingDetails(title="Data Engineer"))
    assert posting.stage is Stage.SAVED
    assert posting.added_at == start
    assert [(e.name, e.at) for e in posting.history] == [("saved", start)]


def test_each_stage_change_is_recorded_with_its_time(store, clock):
    posting = store.add("Data Engineer", PostingDetails())
    clock.jump(timedelta(days=2))
    applied_at = clock.now
    store.set_stage(posting.id, Stage.APPLIED)
    clock.jump(timedelta(days=5))
    screened_at = clock.now
    posting = store.set_stage(posting.id, Stage.SCREENING)
    assert [(e.name, e.at) for e in posting.history[1:]] == [
        ("applied", applied_at),
        ("screening", screened_at),
    ]
    assert posting.updated_at == screened_at


def test_setting_the_current_stage_again_records_nothing(store):
    posting = store.add("Data Engineer", PostingDetails())
    again = store.set_stage(posting.id, Stage.SAVED)
    assert again.history == posting.history
    assert again.updated_at == posting.updated_at


def test_closing_and_reopening_are_both_in_the_history(store):
    posting = store.add("Data Engineer", PostingDetails())
    closed = store.set_outcome(posting.id, Outcome.NO_RESPONSE)
    assert closed.outcome is Outcome.NO_RESPONSE
    reopened = store.set_outcome(posting.id, None)
    assert reopened.outcome is None
    assert [e.name for e in reopened.history] == ["saved", "no_response", "reopened"]


def test_details_are_saved_and_last_change_moves_only_on_a_real_change(store, clock):
    posting = store.add("Data Engineer", PostingDetails(title="Data Engineer"))
    details = PostingDetails(
        title="Data Engineer",
        company="Acme",
        source="LinkedIn",
        url="https://www.linkedin.com/jobs/view/1",
        follow_up=date(2026, 8, 10),
        notes="Call Dana on Monday\nshe knows the hiring manager",
    )
    saved = store.save_details(posting.id, details)
    assert saved.details == details
    assert saved.updated_at > posting.updated_at
    unchanged = store.save_details(posting.id, details)
    assert unchanged.updated_at == saved.updated_at
    cleared = store.save_details(posting.id, PostingDetails(title="Data Engineer", url=""))
    assert cleared.details.follow_up is None and cleared.details.url is None


def test_duplicates_by_url_or_by_text_with_other_whitespace(store):
    first = store.add(
        "Backend Engineer\n\n- Go\n- Kafka\n",
        PostingDetails(url="https://www.upwork.com/jobs/~01"),
    )
    assert [p.id for p in store.find_duplicates("Backend  Engineer - Go\r\n- Kafka", None)] == [
        first.id
    ]
    assert [p.id for p in store.find_duplicates("other", "https://www.upwork.com/jobs/~01")] == [
        first.id
    ]
    assert store.find_duplicates("Backend Engineer - Go - Kafka - Redis", None) == []


def test_deleted_posting_can_be_restored_with_its_number_and_history(store):
    keep = store.add("Keep me", PostingDetails(title="Keep"))
    gone = store.add("Delete me", PostingDetails(title="Gone", notes="n"))
    gone = store.set_stage(gone.id, Stage.APPLIED)
    snapshot = store.delete(gone.id)
    assert [p.id for p in store.list_postings()] == [keep.id]
    with pytest.raises(StoreError) as missing:
        store.get(gone.id)
    assert missing.value.problem is StoreProblem.NOT_FOUND
    restored = store.restore(snapshot)
    assert restored == snapshot
    assert [p.id for p in store.list_postings()] == [keep.id, gone.id]


def test_deleting_a_posting_deletes_its_history(store, paths):
    posting = store.add("x y z", PostingDetails())
    store.set_stage(posting.id, Stage.APPLIED)
    store.delete(posting.id)
    with sqlite3.connect(paths.db_file) as raw:
        assert raw.execute("SELECT count(*) FROM stage_event").fetchone()[0] == 0


def test_list_carries_each_postings_own_history(store):
    a = store.set_stage(store.add("a", PostingDetails()).id, Stage.APPLIED)
    b = store.add("b", PostingDetails())
    listed = {p.id: p for p in store.list_postings()}
    assert listed[a.id].history == a.history
    assert listed[b.id].history == b.history


def test_blank_text_is_never_stored(store):
    with pytest.raises(PasteError):
        store.add(" \n ", PostingDetails())
    assert store.list_postings() == []


def test_connections_use_wal_foreign_keys_and_a_busy_timeout(store):
    with store._engine.connect() as connection:
        raw = connection.connection.dbapi_connection
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert raw.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert raw.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000


def test_everything_survives_closing_and_reopening(paths, clock):
    first = Store.open(paths.db_file, clock=clock)
    posting = first.add(AWKWARD_TEXT, PostingDetails(title="T", notes="n"))
    first.set_stage(posting.id, Stage.INTERVIEWING)
    first.close()
    again = Store.open(paths.db_file, clock=clock)
    try:
        listed = again.list_postings()
        assert [replace(p, analysis=None) for p in listed] == [
            replace(again.get(posting.id), analysis=None, overridden=frozenset())
        ]
        assert again.get(posting.id).raw_text == AWKWARD_TEXT
        assert again.get(posting.id).stage is Stage.INTERVIEWING
        assert again.migration.backup is None
    finally:
        again.close()


def test_a_write_blocked_by_another_program_fails_with_a_message_not_a_hang(store, paths):
    other = sqlite3.connect(paths.db_file, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(StoreError) as blocked:
            store.add("Backend engineer", PostingDetails())
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert blocked.value.problem is StoreProblem.LOCKED
    assert str(paths.db_file) in str(blocked.value)


POSTING = (
    "Job Title: QA Analyst\nCompany: Bright Harbor Ltd\nContract role.\n\n"
    "## Requirements\n- Cypress\n"
)


def test_new_posting_is_read_and_a_given_title_is_kept_as_the_users(store):
    read = store.add(POSTING, PostingDetails())
    assert (read.title, read.company) == ("QA Analyst", "Bright Harbor Ltd")
    assert read.analysis is not None and read.overridden == frozenset()
    assert [item.text for item in read.analysis.must_haves] == ["Cypress"]
    own = store.add(POSTING + " ", PostingDetails(title="Test Analyst (contract)"))
    assert own.title == "Test Analyst (contract)" and own.overridden == {"title"}


def test_users_corrections_survive_reading_again_and_can_be_reset(store):
    posting = store.add(POSTING, PostingDetails())
    store.set_field(posting.id, "engagement", "part-time")
    store.set_field(posting.id, "pay", {"min": 30, "max": 40, "currency": "EUR", "period": "hour"})
    edited = store.save_details(posting.id, replace(posting.details, title="Senior QA Analyst"))
    assert edited.analysis.engagement == "part-time"
    assert edited.analysis.pay.currency == "EUR"
    again = store.read_again(posting.id)
    assert again.title == "Senior QA Analyst"
    assert again.analysis.engagement == "part-time"
    assert again.overridden == {"engagement", "pay", "title"}
    reset = store.reset_fields(posting.id)
    assert reset.title == "QA Analyst" and reset.analysis.pay is None
    assert reset.overridden == frozenset()


def test_only_reading_fields_can_be_set(store):
    posting = store.add(POSTING, PostingDetails())
    with pytest.raises(ValueError, match="not an editable field"):
        store.set_field(posting.id, "stage", "offer")


def test_profile_is_replaced_whole_and_read_back(store):
    from desktop.domain.fit import Level, Profile, ProfileSkill

    store.save_profile(
        Profile((ProfileSkill("Kotlin", 6), ProfileSkill("Rust", None, Level.LEARNING)))
    )
    store.save_profile(Profile((ProfileSkill("Go", 2.5), ProfileSkill("Kotlin", 7))))
    assert store.profile() == Profile((ProfileSkill("Go", 2.5), ProfileSkill("Kotlin", 7)))


def test_checklist_verdicts_are_kept_by_the_items_words_and_can_be_forgotten(store):
    from desktop.domain.fit import Status

    posting = store.add(POSTING, PostingDetails())
    store.set_check_override(posting.id, "Experience  with Cypress", Status.MET)
    assert store.check_overrides(posting.id) == {"experience with cypress": Status.MET}
    store.set_check_override(posting.id, "experience with cypress", Status.MISSING)
    assert store.check_overrides(posting.id) == {"experience with cypress": Status.MISSING}
    store.set_check_override(posting.id, "Experience with Cypress", None)
    assert store.check_overrides(posting.id) == {}


def test_messages_and_dismissed_flags_count_in_the_posting_risk(store):
    from datetime import date

    from desktop.domain.red_flags import Risk

    posting = store.add(POSTING, PostingDetails())
    assert store.risk_summaries()[posting.id].level == Risk.NONE
    store.add_message(posting.id, date(2026, 8, 4), "Please pay the $60 onboarding fee today.")
    summary = store.risk_summaries()[posting.id]
    assert (summary.level, summary.flags) == (Risk.HIGH, ("F1",))
    store.set_dismissed(posting.id, "F1", True)
    assert store.risk_summaries()[posting.id].level == Risk.NONE
    store.set_dismissed(posting.id, "F1", False)
    assert store.dismissed_flags(posting.id) == frozenset()
    store.delete(posting.id)
    assert store.risk_summaries() == {}


AMBIGUOUS_HOURS = "Support Engineer\n\nBe online 9am-5pm CST on weekdays.\n"


def test_a_zone_pick_is_kept_through_reading_again_and_undoing_a_delete(store):
    posting = store.add(AMBIGUOUS_HOURS, PostingDetails())
    (statement,) = posting.analysis.hours
    assert statement.zone is None and "Asia/Shanghai" in statement.zone_choices
    store.set_field(posting.id, "zone:CST", "Asia/Shanghai")
    assert store.read_again(posting.id).analysis.hours[0].zone == "Asia/Shanghai"
    snapshot = store.delete(posting.id)
    restored = store.restore(snapshot)
    assert restored.analysis.hours[0].zone == "Asia/Shanghai"
    assert store.hours_statements()[posting.id][0].zone == "Asia/Shanghai"


def test_a_zone_pick_outside_the_options_is_ignored(store):
    posting = store.add(AMBIGUOUS_HOURS, PostingDetails())
    store.set_field(posting.id, "zone:CST", "Europe/Paris")
    assert store.get(posting.id).analysis.hours[0].zone is None


def test_my_hours_default_then_kept(store):
    from desktop.domain.local_time import WorkingHours

    assert store.my_hours() == (None, WorkingHours())
    working = WorkingHours.parse("07:30-16:00", "Sun-Thu")
    assert store.save_my_hours("Asia/Jerusalem", working) == ("Asia/Jerusalem", working)
    assert store.my_hours() == ("Asia/Jerusalem", working)
    store.save_my_hours(None, working)
    assert store.my_hours() == (None, working)


def test_unreadable_stored_settings_fall_back_to_defaults(store):
    import sqlite3

    from desktop.domain.local_time import WorkingHours

    with sqlite3.connect(store.db_file) as connection:
        connection.executemany(
            "INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?)",
            [("time_zone", "Nowhere/Land"), ("working_hours", "all day")],
        )
    assert store.my_hours() == (None, WorkingHours())


def test_hours_summaries_use_the_users_zone_or_the_default(store):
    from datetime import date

    from desktop.domain.local_time import WorkingHours

    posting = store.add(fixture_text("core_hours_contract.txt"), PostingDetails())
    day = date(2026, 12, 1)
    assert store.hours_summaries(day, "Asia/Kolkata")[posting.id].cell == "21:30–12:30 (+1)"
    store.save_my_hours("America/New_York", WorkingHours())
    summary = store.hours_summaries(day, "Asia/Kolkata")[posting.id]
    assert (summary.local, summary.overlap_hours) == ("11:00–02:00 (+1) America/New_York", 7)
