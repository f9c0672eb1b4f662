"""The HTML review in a real browser: Debian's Chromium, driven by Playwright (no download)."""

from __future__ import annotations

import itertools
import os
import shutil
from pathlib import Path

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.e2e]
FLAGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def chromium_path() -> str | None:
    for candidate in (os.environ.get("CHROMIUM"), "chromium", "chromium-browser", "google-chrome"):
        if candidate and (path := shutil.which(candidate)):
            return path
    return None


@pytest.fixture(scope="module")
def page_factory():
    path = chromium_path()
    if path is None:
        if os.environ.get("CI"):
            pytest.fail("no Chromium under CI: `make test` installs Debian's chromium")
        pytest.skip("Chromium is not installed (make test installs it where it may)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=path, args=FLAGS)
        yield browser
        browser.close()


def open_review(browser, review: Path, **context):
    page = browser.new_page(**context)
    errors: list[str] = []
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(review.as_uri(), wait_until="load")
    return page, errors


def test_page_loads_with_images_and_no_errors(page_factory, built_project, tmp_path):
    review = built_project / "results/review/review.html"
    page, errors = open_review(page_factory, review, viewport={"width": 1200, "height": 900})
    images = page.eval_on_selector_all("img", "els => els.map(e => [e.complete, e.naturalWidth, e.alt.length])")
    assert len(images) == 4
    assert all(done and width > 0 and alt > 40 for done, width, alt in images)
    assert errors == []
    headings = page.eval_on_selector_all("h1, h2, h3", "els => els.map(e => Number(e.tagName[1]))")
    assert headings[0] == 1 and all(b - a <= 1 for a, b in itertools.pairwise(headings))
    assert page.eval_on_selector_all("table", "ts => ts.every(t => t.querySelectorAll('th').length > 0)")
    page.screenshot(path=str(tmp_path / "review-desktop.png"), full_page=False)


def test_provenance_links_show_and_reach_their_quote(page_factory, built_project):
    page, _ = open_review(page_factory, built_project / "results/review/review.html")
    link = page.locator('a[href^="#prov-kalil2021-"]').first
    title = link.get_attribute("title")
    href = link.get_attribute("href")
    assert "1.16" in link.inner_text() and "95% CI, 1.01 to 1.32" in title
    targets = page.eval_on_selector_all('a[href^="#prov-"]', "els => els.map(e => e.getAttribute('href'))")
    missing = [t for t in set(targets) if page.locator(f"[id='{t[1:]}']").count() == 0]
    assert not missing
    link.click()
    assert page.evaluate("location.hash") == href
    target = page.locator(f"[id='{href[1:]}']")
    assert target.is_visible() and "rate ratio for recovery, 1.16" in target.locator("xpath=..").inner_text()


def test_cross_references_link_to_the_figures(page_factory, built_project):
    page, _ = open_review(page_factory, built_project / "results/review/review.html")
    ref = page.locator('a[href="#fig-gray-zone"]').first
    assert ref.inner_text() == "Figure 4"
    ref.click()
    assert page.locator("#fig-gray-zone img").is_visible()
    assert "Figure 4:" in page.locator("#fig-gray-zone figcaption").inner_text()


def test_readable_on_a_phone(page_factory, built_project, tmp_path):
    page, errors = open_review(
        page_factory,
        built_project / "results/review/review.html",
        viewport={"width": 390, "height": 844},
        device_scale_factor=2,
    )
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
    assert errors == []
    page.screenshot(path=str(tmp_path / "review-phone.png"))
