"""The flat depth counters against independent oracles: PyYAML's pure-Python composer and json, on
documents written by their own emitters in every style, plus hand-written YAML that trips naive counters."""

from __future__ import annotations

import json

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.nesting import json_too_deep, yaml_too_deep


def composed_depth(text: str) -> int:
    """Depth as PyYAML's own composer builds it (pure Python loader; walked without recursion)."""
    root = yaml.compose(text, Loader=yaml.SafeLoader)
    best, stack = 0, [(root, 1)] if root is not None else []
    while stack:
        node, depth = stack.pop()
        if isinstance(node, yaml.SequenceNode):
            best = max(best, depth)
            stack.extend((child, depth + 1) for child in node.value)
        elif isinstance(node, yaml.MappingNode):
            best = max(best, depth)
            for key, value in node.value:
                stack.extend(((key, depth + 1), (value, depth + 1)))
    return best


def counted_depth(text: str, counter) -> int:
    """The smallest limit the counter accepts: its reading of the text's depth."""
    for limit in range(0, 40):
        if counter(text, limit) is None:
            return limit
    raise AssertionError("deeper than the test expects")


tricky_text = st.text(alphabet=st.sampled_from(list("ab :#-[]{},'\"|>&!*?\n\t\\%@`")) | st.characters(
    codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=12)
scalars = st.one_of(st.none(), st.booleans(), st.integers(), tricky_text)
keys = st.one_of(tricky_text, st.integers())
trees = st.recursive(scalars, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(keys, inner, max_size=4)), max_leaves=30)


@settings(max_examples=400, deadline=None)
@given(trees, st.sampled_from([None, True, False]), st.sampled_from([None, "'", '"', "|", ">"]),
       st.integers(1, 6))
def test_yaml_depth_matches_the_composer_on_emitted_documents(tree, flow, style, indent):
    text = yaml.safe_dump(tree, default_flow_style=flow, default_style=style, indent=max(indent, 2),
                          allow_unicode=True, width=20)
    assert counted_depth(text, yaml_too_deep) == composed_depth(text)


@settings(max_examples=200, deadline=None)
@given(trees, st.sampled_from([None, 0, 1, 4]))
def test_json_depth_matches_json_and_yaml(tree, indent):
    try:
        text = json.dumps(tree, indent=indent, ensure_ascii=False)
    except (TypeError, ValueError):
        return
    expected = composed_depth(text)
    assert counted_depth(text, json_too_deep) == expected
    assert counted_depth(text, yaml_too_deep) == expected


HAND_WRITTEN = [
    ("key:\n- a\n- b: c\n  d:\n  - e\n", 4),  # sequences at their mapping's column
    ("k:\n- k:\n  - k:\n    - k:\n      - x\n", 8),
    ("text: Will it [sic] happen? It's {big}\n", 1),  # brackets inside a plain scalar
    ("text: Will the\n  [sic] thing happen?\nnext: [a, [b]]\n", 3),  # continued plain scalar
    ("a: |\n  [[[[\n  {{{{\nb: c\n", 1),  # block scalar content
    ("a: >-\n\n    [[[[\n    ]]]]\n", 1),
    ("a: '[[[[\n  ]]'\nb: [x]\n", 2),  # multi-line quoted scalar
    ("a: \"[[\\\" [[\"\nb: {c: [d]}\n", 3),
    ("a: &anchor [[x]]\nb: !!seq [[y]]\n", 3),
    ("--- [[a]]\n", 2),
    ("- - - x\n  - y\n- z\n", 3),
    ("? [a, b]\n: [[c]]\n", 3),
    ("a: [it's, [x]]\n", 3),
    ("a: # comment [[[[\n  b: c\n", 2),
    ("[a, 'b, [c', d]\n", 1),
]


@pytest.mark.parametrize("text,depth", HAND_WRITTEN)
def test_yaml_depth_on_hand_written_documents(text, depth):
    assert composed_depth(text) == depth  # the oracle agrees with the table
    assert counted_depth(text, yaml_too_deep) == depth


@pytest.mark.parametrize("counter", [yaml_too_deep, json_too_deep])
def test_a_100000_deep_document_is_refused_at_its_line_without_recursion(counter):
    text = '{"questions":\n  [\n' + "[" * 100_000 + "]" * 100_000 + "]}\n"
    assert counter(text, 64) == 3


def test_yaml_anchor_glued_to_a_bracket_is_still_counted():
    text = "a: &x" + "[" * 1000 + "]" * 1000 + "\n"
    assert yaml_too_deep(text, 64) == 1


def test_block_nesting_is_counted_line_by_line():
    text = "".join("  " * level + "k:\n" for level in range(100)) + "  " * 100 + "v\n"
    assert yaml_too_deep(text, 64) == 65
