"""``python -m extractor diff``: exactly the planted changes, nothing else; exit 0, 1 and 2."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from extractor.cli import main
from extractor.diff import diff_documents
from extractor.diff.match import match_items
from extractor.pipeline import extract_text
from tests.seed_versions import seed_revised
from tests.shared_docs import CORPUS, SEED, SHARED, seed_text
from tests.test_review_html import HOSTILE

ROOT_CORPUS = CORPUS


@pytest.fixture(scope="module")
def versions(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("versions")
    old, new = folder / "plan-v1.txt", folder / "plan-v2.txt"
    shutil.copy(SEED, old)
    new.write_text(seed_revised(), encoding="utf-8")
    return old, new


def _json(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, dict[str, object]]:
    code = main(["diff", *argv, "--json"])
    return code, json.loads(capsys.readouterr().out)


def test_revised_seed_gives_exactly_the_planted_changes(
    versions: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    code, report = _json(capsys, *map(str, versions))
    assert code == 1
    assert report["changed"] is True
    (doc,) = report["documents"]  # type: ignore[misc]
    changes = {
        (c["old"]["id"], c["new"]["id"]): {f["field"]: (f["old"], f["new"]) for f in c["changes"]}
        for c in doc["items_changed"]
    }
    renumbered = {
        (f"二.{n}", f"二.{n - 1}"): {"number": (str(n), str(n - 1))}
        for n in (14, 15, 16, 18, 19, 20)
    }
    assert changes == {
        # moved from (三) to (六), numbered 20
        ("二.12", "二.20"): {"number": ("12", "20"), "section": ("二/(三)", "二/(六)")},
        # 安排产业带动资金100万元 → 120万元
        ("二.13", "二.12"): {
            "number": ("13", "12"),
            "money": (
                [{"text": "100万元", "value": 1000000, "unit": "元"}],
                [{"text": "120万元", "value": 1200000, "unit": "元"}],
            ),
        },
        # (区人保局(3)、区教委(1)) → (区人保局(3)、区民政局(1))
        ("二.17", "二.16"): {
            "number": ("17", "16"),
            "agencies": (
                [{"name": "区教委", "role": None, "projects": 1}],
                [{"name": "区民政局", "role": None, "projects": 1}],
            ),
        },
        **renumbered,
    }
    empty = {k: v for k, v in doc.items() if k not in ("old", "new", "items_changed")}
    assert all(not v for v in empty.values()), empty


def test_markdown_reads_like_a_review_comment(
    versions: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["diff", *map(str, versions)]) == 1
    md = capsys.readouterr().out
    assert md.startswith("## extractor diff\n")
    assert (
        "- 二.13 → 二.12 开展产业带动工程: number 13 → 12; "
        "money 100万元 = 1,000,000 元 → 120万元 = 1,200,000 元"
    ) in md
    assert (
        "- 二.17 → 二.16 加强贫困人口就业技能培训: number 17 → 16; agencies −区教委(1) +区民政局(1)"
        in md
    )
    assert "**Items renumbered only**" in md
    assert "9 items changed, 0 added, 0 removed" in md


def test_html_is_a_page_and_escapes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old, new = tmp_path / "a.txt", tmp_path / "b.txt"
    old.write_text(HOSTILE, encoding="utf-8")
    new.write_text(HOSTILE.replace("100万元", "90万元"), encoding="utf-8")
    out = tmp_path / "diff.html"
    assert main(["diff", str(old), str(new), "--html", "-o", str(out)]) == 1
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert "money 100万元 = 1,000,000 元 → 90万元 = 900,000 元" in page
    assert "<img" not in page
    assert "&lt;b onmouseover=" in page or "<b " not in page
    assert main(["diff", str(old), str(new)]) == 1
    md = capsys.readouterr().out
    # every < of the text is escaped, and CommonMark finds no markup in it
    assert "<" not in md.replace("\\<", "")
    tokens = MarkdownIt("commonmark").parse(md)
    kinds = {t.type for t in tokens} | {c.type for t in tokens for c in t.children or []}
    assert not kinds & {"html_inline", "html_block", "link_open", "image"}
    assert '开展培训<b onmouseover="window.pwned=3">' in "".join(
        c.content for t in tokens for c in t.children or [] if c.type == "text"
    )


def test_no_differences_exit_zero(versions: tuple[Path, Path], tmp_path: Path) -> None:
    old, _ = versions
    copy = tmp_path / "again.txt"
    shutil.copy(old, copy)
    assert main(["diff", str(old), str(copy)]) == 0


def test_trouble_exits_two(
    versions: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old, _ = versions
    assert main(["diff", str(old), str(tmp_path / "missing.txt")]) == 2
    assert main(["diff", str(old), str(tmp_path)]) == 2  # a file and a folder
    (tmp_path / "empty.txt").write_bytes(b"")
    assert main(["diff", str(old), str(tmp_path / "empty.txt")]) == 2  # cannot be read
    (tmp_path / "bad.json").write_text('{"not": "a document"}', encoding="utf-8")
    assert main(["diff", str(old), str(tmp_path / "bad.json")]) == 2
    err = capsys.readouterr().err
    assert "missing.txt: no such file or folder" in err
    assert "bad.json: not an extractor document" in err
    with pytest.raises(SystemExit) as e:
        main(["diff", str(old)])
    assert e.value.code == 2


def test_two_output_folders(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(ROOT_CORPUS, corpus)
    main([str(corpus), "-o", str(tmp_path / "old"), "-q"])
    (corpus / SEED.name).write_text(seed_revised(), encoding="utf-8")
    (corpus / "samples" / "gbk-pingan-xiezuo-plan-2019.txt").write_bytes(b"")
    (corpus / "new-plan.txt").write_text(HOSTILE, encoding="utf-8")
    main([str(corpus), "-o", str(tmp_path / "new"), "-q", "--html"])
    capsys.readouterr()
    code, report = _json(capsys, str(tmp_path / "old"), str(tmp_path / "new"))
    assert code == 1
    assert [d["new"] for d in report["documents"]] == [SEED.name]  # type: ignore[attr-defined]
    assert report["unchanged"] == 2
    assert report["documents_added"] == [{"path": "new-plan.txt", "error": None}]
    assert report["documents_removed"] == [
        {
            "path": "samples/gbk-pingan-xiezuo-plan-2019.txt",
            "error": "samples/gbk-pingan-xiezuo-plan-2019.txt: empty file (no text to extract)",
        }
    ]
    assert main(["diff", str(tmp_path / "old"), str(tmp_path / "old")]) == 0


def test_findings_new_and_resolved_follow_the_items() -> None:
    # 1 开展教育帮扶: 完成4个扶贫项目, but the shares add to 3
    #   (corpus/samples/figure-mismatch-plan-2021)
    old_text = (CORPUS / "samples" / "figure-mismatch-plan-2021.txt").read_text(encoding="utf-8")
    fixed = old_text.replace("区教委（2）、区团委（1）", "区教委（3）、区团委（1）")
    assert fixed != old_text
    old, new = extract_text(old_text, "v1"), extract_text(fixed, "v2")
    d = diff_documents(old, new, "v1", "v2")
    assert [(f.rule, f.status, f.items) for f in d.findings_resolved] == [
        ("allocation_sum", "fail", ["二.1"])
    ]
    assert d.findings_new == []
    # the renumbered seed keeps its three warnings: the same findings, not new ones
    revised = diff_documents(extract_text(seed_text()), extract_text(seed_revised()), "a", "b")
    assert revised.findings_new == revised.findings_resolved == []


def test_a_renumbering_pairs_by_title_not_by_number() -> None:
    old = extract_text(seed_text())
    new = extract_text(seed_revised())
    pairs = match_items(old.items, new.items)
    assert len(pairs) == 33
    assert all(old.items[i].title == new.items[j].title for i, j in pairs)


def test_two_real_years_of_one_plan_series() -> None:
    """数字山东2019行动方案 and 数字山东2021行动方案 (same issuer, 山东省人民政府办公厅): the 2021
    plan rewrote every item, so no item is paired with a look-alike (推动政务服务数字化转型 is
    not 加快服务业数字化转型)."""
    real = SHARED / "corpus" / "real"
    a, b = (real / f"shandong-shuzi-shandong-xingdong-fangan-{y}.txt" for y in (2019, 2021))
    if not a.is_file() or not b.is_file():
        pytest.skip(f"{real} not found: this test reads ../shared")
    old = extract_text(a.read_text(encoding="utf-8"))
    new = extract_text(b.read_text(encoding="utf-8"))
    d = diff_documents(old, new, "2019", "2021")
    assert d.year is not None
    assert (d.year.old, d.year.new) == (2019, 2021)
    assert d.items_changed == []
    assert len(d.items_removed) == len(old.items) == 21
    assert len(d.items_added) == len(new.items)
    assert "一 加快建设整体高效的数字政府" in d.sections_added
