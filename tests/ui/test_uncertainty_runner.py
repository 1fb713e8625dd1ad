"""LatestJobRunner: work runs off the GUI thread and only the newest request's result arrives."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QCoreApplication

from explorer.ui.uncertainty_runner import LatestJobRunner


@pytest.fixture
def runner(qtbot):
    runner = LatestJobRunner()
    yield runner
    runner.shutdown()


def test_work_runs_off_the_gui_thread_and_arrives_on_it(qtbot, runner):
    threads = []

    def work(is_stale):
        threads.append(threading.current_thread())
        return "done"

    with qtbot.waitSignal(runner.result_ready, timeout=5000) as ready:
        runner.submit(work)
    assert ready.args == ["done"]
    assert threads and threads[0] is not threading.main_thread()
    assert not runner.busy


def test_a_result_overtaken_by_a_newer_request_is_dropped(qtbot, runner):
    gate = threading.Event()
    started = threading.Event()
    seen: list[str] = []
    runner.result_ready.connect(seen.append)

    def slow(is_stale):
        started.set()
        gate.wait(5)
        return "stale"

    runner.submit(slow)
    qtbot.waitUntil(started.is_set, timeout=5000)
    runner.submit(lambda is_stale: "fresh")
    gate.set()
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    qtbot.waitUntil(lambda: not runner.busy, timeout=5000)
    assert seen == ["fresh"]
    assert runner.delivered == 1


def test_invalidate_drops_the_running_result_and_tells_the_work(qtbot, runner):
    gate = threading.Event()
    started = threading.Event()
    told_stale: list[bool] = []
    seen: list[str] = []
    runner.result_ready.connect(seen.append)

    def slow(is_stale):
        started.set()
        gate.wait(5)
        told_stale.append(is_stale())
        return "stale"

    runner.submit(slow)
    qtbot.waitUntil(started.is_set, timeout=5000)
    runner.invalidate()
    gate.set()
    qtbot.waitUntil(lambda: bool(told_stale), timeout=5000)
    # The stale result comes back through the queue and is dropped; a new request still works.
    with qtbot.waitSignal(runner.result_ready, timeout=5000) as ready:
        runner.submit(lambda is_stale: "next")
    assert ready.args == ["next"]
    assert told_stale == [True]
    assert seen == ["next"]


def test_requests_made_while_one_runs_wait_and_only_the_last_runs(qtbot, runner):
    gate = threading.Event()
    started = threading.Event()
    ran: list[str] = []

    def first(is_stale):
        started.set()
        gate.wait(5)
        ran.append("first")

    runner.submit(first)
    qtbot.waitUntil(started.is_set, timeout=5000)
    for name in ("second", "third"):
        runner.submit(lambda is_stale, name=name: ran.append(name) or name)
    with qtbot.waitSignal(runner.result_ready, timeout=5000) as ready:
        gate.set()
    assert ready.args == ["third"]
    assert ran == ["first", "third"]


def test_a_bug_in_the_work_is_raised_on_the_gui_thread(qtbot, runner):
    def broken(is_stale):
        raise ZeroDivisionError("model bug")

    with qtbot.captureExceptions() as exceptions:
        runner.submit(broken)
        qtbot.waitUntil(lambda: bool(exceptions), timeout=5000)
    assert isinstance(exceptions[0][1], ZeroDivisionError)


def test_shutdown_waits_for_the_running_job_and_delivers_nothing(qtbot):
    runner = LatestJobRunner()
    started = threading.Event()
    finished = threading.Event()
    seen: list[str] = []
    runner.result_ready.connect(seen.append)

    def cooperative(is_stale):
        started.set()
        while not is_stale():  # work in small steps, checking for staleness between them
            finished.wait(0.001)
        finished.set()
        return "late"

    runner.submit(cooperative)
    qtbot.waitUntil(started.is_set, timeout=5000)
    runner.shutdown()
    assert finished.is_set(), "shutdown returned while the job still ran"
    QCoreApplication.processEvents()
    assert seen == []
