import sqlite3
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest

from desktop.domain.clock import UserTime
from desktop.domain.errors import PasteError
from desktop.domain.tracking.tracker import PREVIEW_CHARS, Outcome, PostingDetails, Stage
from desktop.services import StoreError, StoreProblem, Tracker
from desktop.store import Store
from tests.conftest import fixture_text

AWKWARD_TEXT = "  Senior Engineer\r\n\r\n\t- Rust   \n- naïve “quotes” 🚀\n\u200b trailing  \n"


def test_text_is_stored_byte_for_byte(tracker):
    posting = tracker.add(AWKWARD_TEXT, PostingDetails(title="Senior Engineer"))
    assert tracker.get(posting.id).raw_text == AWKWARD_TEXT


def test_new_posting_starts_saved_with_a_dated_history(tracker, clock):
    start = clock.now
    posting = tracker.add("Data Engineer at Acme", PostingDetails(title="Data Engineer"))
    assert posting.stage is Stage.SAVED
    assert posting.added_at == start
    assert [(e.name, e.at) for e in posting.history] == [("saved", start)]


def test_each_stage_change_is_recorded_with_its_time(tracker, clock):
    posting = tracker.add("Data Engineer", PostingDetails())
    clock.jump(timedelta(days=2))
    applied_at = clock.now
    tracker.set_stage(posting.id, Stage.APPLIED)
    clock.jump(timedelta(days=5))
    screened_at = clock.now
    posting = tracker.set_stage(posting.id, Stage.SCREENING)
    assert [(e.name, e.at) for e in posting.history[1:]] == [
        ("applied", applied_at),
        ("screening", screened_at),
    ]
    assert posting.updated_at == screened_at


def test_setting_the_current_stage_again_records_nothing(tracker):
    posting = tracker.add("Data Engineer", PostingDetails())
    again = tracker.set_stage(posting.id, Stage.SAVED)
    assert again.history == posting.history
    assert again.updated_at == posting.updated_at


def test_a_stage_change_taken_back_leaves_no_trace(tracker, clock):
    """Undoing a move restores the stage and the last change, and drops its History entry,
    so a stage reached by mistake is not counted as reached."""
    posting = tracker.add("Data Engineer", PostingDetails())
    clock.jump(timedelta(days=1))
    applied = tracker.set_stage(posting.id, Stage.APPLIED)
    clock.jump(timedelta(days=1))
    moved = tracker.set_stage(posting.id, Stage.INTERVIEWING)
    back = tracker.take_back_stage(posting.id, Stage.APPLIED, moved.history[-1], applied.updated_at)
    assert back.stage is Stage.APPLIED
    assert back.history == applied.history
    assert back.updated_at == applied.updated_at
    assert back.reached(Stage.INTERVIEWING) is None


def test_closing_and_reopening_are_both_in_the_history(tracker):
    posting = tracker.add("Data Engineer", PostingDetails())
    closed = tracker.set_outcome(posting.id, Outcome.NO_RESPONSE)
    assert closed.outcome is Outcome.NO_RESPONSE
    reopened = tracker.set_outcome(posting.id, None)
    assert reopened.outcome is None
    assert [e.name for e in reopened.history] == ["saved", "no_response", "reopened"]


def test_details_are_saved_and_last_change_moves_only_on_a_real_change(tracker, clock):
    posting = tracker.add("Data Engineer", PostingDetails(title="Data Engineer"))
    details = PostingDetails(
        title="Data Engineer",
        company="Acme",
        source="LinkedIn",
        url="https://www.linkedin.com/jobs/view/1",
        follow_up=date(2026, 8, 10),
        notes="Call Dana on Monday\nshe knows the hiring manager",
    )
    saved = tracker.save_details(posting.id, details)
    assert saved.details == details
    assert saved.updated_at > posting.updated_at
    unchanged = tracker.save_details(posting.id, details)
    assert unchanged.updated_at == saved.updated_at
    cleared = tracker.save_details(posting.id, PostingDetails(title="Data Engineer", url=""))
    assert cleared.details.follow_up is None and cleared.details.url is None


def test_duplicates_by_url_or_by_text_with_other_whitespace(tracker):
    first = tracker.add(
        "Backend Engineer\n\n- Go\n- Kafka\n",
        PostingDetails(url="https://www.upwork.com/jobs/~01"),
    )
    assert [p.id for p in tracker.find_duplicates("Backend  Engineer - Go\r\n- Kafka", None)] == [
        first.id
    ]
    assert [p.id for p in tracker.find_duplicates("other", "https://www.upwork.com/jobs/~01")] == [
        first.id
    ]
    assert tracker.find_duplicates("Backend Engineer - Go - Kafka - Redis", None) == []


def test_deleted_posting_can_be_restored_with_its_number_and_history(tracker):
    keep = tracker.add("Keep me", PostingDetails(title="Keep"))
    gone = tracker.add("Delete me", PostingDetails(title="Gone", notes="n"))
    gone = tracker.set_stage(gone.id, Stage.APPLIED)
    before = tracker.get(gone.id)
    snapshot = tracker.delete(gone.id)
    assert [p.id for p in tracker.list_rows()] == [keep.id]
    with pytest.raises(StoreError) as missing:
        tracker.get(gone.id)
    assert missing.value.problem is StoreProblem.NOT_FOUND
    restored = tracker.restore(snapshot)
    assert restored == before
    assert [p.id for p in tracker.list_rows()] == [keep.id, gone.id]


def test_deleting_a_posting_deletes_its_history(tracker, paths):
    posting = tracker.add("x y z", PostingDetails())
    tracker.set_stage(posting.id, Stage.APPLIED)
    tracker.delete(posting.id)
    with sqlite3.connect(paths.db_file) as raw:
        assert raw.execute("SELECT count(*) FROM stage_event").fetchone()[0] == 0


def test_rows_for_the_csv_carry_each_postings_own_history(tracker):
    a = tracker.set_stage(tracker.add("a", PostingDetails()).id, Stage.APPLIED)
    gone = tracker.set_stage(tracker.add("gone", PostingDetails()).id, Stage.APPLYING)
    b = tracker.add("b", PostingDetails())
    c = tracker.set_outcome(tracker.set_stage(b.id, Stage.SCREENING).id, Outcome.REJECTED)
    tracker.delete(gone.id)
    exported = list(tracker.store.rows_with_history())
    assert [row.id for row in exported] == [a.id, b.id]
    assert [row.history for row in exported] == [a.history, c.history]
    assert [event.name for event in c.history] == ["saved", "screening", "rejected"]


def test_the_tables_rows_hold_neither_history_nor_the_text_of_a_titled_posting(tracker):
    titled = tracker.add("Backend role\n" + "x" * 500, PostingDetails(title="Backend"))
    untitled = tracker.add("ok, so: " + "we pay well and so on, " * 30, PostingDetails())
    listed = {row.id: row for row in tracker.list_rows()}
    assert listed[titled.id] == titled.row and listed[untitled.id] == untitled.row
    assert listed[titled.id].history == () and listed[titled.id].preview == ""
    assert untitled.title == ""
    assert listed[untitled.id].preview == untitled.raw_text[:PREVIEW_CHARS]


def test_blank_text_is_never_stored(tracker):
    with pytest.raises(PasteError):
        tracker.add(" \n ", PostingDetails())
    assert tracker.list_rows() == []


def test_everything_survives_closing_and_reopening(paths, clock):
    first = Tracker(Store.open(paths.db_file, clock=clock))
    posting = first.add(AWKWARD_TEXT, PostingDetails(title="T", notes="n"))
    first.set_stage(posting.id, Stage.INTERVIEWING)
    first.close()
    again = Tracker(Store.open(paths.db_file, clock=clock))
    try:
        assert again.list_rows() == [again.get(posting.id).row]
        assert again.get(posting.id).raw_text == AWKWARD_TEXT
        assert again.get(posting.id).stage is Stage.INTERVIEWING
        assert again.store.migration.backup is None
    finally:
        again.close()


def test_a_write_blocked_by_another_program_fails_with_a_message_not_a_hang(tracker, paths):
    other = sqlite3.connect(paths.db_file, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(StoreError) as blocked:
            tracker.add("Backend engineer", PostingDetails())
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert blocked.value.problem is StoreProblem.LOCKED
    assert str(paths.db_file) in str(blocked.value)


POSTING = (
    "Job Title: QA Analyst\nCompany: Bright Harbor Ltd\nContract role.\n\n"
    "## Requirements\n- Cypress\n"
)


def test_new_posting_is_read_and_a_given_title_is_kept_as_the_users(tracker):
    read = tracker.add(POSTING, PostingDetails())
    assert (read.title, read.company) == ("QA Analyst", "Bright Harbor Ltd")
    assert read.analysis is not None and read.overridden == frozenset()
    assert [item.text for item in read.analysis.must_haves] == ["Cypress"]
    own = tracker.add(POSTING + " ", PostingDetails(title="Test Analyst (contract)"))
    assert own.title == "Test Analyst (contract)" and own.overridden == {"title"}


def test_users_corrections_survive_reading_again_and_can_be_reset(tracker):
    posting = tracker.add(POSTING, PostingDetails())
    tracker.set_field(posting.id, "engagement", "part-time")
    tracker.set_field(
        posting.id, "pay", {"min": 30, "max": 40, "currency": "EUR", "period": "hour"}
    )
    edited = tracker.save_details(posting.id, replace(posting.details, title="Senior QA Analyst"))
    assert edited.analysis.engagement == "part-time"
    assert edited.analysis.pay.currency == "EUR"
    tracker.read_again([posting.id])
    again = tracker.get(posting.id)
    assert again.title == "Senior QA Analyst"
    assert again.analysis.engagement == "part-time"
    assert again.overridden == {"engagement", "pay", "title"}
    reset = tracker.reset_fields(posting.id)
    assert reset.title == "QA Analyst" and reset.analysis.pay is None
    assert reset.overridden == frozenset()


def test_only_reading_fields_can_be_set(tracker):
    posting = tracker.add(POSTING, PostingDetails())
    with pytest.raises(ValueError, match="not an editable field"):
        tracker.set_field(posting.id, "stage", "offer")


def test_profile_is_replaced_whole_and_read_back(tracker):
    from desktop.domain.skills.profile import Level, Profile, ProfileSkill

    tracker.save_profile(
        Profile((ProfileSkill("Kotlin", 6), ProfileSkill("Rust", None, Level.LEARNING)))
    )
    tracker.save_profile(Profile((ProfileSkill("Go", 2.5), ProfileSkill("Kotlin", 7))))
    assert tracker.profile() == Profile((ProfileSkill("Go", 2.5), ProfileSkill("Kotlin", 7)))


def test_checklist_verdicts_are_kept_by_the_items_words_and_can_be_forgotten(tracker):
    from desktop.domain.skills.profile import Status

    posting = tracker.add(POSTING, PostingDetails())
    tracker.set_check_override(posting.id, "Experience  with Cypress", Status.MET)
    assert tracker.check_overrides(posting.id) == {"experience with cypress": Status.MET}
    tracker.set_check_override(posting.id, "experience with cypress", Status.MISSING)
    assert tracker.check_overrides(posting.id) == {"experience with cypress": Status.MISSING}
    tracker.set_check_override(posting.id, "Experience with Cypress", None)
    assert tracker.check_overrides(posting.id) == {}


def test_messages_and_dismissed_flags_count_in_the_posting_risk(tracker):
    from datetime import date

    from desktop.domain.red_flags.flags import Risk

    posting = tracker.add(POSTING, PostingDetails())
    assert tracker.summaries().risks[posting.id].level == Risk.NONE
    tracker.add_message(posting.id, date(2026, 8, 4), "Please pay the $60 onboarding fee today.")
    summary = tracker.summaries().risks[posting.id]
    assert (summary.level, summary.flags) == (Risk.HIGH, ("F1",))
    tracker.set_dismissed(posting.id, "F1", True)
    assert tracker.summaries().risks[posting.id].level == Risk.NONE
    tracker.set_dismissed(posting.id, "F1", False)
    assert tracker.dismissed_flags(posting.id) == frozenset()
    tracker.delete(posting.id)
    assert tracker.summaries().risks == {}


AMBIGUOUS_HOURS = "Support Engineer\n\nBe online 9am-5pm CST on weekdays.\n"


def test_a_zone_pick_is_kept_through_reading_again_and_undoing_a_delete(tracker):
    posting = tracker.add(AMBIGUOUS_HOURS, PostingDetails())
    (statement,) = posting.analysis.hours
    assert statement.zone is None and "Asia/Shanghai" in statement.zone_choices
    tracker.set_field(posting.id, "zone:CST", "Asia/Shanghai")
    tracker.read_again([posting.id])
    assert tracker.get(posting.id).analysis.hours[0].zone == "Asia/Shanghai"
    snapshot = tracker.delete(posting.id)
    restored = tracker.restore(snapshot)
    assert restored.analysis.hours[0].zone == "Asia/Shanghai"
    assert tracker.summaries().hours[posting.id].zone == "Asia/Shanghai"


def test_a_zone_pick_outside_the_options_is_ignored(tracker):
    posting = tracker.add(AMBIGUOUS_HOURS, PostingDetails())
    tracker.set_field(posting.id, "zone:CST", "Europe/Paris")
    assert tracker.get(posting.id).analysis.hours[0].zone is None


def test_my_hours_default_then_kept(tracker):
    from desktop.domain.hours.local_time import WorkingHours

    assert tracker.my_hours() == (None, WorkingHours())
    working = WorkingHours.parse("07:30-16:00", "Sun-Thu")
    assert tracker.save_my_hours("Asia/Jerusalem", working) == ("Asia/Jerusalem", working)
    assert tracker.my_hours() == ("Asia/Jerusalem", working)
    tracker.save_my_hours(None, working)
    assert tracker.my_hours() == (None, working)


def test_unreadable_stored_settings_fall_back_to_defaults(tracker):
    import sqlite3

    from desktop.domain.hours.local_time import WorkingHours

    with sqlite3.connect(tracker.data_file) as connection:
        connection.executemany(
            "INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?)",
            [("time_zone", "Nowhere/Land"), ("working_hours", "all day")],
        )
    assert tracker.my_hours() == (None, WorkingHours())


def test_hours_are_in_the_systems_zone_until_the_user_chooses_one(store):
    from desktop.domain.hours.local_time import WorkingHours

    on_1_december = UserTime(lambda: datetime(2026, 12, 1, 12, tzinfo=UTC), "Asia/Kolkata")
    tracker = Tracker(store, on_1_december)
    posting = tracker.add(fixture_text("core_hours_contract.txt"), PostingDetails())
    assert tracker.summaries().hours[posting.id].cell == "21:30–12:30 (+1)"
    tracker.save_my_hours("America/New_York", WorkingHours())
    summary = tracker.summaries().hours[posting.id]
    assert (summary.local, summary.overlap_hours) == ("11:00–02:00 (+1) America/New_York", 7)
    assert Tracker(store, UserTime(on_1_december.now, "UTC")).time.zone_name == "America/New_York"


def test_the_csv_says_which_postings_need_a_follow_up(tracker, clock, tmp_path):
    import csv

    quiet = tracker.add("Planner\nNorthbay\n\nPlan routes.\n", PostingDetails())
    dated = tracker.add("Driver\nNorthbay\n\nDrive routes.\n", PostingDetails())
    for posting in (quiet, dated):
        tracker.set_stage(posting.id, Stage.APPLIED)
    tracker.save_details(dated.id, replace(dated.details, follow_up=date(2026, 9, 1)))
    clock.jump(timedelta(days=15))
    tracker.export_csv(tmp_path / "t.csv")
    with open(tmp_path / "t.csv", encoding="utf-8-sig", newline="") as handle:
        rows = {row["title"]: row["needs_follow_up"] for row in csv.DictReader(handle)}
    assert rows == {"Planner": "follow-up", "Driver": ""}


def test_an_undone_delete_brings_back_messages_verdicts_and_dismissed_flags(tracker):
    """What the user added to a posting is theirs too: a deleted posting comes back whole."""
    from desktop.domain.skills.profile import Status

    posting = tracker.add(
        "Remote Data Entry\n\nRequirements:\n- Excel\n\nPay the $50 starter kit fee first.\n",
        PostingDetails(),
    )
    reply = tracker.add_message(posting.id, date(2026, 8, 4), "Please text me on Telegram.")
    tracker.set_check_override(posting.id, "Excel", Status.MET)
    flag = next(iter(posting.analysis.red_flags)).flag
    tracker.set_dismissed(posting.id, flag, True)
    snapshot = tracker.delete(posting.id)
    tracker.restore(snapshot)
    assert [(m.id, m.text) for m in tracker.messages(posting.id)] == [(reply.id, reply.text)]
    assert tracker.check_overrides(posting.id) == {"excel": Status.MET}
    assert tracker.dismissed_flags(posting.id) == frozenset({flag})


QUIET_TEXT = "Planner\nNorthbay\n\nRequirements:\n- Excel\n\nPlan routes.\n"


def _nudge_today(tracker, posting_id):
    """The nudge the window's rows and today's agenda give the posting, which must agree."""
    from desktop.domain.tracking.nudges import Due, Nudge, Nudges, agenda

    limits, today, zone = tracker.silence_limits(), tracker.time.today(), tracker.time.zone
    (row,) = [row for row in tracker.list_rows() if row.id == posting_id]
    assert row == tracker.get(posting_id).row
    nudge = Nudges(today, limits, zone).nudge(row)
    on_agenda = [(item.due, item.days) for item in agenda([row], today, limits, zone)]
    due = {Nudge.FOLLOW_UP: Due.QUIET, Nudge.CLOSE: Due.CLOSE}
    assert on_agenda == ([] if nudge is None else [(due[nudge[0]], nudge[1])])
    return nudge


def test_editing_a_quiet_application_keeps_its_reminder_to_follow_up(tracker, clock, tmp_path):
    """Typing a location, editing the notes (pasting, then undoing), ticking a checklist item
    or correcting the title is a change but no move: 27 days after applying, the posting
    still asks for a follow-up, in the table's rows, today's agenda and the CSV."""
    import csv

    from desktop.domain.skills.profile import Status
    from desktop.domain.tracking.nudges import Nudge

    posting = tracker.add(QUIET_TEXT, PostingDetails())
    applied = tracker.set_stage(posting.id, Stage.APPLIED)
    clock.jump(timedelta(days=27))
    tracker.set_field(posting.id, "location", "Rotterdam")
    pasted = tracker.save_details(posting.id, replace(applied.details, notes="pasted by mistake"))
    tracker.save_details(posting.id, replace(pasted.details, notes=""))
    tracker.set_check_override(posting.id, "Excel", Status.MET)
    edited = tracker.set_field(posting.id, "title", "Route Planner")
    assert edited.updated_at > applied.updated_at  # it changed: the Changed column says so
    assert edited.last_moved == applied.history[-1].at  # but it has not moved since
    assert _nudge_today(tracker, posting.id) == (Nudge.FOLLOW_UP, 27)
    tracker.export_csv(tmp_path / "t.csv")
    with open(tmp_path / "t.csv", encoding="utf-8-sig", newline="") as handle:
        (row,) = csv.DictReader(handle)
    assert row["needs_follow_up"] == "follow-up"


def test_a_move_an_answer_or_an_event_agreed_ends_the_silence(tracker, clock):
    from desktop.domain.tracking.events import EventKind

    postings = [tracker.add(QUIET_TEXT + f"\nRef {n}\n", PostingDetails()) for n in range(4)]
    for posting in postings:
        tracker.set_stage(posting.id, Stage.APPLIED)
    clock.jump(timedelta(days=20))
    moved, answered, agreed, reopened = (posting.id for posting in postings)
    tracker.set_stage(moved, Stage.SCREENING)
    tracker.add_message(answered, tracker.time.today(), "Thanks, we will be in touch.")
    tracker.add_event(agreed, EventKind.CALL, datetime(2026, 8, 30, 10, 0))
    tracker.set_outcome(reopened, Outcome.NO_RESPONSE)
    tracker.set_outcome(reopened, None)
    for posting_id in (moved, answered, agreed, reopened):
        assert _nudge_today(tracker, posting_id) is None, posting_id


def test_a_move_taken_back_leaves_the_silence_as_it_was(tracker, clock):
    """Undone, a stage reached by mistake no longer ends the silence; a message logged
    before it still does."""
    from desktop.domain.tracking.nudges import Nudge

    posting = tracker.add(QUIET_TEXT, PostingDetails())
    applied = tracker.set_stage(posting.id, Stage.APPLIED)
    clock.jump(timedelta(days=5))
    tracker.add_message(posting.id, tracker.time.today(), "We are reviewing applications.")
    answered = tracker.get(posting.id)
    clock.jump(timedelta(days=15))
    moved = tracker.set_stage(posting.id, Stage.OFFER)
    assert _nudge_today(tracker, posting.id) is None
    back = tracker.take_back_stage(
        posting.id, Stage.APPLIED, moved.history[-1], answered.updated_at
    )
    assert back.last_moved == answered.last_moved > applied.last_moved
    assert _nudge_today(tracker, posting.id) == (Nudge.FOLLOW_UP, 15)
    plain = tracker.add(QUIET_TEXT + "\nRef 2\n", PostingDetails())
    applied = tracker.set_stage(plain.id, Stage.APPLIED)
    clock.jump(timedelta(days=15))
    moved = tracker.set_stage(plain.id, Stage.INTERVIEWING)
    back = tracker.take_back_stage(plain.id, Stage.APPLIED, moved.history[-1], applied.updated_at)
    assert back.last_moved == applied.last_moved
    assert _nudge_today(tracker, plain.id) == (Nudge.FOLLOW_UP, 15)


def test_a_deleted_posting_comes_back_as_silent_as_it_was(tracker, clock):
    posting = tracker.add(QUIET_TEXT, PostingDetails())
    tracker.set_stage(posting.id, Stage.APPLIED)
    clock.jump(timedelta(days=3))
    tracker.add_message(posting.id, tracker.time.today(), "We are reviewing applications.")
    clock.jump(timedelta(days=2))
    before = tracker.save_details(posting.id, PostingDetails(notes="Call on Monday"))
    restored = tracker.restore(tracker.delete(posting.id))
    assert (restored.last_moved, restored.updated_at) == (before.last_moved, before.updated_at)
    again = tracker.set_stage(posting.id, Stage.SCREENING)
    back = tracker.take_back_stage(posting.id, Stage.APPLIED, again.history[-1], before.updated_at)
    assert back.last_moved == before.last_moved  # the message, kept through the delete


def test_an_imported_posting_is_silent_since_its_last_dated_move(tracker):
    from desktop.domain.tracking.nudges import Nudge
    from desktop.store.imported import ImportedPosting

    today = tracker.time.today()
    applied = tracker.time.at_noon(today - timedelta(days=20))
    (number,) = tracker.store.import_postings(
        [
            ImportedPosting(
                text="Planner at Northbay",
                details=PostingDetails(title="Planner", notes="From my spreadsheet"),
                corrections={},
                stage=Stage.APPLIED,
                outcome=None,
                history=((applied - timedelta(days=2), "saved"), (applied, "applied")),
            )
        ]
    )
    assert tracker.get(number).last_moved == applied
    assert _nudge_today(tracker, number) == (Nudge.FOLLOW_UP, 20)


def test_the_csv_dates_an_application_moved_from_saved_straight_to_a_later_stage(
    tracker, clock, tmp_path
):
    """A work-search record needs the date applied: a posting moved from Saved straight to
    Interviewing was applied to that day; one withdrawn from Saved never was."""
    import csv

    interviewing = tracker.add("Planner\nNorthbay\n\nPlan routes.\n", PostingDetails())
    withdrawn = tracker.add("Driver\nNorthbay\n\nDrive routes.\n", PostingDetails())
    clock.jump(timedelta(days=2))
    moved_on = tracker.time.local(clock.now).date().isoformat()
    tracker.set_stage(interviewing.id, Stage.INTERVIEWING)
    tracker.set_outcome(withdrawn.id, Outcome.WITHDRAWN)
    tracker.export_csv(tmp_path / "t.csv")
    with open(tmp_path / "t.csv", encoding="utf-8-sig", newline="") as handle:
        applied = {row["title"]: row["applied"] for row in csv.DictReader(handle)}
    assert applied == {"Planner": moved_on, "Driver": ""}
