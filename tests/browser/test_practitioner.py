"""The practitioner's path in a real browser (Debian's Chromium, fake microphone): record a visit, lose signal and
get it back, correct two sentences, move one to another heading, approve, and the case system's pull feed returns
the edited, approved text."""

from __future__ import annotations

import re
import time

from playwright.sync_api import expect

FIRST = "I saw Kayleigh on her own in her bedroom."
SECOND = "Kayleigh said she feels safe and happy at her nan's house."


def _record_offline_and_back(page):
    page.goto("/app/")
    page.fill("#case-ref", "CN-2025-0147")
    page.click("summary:has-text('Case details')")
    page.fill("#ctx-child", "Kayleigh Robson")
    page.fill("#ctx-people", "Donna Robson, mother")
    page.click("#rec-btn")
    expect(page.locator("#rec-btn")).to_have_text(re.compile("Stop"))
    page.context.set_offline(True)  # signal lost while recording
    page.wait_for_timeout(10_500)  # the fake microphone's clip is about 10 s
    page.click("#rec-btn")
    item = page.locator("#queue li.item").first
    expect(item).to_have_attribute("data-state", "saved", timeout=15_000)
    expect(item).to_contain_text("Saved on this phone")
    expect(page.locator("#case-ref")).to_have_value("")  # the next recording starts with empty case details
    expect(page.locator("#ctx-child")).to_have_value("")
    page.context.set_offline(False)  # signal back: it uploads by itself
    deadline = time.monotonic() + 180
    while item.get_attribute("data-state") != "done":
        assert time.monotonic() < deadline, f"not processed: {item.inner_text()}"
        page.wait_for_timeout(2_000)
        if item.get_attribute("data-state") in ("uploaded", "processing", "saved"):
            page.click("#upload-now")  # instead of waiting for the 15 s poll
    expect(item).to_contain_text("Note ready to review")
    return item.get_attribute("data-id")


def test_record_offline_edit_move_approve_and_the_case_system_pulls_it(page, live_server):
    dictation_id = _record_offline_and_back(page)
    page.click("a:has-text('Review and finish the note')")
    page.wait_for_url(re.compile(r"/app/review\?id="))
    boxes = page.locator("textarea.sentence-text")
    expect(boxes.first).to_be_visible()
    assert boxes.count() >= 2, [boxes.nth(i).input_value() for i in range(boxes.count())]

    boxes.nth(0).fill(FIRST)
    boxes.nth(1).fill(SECOND)
    second = page.locator("li.sentence").nth(1)
    moved_text = second.locator("textarea").input_value()
    assert moved_text == SECOND
    select = second.locator("select.heading-select")
    target = next(v for v in select.locator("option").evaluate_all("os => os.map(o => o.value)")
                  if v != select.input_value())
    select.select_option(target)
    expect(page.locator(f'[data-heading="{target}"] textarea.sentence-text').last).to_have_value(moved_text)

    expect(page.locator("#approve-btn")).to_contain_text("Approve version 2")
    page.click("#save-btn")
    expect(page.locator("#save-state")).to_contain_text("Saved as version 2")
    page.fill("#approve-name", "Sam Carter")
    page.click("#approve-btn")
    expect(page.locator("#approved")).to_contain_text("Approved by Sam Carter")
    expect(page.locator("textarea.sentence-text").first).to_have_attribute("readonly", "")

    feed = live_server.get("/approvals").json()["items"]
    assert [i["dictation_id"] for i in feed] == [dictation_id]
    note = feed[0]["note"]
    assert note["filed"]["version"] == 2 and note["filed"]["approved_by"] == "Sam Carter"
    moved = next(s for s in note["filed"]["sentences"] if s["text"] == moved_text)
    assert moved["heading"] == target
    text = live_server.get(f"/notes/{dictation_id}/text").text
    for sentence in (FIRST, SECOND):
        assert text.count(sentence) == 1, text
    assert "Approved by Sam Carter" in text and "[?" not in text and "CHECK AUDIO" not in text
    pulled = live_server.get("/notes").json()["items"][0]["note"]
    assert FIRST in pulled["transcript"]["text"] and SECOND in pulled["transcript"]["text"]
