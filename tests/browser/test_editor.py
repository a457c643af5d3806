"""The editor on a desktop screen: add a sentence as the child's words, delete one, answer an evidence question,
compare versions, approve; the filed text has the change, each sentence once."""

from __future__ import annotations

from playwright.sync_api import expect

from tests.api.test_review import add_note

DESKTOP = {"width": 1280, "height": 900}
ADDED = "Kayleigh said she would like a puppy."


def test_add_delete_mark_answer_compare_approve_on_a_desktop(make_page, live_server):
    add_note(live_server.runtime, "d-1")
    page = make_page(DESKTOP)
    page.goto("/app/review?id=d-1")
    expect(page.locator("textarea.sentence-text")).to_have_count(4)
    deleted = page.locator('li.sentence[data-origin="3"] textarea').input_value()

    views = page.locator('[data-heading="child_views"]')
    views.locator("button.add").click()
    new = views.locator("li.sentence").last
    new.locator("textarea").fill(ADDED)
    new.locator("input.child_voice").check()
    page.locator('li.sentence[data-origin="3"] button.delete').click()
    expect(page.locator("textarea.sentence-text")).to_have_count(4)
    page.select_option("#ev-feedback_sought", "not_appropriate")
    expect(page.locator("#ev-feedback_sought + .hint")).to_contain_text("Machine's suggestion: No")

    page.click("#save-btn")
    expect(page.locator("#save-state")).to_contain_text("Saved as version 2")
    page.click("#versions-panel summary")
    page.click("#cmp-btn")
    expect(page.locator("#cmp-out")).to_contain_text(f"+  - “{ADDED}” [child's voice]")
    page.fill("#approve-name", "Sam Carter")
    page.click("#approve-btn")
    expect(page.locator("#approved")).to_contain_text("Approved by Sam Carter")
    page.click("#filed-panel summary")
    expect(page.locator("#filed-text")).to_contain_text("2c Feedback sought from the child: Not appropriate")

    text = live_server.get("/notes/d-1/text").text
    assert text.count(ADDED) == 1 and f"“{ADDED}” [child's voice]" in text
    assert deleted not in text
