"""A photo of the direct work added from a phone's review page: it is sent, listed with its caption and shown
(decoded from the stored, encrypted copy); choosing the same photo again adds nothing."""

from __future__ import annotations

from playwright.sync_api import expect

from tests.api.test_photos import drawing_png
from tests.api.test_review import add_note

PHONE = {"width": 390, "height": 844}


def test_a_photo_of_the_direct_work_from_the_phone(make_page, live_server, tmp_path):
    add_note(live_server.runtime, "d-1")
    image = tmp_path / "houses.png"
    image.write_bytes(drawing_png(width=60, height=40))
    page = make_page(PHONE)
    page.goto("/app/review?id=d-1")
    expect(page.locator("#photo-input")).to_have_attribute("capture", "environment")
    page.fill("#photo-caption", "My three houses")
    page.set_input_files("#photo-input", str(image))
    expect(page.locator("#photo-state")).to_have_text("Photo added.")
    shown = page.locator("#photo-list figure img")
    expect(shown).to_have_count(1)
    expect(page.locator("#photo-list figcaption")).to_contain_text("My three houses")
    # decoded: its width read as a property (a string for wait_for_function is run by eval, which the page's Content
    # Security Policy refuses whenever the first check is not already true)
    expect(shown).to_have_js_property("naturalWidth", 60)

    page.set_input_files("#photo-input", str(image))  # the same photo again: still one
    expect(page.locator("#photo-state")).to_have_text("Photo added.")
    expect(shown).to_have_count(1)
    assert len(live_server.get("/dictations/d-1/photos").json()["items"]) == 1
