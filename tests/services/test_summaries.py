"""Fit, risk and hours are kept with each posting and worked out again only when stale."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from desktop.domain.clock import UserTime
from desktop.domain.hours.local_time import WorkingHours
from desktop.domain.red_flags.flags import Risk
from desktop.domain.skills.profile import Profile, ProfileSkill, Status
from desktop.domain.tracking.tracker import PostingDetails
from desktop.services import Tracker
from desktop.services.readers import MIN_PARALLEL, Readers
from desktop.services.summaries import SummaryKeeper
from desktop.store.deferred import DeferredStore
from tests.conftest import fixture_text

FULL_STACK = (
    "Full-stack developer\n\n## Requirements\n- Python\n- PostgreSQL\n- React\n\n"
    "Core hours are 9:00 am to 1:00 pm Eastern Time.\n"
)


def _tracker(store, day: list[date]) -> Tracker:
    return Tracker(
        store, UserTime(lambda: datetime.combine(day[0], datetime.min.time(), UTC), "UTC")
    )


def test_summaries_are_kept_when_a_posting_is_added_and_read_back_without_work(store):
    day = [date(2026, 12, 1)]
    tracker = _tracker(store, day)
    posting = tracker.add(FULL_STACK, PostingDetails())
    kept, stale = tracker.kept_summaries()
    assert stale == []
    assert (kept.fits[posting.id].met, kept.fits[posting.id].total) == (0, 3)
    assert kept.risks[posting.id].level == Risk.NONE
    assert kept.hours[posting.id].cell == "14:00–18:00"


def test_kept_summaries_read_back_equal_those_worked_out_and_are_shared(store):
    """Read back from the file grouped by their values, each posting's summaries are the
    ones worked out for it, and postings with the same summary share one object."""
    tracker = _tracker(store, [date(2026, 12, 1)])
    texts = [
        FULL_STACK,
        FULL_STACK + "\nRef 2",
        "Copywriter\n\n## Requirements\n- SEO\n- WordPress\n",
        "Contract Go developer\nPay: $40 - $55 per hour\n\nRequirements:\n- Go\n",
        "Data entry clerk\nPay the $60 starter kit fee by Zelle, then we interview you on"
        " Telegram.\n",
    ]
    ids = [tracker.add(text, PostingDetails()).id for text in texts]
    kept, stale = tracker.kept_summaries()
    assert stale == []
    assert kept == tracker.refresh_summaries(ids)  # none stale: each unpacked from its row
    assert set(kept.fits) == set(kept.risks) == set(ids)
    assert set(kept.hours) == set(ids[:2]) and ids[3] in kept.terms
    assert kept.risks[ids[4]].level > Risk.NONE
    assert kept.fits[ids[0]] is kept.fits[ids[1]] and kept.risks[ids[0]] is kept.risks[ids[2]]
    newest = tracker.newest_rows(2)[1]
    assert newest.fits == {i: kept.fits[i] for i in ids[-2:]} and newest.hours == {}


def test_a_new_profile_makes_every_fit_stale_and_refreshing_brings_it_up_to_date(store):
    day = [date(2026, 12, 1)]
    tracker = _tracker(store, day)
    ids = [tracker.add(FULL_STACK + f"\nRef {n}", PostingDetails()).id for n in range(3)]
    tracker.save_profile(Profile((ProfileSkill("Python"), ProfileSkill("React"))))
    kept, stale = tracker.kept_summaries()
    assert sorted(stale) == ids and kept.fits == {}
    refreshed = tracker.refresh_summaries(stale[:2])
    assert {refreshed.fits[i].met for i in ids[:2]} == {2}
    assert tracker.kept_summaries()[1] == ids[2:]
    assert tracker.summaries().fits[ids[2]].met == 2
    assert tracker.kept_summaries()[1] == []


def test_a_new_day_or_zone_makes_hours_stale(store):
    day = [date(2026, 12, 1)]
    tracker = _tracker(store, day)
    posting = tracker.add(fixture_text("core_hours_contract.txt"), PostingDetails())
    day[0] += timedelta(days=1)
    kept, stale = tracker.kept_summaries()
    assert stale == [posting.id]
    # Fit and risk still stand and show while the hours are worked out again.
    assert posting.id in kept.fits and posting.id in kept.risks
    assert posting.id not in kept.hours
    tracker.summaries()
    tracker.save_my_hours("Asia/Kolkata", WorkingHours())
    assert tracker.kept_summaries()[1] == [posting.id]
    assert tracker.summaries().hours[posting.id].cell == "21:30–12:30 (+1)"


def test_a_posting_that_states_no_hours_is_not_worked_out_again_for_a_new_day_or_zone(store):
    """Hours depend on the day only where a posting states them: the others' summaries
    stand through a new day and a move, so a daily start works out only those few."""
    day = [date(2026, 12, 1)]
    tracker = _tracker(store, day)
    timed = tracker.add(FULL_STACK, PostingDetails())
    untimed = tracker.add("Copywriter\n\n## Requirements\n- SEO\n- WordPress\n", PostingDetails())
    assert tracker.kept_summaries()[1] == []
    day[0] += timedelta(days=1)
    assert tracker.kept_summaries()[1] == [timed.id]
    tracker.summaries()
    tracker.save_my_hours("Asia/Kolkata", WorkingHours())
    kept, stale = tracker.kept_summaries()
    assert stale == [timed.id]
    assert untimed.id not in kept.hours and untimed.id in kept.fits
    assert tracker.summaries().hours[timed.id].cell == "19:30–23:30"


def test_what_changes_one_posting_works_its_summary_out_at_once(store):
    tracker = _tracker(store, [date(2026, 8, 5)])
    posting = tracker.add(FULL_STACK, PostingDetails())
    tracker.add_message(posting.id, date(2026, 8, 5), "Please pay the $60 onboarding fee today.")
    kept, stale = tracker.kept_summaries()
    assert stale == [] and kept.risks[posting.id].flags == ("F1",)
    tracker.set_dismissed(posting.id, "F1", True)
    assert tracker.kept_summaries()[0].risks[posting.id].level == Risk.NONE
    tracker.set_check_override(posting.id, "Python", None)
    assert tracker.kept_summaries()[1] == []


def test_a_read_only_database_is_summarized_but_nothing_is_written(store, tmp_path):
    from desktop.store import Store
    from tests.store.environments import read_only_folder

    def fill(folder):
        filled = Tracker(Store.open(folder / "gigdesk.db"))
        filled.add(FULL_STACK, PostingDetails())
        filled.save_profile(Profile((ProfileSkill("Python"),)))
        filled.close()

    with read_only_folder(tmp_path, fill) as folder:
        reader = Tracker(Store.open(folder / "gigdesk.db", only_reading=True))
        try:
            assert reader.summaries().fits[1].met == 1
        finally:
            reader.close()


def test_a_refresh_of_many_postings_gives_each_its_own_messages_verdicts_and_dismissals(store):
    tracker = _tracker(store, [date(2026, 8, 5)])
    warned, judged, plain = (
        tracker.add(FULL_STACK + f"\nRef {n}", PostingDetails()).id for n in range(3)
    )
    for posting_id in (warned, judged):
        tracker.add_message(posting_id, date(2026, 8, 5), "Send the $90 training fee first.")
    tracker.set_dismissed(judged, "F1", True)
    tracker.set_check_override(judged, "PostgreSQL", Status.MET)
    tracker.save_profile(Profile((ProfileSkill("Python"),)))
    refreshed = tracker.refresh_summaries(tracker.kept_summaries()[1])
    assert [refreshed.risks[i].flags for i in (warned, judged, plain)] == [("F1",), (), ()]
    assert [refreshed.fits[i].met for i in (warned, judged, plain)] == [1, 2, 1]


def test_many_summaries_worked_out_in_worker_processes_are_those_worked_out_here(store):
    """A change of profile at 100,000 postings is worked out in worker processes that read
    the file themselves; what they keep must be what this process would have kept."""
    day = [date(2026, 12, 1)]
    tracker = _tracker(store, day)
    text = "Backend developer, ref {n}\n\n## Requirements\n- Python\n- Go or Rust\n- Kubernetes\n"
    ids = [tracker.add(text.format(n=n), PostingDetails()).id for n in range(MIN_PARALLEL + 5)]
    tracker.add_message(ids[3], day[0], "Pay the $150 starter kit fee by Zelle to begin.")
    tracker.save_profile(Profile((ProfileSkill("Python"), ProfileSkill("Rust"))))
    stale = tracker.kept_summaries()[1]
    database, context = DeferredStore.opened(store), tracker.summary_context()
    workers = Readers(workers=2)
    try:
        parallel = SummaryKeeper(database, workers).refresh(stale, context)
        assert workers.started
    finally:
        workers.close()
    here = SummaryKeeper(database, Readers(workers=1)).refresh(stale, context, everything=True)
    assert parallel == here
    assert {(parallel.fits[i].met, parallel.fits[i].total) for i in ids} == {(2, 3)}
    assert parallel.risks[ids[3]].level > parallel.risks[ids[4]].level
    assert tracker.kept_summaries()[1] == []


def test_a_fit_the_hours_judge_is_worked_out_again_for_a_new_zone_or_working_day(store):
    """A must-have asking for an overlap with New York is met or not by the user's zone and
    hours: the kept Fit goes stale when they change, and agrees with the posting's view;
    a posting asking no hours keeps its Fit."""
    day = [date(2026, 12, 1)]  # New York on UTC-5: its nine to five is 14:00-22:00 UTC
    tracker = _tracker(store, day)
    tracker.save_profile(Profile((ProfileSkill("Python"),)))
    asking = tracker.add(
        "Backend developer\n\n## Requirements\n- Python\n"
        "- Must overlap at least 4 hours with US Eastern Time\n",
        PostingDetails(),
    )
    other = tracker.add("Copywriter\n\n## Requirements\n- Python\n- SEO\n", PostingDetails())
    kept, stale = tracker.kept_summaries()  # in UTC, nine to six: four hours shared
    assert stale == [] and (kept.fits[asking.id].met, kept.fits[asking.id].total) == (2, 2)
    tracker.save_my_hours("UTC", WorkingHours.parse("08:00-17:00"))  # three hours shared
    assert tracker.kept_summaries()[1] == [asking.id]
    assert tracker.summaries().fits[asking.id].met == 1
    assert other.id in tracker.kept_summaries()[0].fits
    view = tracker.view(
        tracker.get(asking.id),
        tracker.profile(),
        day[0],
        "UTC",
        WorkingHours.parse("08:00-17:00"),
    )
    assert view.fit == tracker.kept_summaries()[0].fits[asking.id]
    assert view.hours[0].met is False
