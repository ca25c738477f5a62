"""The review pages in a real browser: Debian's headless Chromium, driven by selenium, from file://.

Chromium starts with no network use of its own (the flags below) and the pages
load nothing; a screenshot of the seed's page is kept under ``test-artifacts/``.
They skip, with the reason, where Chromium or ChromeDriver is not installed (Debian:
``apt-get install chromium chromium-driver``); the rest of the suite covers the pages' HTML.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from extractor.cli import main
from tests.shared_docs import ROOT, SEED
from tests.test_review_html import HOSTILE

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
ARTIFACTS = ROOT / "test-artifacts"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--no-first-run",
    "--window-size=1400,900",
]


def _need_browser() -> None:
    missing = [p for p in (CHROMIUM, CHROMEDRIVER) if not Path(p).is_file()]
    if not missing:
        return
    pytest.skip(f"{', '.join(missing)} not installed: apt-get install chromium chromium-driver")


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    corpus = tmp_path_factory.mktemp("corpus")
    shutil.copy(SEED, corpus / SEED.name)
    (corpus / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    (corpus / "empty.txt").write_bytes(b"")
    out = tmp_path_factory.mktemp("site")
    assert main([str(corpus), "-o", str(out), "-q", "--html"]) == 1
    return out


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    _need_browser()
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}")
    driver = webdriver.Chrome(options=options, service=Service(executable_path=CHROMEDRIVER))
    try:
        yield driver
    finally:
        driver.quit()


def _open(browser: Any, page: Path) -> None:
    browser.get(page.as_uri())
    assert browser.execute_script("return document.readyState") == "complete"


def _visible_rules(browser: Any) -> list[str]:
    from selenium.webdriver.common.by import By

    found = browser.find_elements(By.CSS_SELECTOR, "ol.found > li.finding")
    return [f.get_attribute("data-rule") for f in found if f.is_displayed()]


def _keep_screenshot(browser: Any, name: str, capsys: pytest.CaptureFixture[str]) -> Path:
    """Save a screenshot under test-artifacts/ (gitignored) and print where it is."""
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / name
    assert browser.save_screenshot(str(shot))
    with capsys.disabled():
        print(f"\nscreenshot kept: {shot}")  # noqa: T201 - the artefact's path, for a person
    return shot


def _seed(browser: Any, site: Path) -> None:
    _open(browser, site / f"{SEED.name}.html")


def test_finding_list_has_the_expected_rules_and_passes_collapsed(browser: Any, site: Path) -> None:
    from selenium.webdriver.common.by import By

    _seed(browser, site)
    assert browser.title == "石景山区2018年精准扶贫工作计划"
    assert _visible_rules(browser) == ["scope_coverage", "foreign_scope", "truncated"]
    passes = browser.find_elements(By.CSS_SELECTOR, "details.passes li.finding")
    assert len(passes) == 21  # one per passing check
    assert not any(p.is_displayed() for p in passes)
    assert browser.execute_script("return performance.getEntriesByType('resource').length") == 0


def test_clicking_a_finding_scrolls_to_and_marks_its_spans(
    browser: Any, site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from selenium.webdriver.common.by import By

    _seed(browser, site)
    pane = browser.find_element(By.CSS_SELECTOR, "article.text")
    assert browser.execute_script("return arguments[0].scrollTop", pane) == 0
    finding = browser.find_element(By.CSS_SELECTOR, 'li.finding[data-rule="foreign_scope"]')
    keys = finding.get_attribute("data-spans").split()
    finding.find_element(By.CSS_SELECTOR, "p.msg").click()
    marked = browser.find_elements(By.CSS_SELECTOR, ".tgt.marked")
    assert {m.get_attribute("data-t") for m in marked} == set(keys)
    assert "current" in finding.get_attribute("class").split()
    # the first span is in the 顺平县 section near the end: the text pane scrolled to it
    assert browser.execute_script("return arguments[0].scrollTop", pane) > 1000
    first = next(m for m in marked if m.get_attribute("data-t") == keys[0])
    in_view = browser.execute_script(
        "const r = arguments[0].getBoundingClientRect(), p = arguments[1].getBoundingClientRect();"
        "return r.top >= p.top && r.bottom <= p.bottom;",
        first,
        pane,
    )
    assert in_view
    assert first.text == "称多县"  # 积极推介称多县特色产品: the foreign scope named
    # a link to one span marks that span only
    link = finding.find_elements(By.CSS_SELECTOR, "a[data-t]")[2]
    link.click()
    marked = browser.find_elements(By.CSS_SELECTOR, ".tgt.marked")
    assert {m.get_attribute("data-t") for m in marked} == {keys[2]}
    assert marked[0].text == "积极推介称多县特色产品"  # the same words in the 称多县 section
    shot = _keep_screenshot(browser, "review-seed-finding.png", capsys)
    assert shot.stat().st_size > 20_000


def test_filter_hides_what_it_should(browser: Any, site: Path) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    _seed(browser, site)
    rule = Select(browser.find_element(By.ID, "f-rule"))
    rule.select_by_value("truncated")
    assert _visible_rules(browser) == ["truncated"]
    browser.find_element(By.CSS_SELECTOR, 'input[data-status="warn"]').click()
    assert _visible_rules(browser) == []
    rule.select_by_value("")
    assert _visible_rules(browser) == []
    browser.find_element(By.CSS_SELECTOR, 'input[data-status="warn"]').click()
    assert _visible_rules(browser) == ["scope_coverage", "foreign_scope", "truncated"]
    browser.find_element(By.CSS_SELECTOR, "details.passes summary").click()
    rule.select_by_value("parts_sum")
    shown = browser.find_elements(By.CSS_SELECTOR, "li.finding")
    assert sorted({f.get_attribute("data-rule") for f in shown if f.is_displayed()}) == [
        "parts_sum"
    ]
    assert sum(f.is_displayed() for f in shown) == 7


def test_a_mark_shows_its_parsed_value_on_focus(browser: Any, site: Path) -> None:
    from selenium.webdriver.common.by import By

    _seed(browser, site)
    # 13.开展产业带动工程。…安排产业带动资金100万元
    money = next(
        el
        for el in browser.find_elements(By.CSS_SELECTOR, ".item[data-id='二.13'] .q.money")
        if el.text == "100万元"
    )
    assert money.get_attribute("title") == "money: 1,000,000 元"
    browser.execute_script("arguments[0].focus()", money)
    after = browser.execute_script(
        "return getComputedStyle(arguments[0], '::after').content", money
    )
    assert after == '"money: 1,000,000 元"'
    colours = {
        kind: browser.execute_script(
            "return getComputedStyle(document.querySelector(arguments[0])).backgroundColor",
            f".src .{kind}",
        )
        for kind in ("q.money", "q.count", "q.percent", "ag")
    }
    assert len(set(colours.values())) == 4  # distinct styles


def test_index_sorts_and_links(
    browser: Any, site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from selenium.webdriver.common.by import By

    _open(browser, site / "index.html")

    def first_column() -> list[str]:
        rows = browser.find_elements(By.CSS_SELECTOR, "#documents tbody tr")
        return [r.find_elements(By.TAG_NAME, "td")[0].text for r in rows]

    assert first_column() == ["empty.txt", "hostile.txt", SEED.name]
    warn = browser.find_element(By.XPATH, "//th[button='warn']/button")
    warn.click()
    warn.click()  # descending: the seed's 3 warnings first
    assert first_column()[0] == SEED.name
    assert warn.find_element(By.XPATH, "..").get_attribute("aria-sort") == "descending"
    items = browser.find_element(By.XPATH, "//th[button='items']/button")
    items.click()
    assert first_column() == ["empty.txt", "hostile.txt", SEED.name]  # -1, 2, 33
    browser.find_element(By.LINK_TEXT, SEED.name).click()
    assert browser.title == "石景山区2018年精准扶贫工作计划"
    _keep_screenshot(browser, "review-seed.png", capsys)


def test_hostile_text_stays_text(browser: Any, site: Path) -> None:
    from selenium.webdriver.common.by import By

    _open(browser, site / "hostile.txt.html")
    assert browser.execute_script("return window.pwned === undefined")
    heading = browser.find_element(By.TAG_NAME, "h1").text
    assert heading.startswith("<script>window.pwned=1</script>某县2020年")
    text = browser.find_element(By.CSS_SELECTOR, ".src").text
    assert '"><img src=x onerror="window.pwned=2">' in text
    assert browser.find_elements(By.CSS_SELECTOR, ".src img, .src b, .src script") == []
    _open(browser, site / "index.html")
    assert browser.execute_script("return window.pwned === undefined")
