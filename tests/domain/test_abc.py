from datetime import date
from decimal import Decimal as D

from hypothesis import given, strategies as st

from kam_desktop.domain.abc import AbcClass, abc_classes, last_full_year
from kam_desktop.domain.periods import Period

A, B, C, DD = AbcClass.A, AbcClass.B, AbcClass.C, AbcClass.D


def test_crossing_accounts_belong_to_the_upper_class():
    revenue = {"x": D(50), "y": D(40), "z": D(6), "w": D(3), "v": D(1)}
    # x 0→50 %, y crosses 80 % (50→90), z crosses 95 % (90→96), then C
    assert abc_classes(revenue) == {"x": A, "y": A, "z": B, "w": C, "v": C}


def test_reaching_exactly_80_percent_ends_a():
    revenue = {"x": D(80), "y": D(15), "z": D(5)}
    assert abc_classes(revenue) == {"x": A, "y": B, "z": C}


def test_ties_are_broken_by_key_text():
    revenue = {"b": D(40), "a": D(40), "c": D(10), "d": D(10)}
    # a 0 %, b 40 % -> A; c 80 % -> B; d 90 % -> B
    assert abc_classes(revenue) == {"a": A, "b": A, "c": B, "d": B}
    revenue = {"k2": D(45), "k1": D(45), "k3": D(10)}
    assert abc_classes(revenue) == {"k1": A, "k2": A, "k3": B}
    revenue = {2: D(70), 10: D(15), 1: D(15)}
    # equal revenues: "1" < "10" as text, so 1 comes first (70 % before it: A), then 10 (85 %: B)
    assert abc_classes(revenue) == {2: A, 1: A, 10: B}


def test_no_revenue_is_d():
    revenue = {"x": D(100), "none": None, "zero": D(0), "refund": D(-5)}
    assert abc_classes(revenue) == {"x": A, "none": DD, "zero": DD, "refund": DD}


def test_all_zero():
    assert abc_classes({"x": D(0), "y": None}) == {"x": DD, "y": DD}


def test_single_and_empty():
    assert abc_classes({"x": D("0.01")}) == {"x": A}
    assert abc_classes({}) == {}


def test_last_full_year():
    assert last_full_year(date(2026, 1, 1)) == Period(2025)
    assert last_full_year(date(2025, 12, 31)) == Period(2024)


revenues = st.dictionaries(
    st.text(max_size=3),
    st.one_of(st.none(), st.decimals(min_value=0, max_value=10**9, places=2)),
    max_size=25,
)


@given(revenues)
def test_classes_follow_the_pareto_walk(revenue):
    classes = abc_classes(revenue)
    assert classes.keys() == revenue.keys()
    earning = sorted((k for k, v in revenue.items() if v), key=lambda k: (-revenue[k], k))
    for key in revenue:
        assert (classes[key] is DD) == (not revenue[key])
    order = [classes[k] for k in earning]
    # classes never go back up along the sorted order: A is a prefix, then B, then C
    assert order == sorted(order, key=lambda c: "ABC".index(c.value))
    total = sum(revenue[k] for k in earning)
    if earning:
        assert order[0] is A
    a_keys = [k for k in earning if classes[k] is A]
    before_last_a = sum(revenue[k] for k in a_keys[:-1])
    assert before_last_a < D("0.8") * total or not a_keys
    a_total = sum(revenue[k] for k in a_keys)
    assert a_total >= D("0.8") * total
    ab_total = sum(revenue[k] for k in earning if classes[k] in (A, B))
    assert ab_total >= D("0.95") * total
