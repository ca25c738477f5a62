"""Hard-wrapped text: a heading's title goes on over the wrap, and only over the wrap."""

from __future__ import annotations

import pytest

from extractor import extract_text
from extractor.textmap import TextMap
from extractor.wrapping import wrap_cuts, wrap_width
from tests.shared_docs import seed_text, shared_text

JINAN = "corpus/real/jinan-kunpeng-shengteng-fuwu-ziyuan-banfa-2021.txt"


def test_a_pdf_copy_is_wrapped_at_its_printed_width() -> None:
    assert wrap_width(shared_text(JINAN)) == 56  # 28 Han characters


@pytest.mark.parametrize(
    "path",
    [
        "corpus/seed/shijingshan-fupin-plan-2018.txt",  # paragraphs, one per line
        "corpus/real/qingdao-rengongzhineng-chanyeyuan-shishi-xize-2023.txt",
        "corpus/real/guangzhou-rencai-jiju-shishi-yijian-2012.txt",
        "corpus/real/anshun-shiji-chubeiliang-guanli-banfa-2023.txt",  # one joined line
    ],
)
def test_text_written_by_paragraph_is_not_wrapped(path: str) -> None:
    assert wrap_width(shared_text(path)) is None


def test_an_article_title_runs_over_the_wrap_to_its_sentence_end() -> None:
    # 第二条 本办法所指的三个创新中心服务资源包括 X86 资源
    # 类、EI 产品服务类、鲲鹏产品服务类、软件开发产品类和能力培
    # 训类。
    items = {i.number: i for i in extract_text(shared_text(JINAN), "jinan.txt").items}
    assert items["第二条"].title == (
        "本办法所指的三个创新中心服务资源包括 X86 资源类、EI 产品服务类、鲲鹏产品服务类、"
        "软件开发产品类和能力培训类"
    )
    assert items["第一条"].title.endswith("合理申请、使用三个创新中心服务资源，制定本办法")


WRAPPED = "\n".join(
    [
        "某市2021年工作方案",
        "一、总体要求",  # short: the writer ended it, not the wrap
        "全面贯彻落实市委市政府决策部署，坚持以人民为中心的发展思想，",
        "着力推动高质量发展，加快建设现代化经济体系，持续改善民生福祉",
        "和生态环境质量，确保各项目标任务落到实处取得实效，为全面建设",
        "社会主义现代化城市开好局起好步作出积极贡献，推动经济社会发展",
        "迈上新台阶。各区县各部门要切实增强责任感使命感紧迫感，结合实",
        "际细化工作措施，明确时间节点，压实工作责任，形成工作合力，确",
        "保取得扎实成效。各牵头单位要加强统筹协调，定期调度工作进展，",
        "及时研究解决推进过程中遇到的困难和问题，重大事项及时向市政府",
        "报告。各配合单位要主动对接，积极支持，按照职责分工抓好落实，",
        "共同推动各项工作任务落地见效，确保年度目标任务全面完成好。",
        "二、重点任务",
        "（一）加快推进重点项目建设，强化要素保障，推动项目早开工早投",
        "产早见效。",
        "（二）优化营商环境",
        "深化放管服改革，持续优化政务服务，提升企业和群众办事满意度。",
        "",
    ]
)


def test_only_a_line_the_wrap_cut_goes_on() -> None:
    assert wrap_width(WRAPPED) is not None
    items = {i.number: i.title for i in extract_text(WRAPPED, "plan.txt").items}
    assert items["（一）"] == "加快推进重点项目建设，强化要素保障，推动项目早开工早投产早见效"
    assert items["（二）"] == "优化营商环境"  # a short line: its own end


def test_the_seed_titles_do_not_move() -> None:
    titles = [i.title for i in extract_text(seed_text()).items]
    assert all("\n" not in t for t in titles)
    assert titles[0] == "工作目标"


JKFP = "corpus/wild/jkfp-guowuyuanbangongtingguanyuyinfa-2016.txt"


def test_wrap_cuts_only_the_lines_that_reach_the_width() -> None:
    text = TextMap.build(shared_text(JINAN)).text
    width = wrap_width(text)
    assert width is not None
    at = text.index("第三条 由济南科金信息技术有限公司和软通智慧信息技术\n")
    line_end = text.index("\n", at)
    paragraph_end = text.index("。\n", at) + 1  # the article's last line is short
    cuts = wrap_cuts(text, at, paragraph_end + 1, width)
    assert cuts[0] == line_end
    assert paragraph_end not in cuts
    assert all(text[c] == "\n" for c in cuts)


def test_agencies_are_read_across_the_wrap() -> None:
    # "…创新高层次医学人才培养机制。（卫生计生委、教育部、财政部、中医药局、中国残联负\n责）":
    # 负责 is cut by the wrap; "（中医药局、发展改革委、卫生\n计生委负责）": a name is
    items = {i.title[:12]: i for i in extract_text(shared_text(JKFP), "jkfp.txt").items}
    names = [a.key for a in items["支持有条件的医学院校加强"].agencies]
    assert names == ["卫生计生委", "教育部", "财政部", "中医药局", "中国残联"]
    assert (
        items["支持有条件的医学院校加强"].agencies[0].role == "lead"
    )  # 排在第一位的部门为牵头部门
    tcm = next(i for k, i in items.items() if k.startswith("贯彻落实《国"))
    assert [a.key for a in tcm.agencies] == ["中医药局", "发展改革委", "卫生计生委"]
    assert tcm.agencies[2].name == "卫生\n计生委"  # written as the source has it


def test_units_cut_by_the_wrap_keep_their_whole_name() -> None:
    # 第三条 由济南科金信息技术有限公司和软通智慧信息技术\n有限公司成立运营公司负责…
    items = {i.number: i for i in extract_text(shared_text(JINAN), "jinan.txt").items}
    keys = [a.key for a in items["第三条"].agencies]
    assert keys[0] == "济南科金信息技术有限公司"
    assert "有限公司" not in keys  # the tail of a name the wrap cut, read alone before
