"""Phrases that state an item's project count."""

from __future__ import annotations

# 完成11个扶贫项目 / 共实施3个项目 / 合计5项: the verb, the number, the classifier and 项目.
PROJECT_COUNT = r"""
    (?:完成|实施|共计|共|合计|安排)\s*
    (?P<n>\d{1,4}|[一二三四五六七八九十两百]{1,4})\s*
    (?:个|项)\s*
    \p{Han}{0,6}?项目
"""
