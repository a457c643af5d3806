"""The child's feedback form in a real browser (Debian's Chromium): answered on the phone with no signal, kept there,
sent when the signal returns, and then with the visit for the next review and in the council's returns."""

from __future__ import annotations

from datetime import date

from playwright.sync_api import expect


def test_a_child_answers_offline_and_the_answers_reach_the_returns(page, live_server):
    page.goto("/app/feedback?case_ref=CN-2025-0147")
    page.select_option("#fb-respondent", "child")
    page.select_option("#fb-service", "child_protection")
    expect(page.locator("#fb-questions li")).to_have_count(4)
    expect(page.locator("#fb-questions")).to_contain_text("why I am worried about you and your family?")  # "a" wording
    expect(page.locator("#fb-questions .face").first).to_be_visible()  # faces for a younger child

    page.context.set_offline(True)  # no signal in the family's kitchen
    for question, score in (("q1", 4), ("q2", 5), ("q4", 2)):  # q3 skipped: a child may leave one
        page.locator(f"input[name={question}][value='{score}']").check()
    page.fill("#fb-comment", "I want to keep seeing my nana on Saturdays")
    page.click("#fb-form button[type=submit]")
    item = page.locator("#fb-queue li").first
    expect(item).to_contain_text("Waiting for signal: kept on this phone.")

    page.context.set_offline(False)  # signal back: the page sends it by itself
    expect(item).to_contain_text("Sent: safe on the server.", timeout=20_000)

    stored = live_server.get("/voice/feedback", params={"case_ref": "CN-2025-0147"}).json()["items"]
    assert len(stored) == 1
    assert stored[0]["answers"] == {"q1": 4, "q2": 5, "q3": None, "q4": 2}
    assert stored[0]["wording"] == "a" and stored[0]["respondent"] == "child" and stored[0]["child_voice"] is True
    assert stored[0]["comment"] == "I want to keep seeing my nana on Saturdays"

    today = date.today().isoformat()
    returns = live_server.get("/voice/returns", params={"start": today, "end": today}).json()
    assert returns["feedback_sought"] == {"numerator": 1, "denominator": 1, "percent": 100.0}
