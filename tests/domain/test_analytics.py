from datetime import date
from decimal import Decimal as D

from hypothesis import given, strategies as st

from kam_desktop.domain.abc import AbcClass, abc_classes
from kam_desktop.domain.analytics import (
    CLIMBED,
    LEADER_NOT_MIRRORED,
    NEWLY_ASSESSED,
    NO_CONTACTS,
    OTHER_REASONS,
    SLIPPED,
    UNCHANGED,
    LifecycleAccount,
    RatioPoint,
    WalletAccount,
    involvement_map,
    ladder_movement,
    lifecycle_funnel,
    pareto,
    ratio_bands,
    recency_bars,
    role_coverage,
    value_by_kind,
    value_by_year,
    value_to_revenue,
    wallet_map,
)
from kam_desktop.domain.enums import (
    Category, LadderLevel, Lifecycle, LossCause, Stage, Stance, TeamLevel, ValueKind,
)
from kam_desktop.domain.periods import Period
from kam_desktop.domain.rolemap import (
    NO_LEADER,
    NO_TOP_TO_TOP,
    ONLY_ASSISTANTS_AND_BUTLERS,
    OPPONENT_IN_KEY_ROLE,
    MapContact,
    Mirror,
    map_counts,
)
from kam_desktop.domain.value import ValueItem

A, B, C, DD = AbcClass.A, AbcClass.B, AbcClass.C, AbcClass.D


# --- Pareto ------------------------------------------------------------------------------


def test_pareto_curve_cuts_and_classes():
    revenue = {"x": D(50), "y": D(40), "z": D(6), "w": D(3), "v": D(1), "p": None, "q": D(0)}
    result = pareto(revenue)
    assert [p.account for p in result.points] == ["x", "y", "z", "w", "v"]
    assert [p.cumulative for p in result.points] == [D("0.5"), D("0.9"), D("0.96"),
                                                     D("0.99"), D(1)]
    assert [p.abc for p in result.points] == [A, A, B, C, C]
    assert (result.total, result.a_count, result.ab_count) == (D(100), 2, 3)
    assert [(b.key, b.value, b.accounts) for b in result.classes] == [
        (A, D(90), ("x", "y")), (B, D(6), ("z",)), (C, D(4), ("w", "v")),
        (DD, D(0), ("p", "q"))]
    assert result.class_at(2) is B


def test_pareto_of_nothing_or_no_revenue():
    empty = pareto({})
    assert empty.points == () and empty.total == 0 and empty.a_count == empty.ab_count == 0
    silent = pareto({"a": None, "b": D(-3)})
    assert silent.points == () and silent.classes[3].accounts == ("a", "b")


def test_pareto_ties_follow_the_abc_order():
    result = pareto({"b": D(40), "a": D(40), "c": D(20)})
    assert [p.account for p in result.points] == ["a", "b", "c"]


@given(st.dictionaries(st.text(max_size=3),
                       st.one_of(st.none(), st.decimals(min_value=0, max_value=10**9, places=2)),
                       max_size=25))
def test_pareto_agrees_with_the_abc_classes(revenue):
    result = pareto(revenue)
    classes = abc_classes(revenue)
    assert {p.account: p.abc for p in result.points} == {
        k: v for k, v in classes.items() if v is not DD}
    assert sorted(a for bar in result.classes for a in bar.accounts) == sorted(revenue)
    if result.points:
        assert result.points[-1].cumulative == 1
        cumulative = [p.cumulative for p in result.points]
        assert cumulative == sorted(cumulative)
        assert all(p.abc is A for p in result.points[:result.a_count])
        assert all(p.abc is not A for p in result.points[result.a_count:])


# --- potential × share of wallet -----------------------------------------------------


def test_wallet_points_medians_and_growth():
    year = Period(2025)
    accounts = [
        WalletAccount("big-low", Category.DEVELOPING, {2025: D(1000)}, D(100)),   # 10 %
        # the 2024 estimate holds in 2025; the 2026 one is not yet in force
        WalletAccount("big-high", Category.KEY, {2024: D(800), 2026: D(9000)}, D(480)),  # 60 %
        WalletAccount("small", Category.OCCASIONAL, {2025: D(100)}, D(30)),       # 30 %
        WalletAccount("zero", Category.DEVELOPING, {2025: D(600)}, D(0)),         # 0 %
        WalletAccount("no-potential", Category.KEY, {2026: D(10)}, D(10)),
        WalletAccount("no-revenue", Category.KEY, {2025: D(500)}, None),
        WalletAccount("bad-potential", Category.KEY, {2025: D(0)}, D(10)),
    ]
    result = wallet_map(accounts, year)
    assert [p.account for p in result.points] == ["big-high", "big-low", "small", "zero"]
    assert result.points[0].share == D("0.6") and result.points[0].revenue == D(480)
    assert result.points[0].category is Category.KEY and result.points[0].potential == D(800)
    assert result.median_potential == D(700) and result.median_share == D("0.2")
    assert result.growth == ("big-low",)
    assert result.unplaced == ("no-potential", "no-revenue", "bad-potential")


def test_a_quarter_is_measured_against_a_quarter_of_the_potential():
    result = wallet_map([WalletAccount("a", Category.KEY, {2025: D(400)}, D(50))],
                        Period(2025, 2))
    assert result.points[0].share == D("0.5")
    assert result.growth == ()


def test_wallet_map_of_nothing():
    result = wallet_map([WalletAccount("a", Category.KEY, {}, None)], Period(2025))
    assert result.points == () and result.median_share is None and result.unplaced == ("a",)


# --- supplier ladder ---------------------------------------------------------------------


def test_ladder_now_then_and_movement():
    since = date(2025, 1, 1)
    history = {
        "up": [(date(2024, 6, 1), 2), (date(2025, 3, 1), 3)],
        "down": [(date(2025, 2, 1), 2), (date(2024, 12, 31), 4)],  # order of input is free
        "same": [(date(2024, 1, 1), 3), (date(2025, 1, 1), 3)],
        "new": [(date(2025, 5, 1), 1)],
        "never": [],
    }
    result = ladder_movement(["up", "down", "same", "new", "never", "absent"], history, since)
    assert {bar.key: bar.accounts for bar in result.now} == {
        LadderLevel(1): ("new",), LadderLevel(2): ("down",), LadderLevel(3): ("up", "same"),
        LadderLevel(4): ()}
    assert {bar.key: bar.accounts for bar in result.then} == {
        LadderLevel(1): (), LadderLevel(2): ("up",), LadderLevel(3): ("same",),
        LadderLevel(4): ("down",)}
    assert [b.value for b in result.now] == [1, 1, 2, 0]
    assert result.not_assessed_now == ("never", "absent")
    assert result.not_assessed_then == ("new", "never", "absent")
    assert {bar.key: bar.accounts for bar in result.movement} == {
        CLIMBED: ("up",), UNCHANGED: ("same",), SLIPPED: ("down",), NEWLY_ASSESSED: ("new",)}
    assert result.transitions == {(None, 1): ("new",), (2, 3): ("up",), (3, 3): ("same",),
                                  (4, 2): ("down",)}


def test_an_assessment_on_the_day_counts_then_and_the_later_one_of_a_day_wins():
    day = date(2025, 1, 1)
    result = ladder_movement(["a"], {"a": [(day, 2), (day, 4)]}, since=day)
    assert result.then[3].accounts == ("a",) and result.now[3].accounts == ("a",)
    assert result.movement[1].accounts == ("a",)


def test_ladder_of_an_empty_portfolio():
    result = ladder_movement([], {}, date(2025, 1, 1))
    assert all(bar.value == 0 for bar in result.now + result.then + result.movement)
    assert result.transitions == {}


# --- value ------------------------------------------------------------------------------------


def _item(day, kind, benefit, cost=D(1)):
    return ValueItem(day, kind, None, cost, D(benefit), False)


def test_value_by_kind_and_year_with_their_accounts():
    items = [
        ("a", _item(date(2024, 3, 1), ValueKind.TRAINING, 100, D(10))),
        ("b", _item(date(2024, 5, 1), ValueKind.TRAINING, 50, D(5))),
        ("a", _item(date(2025, 1, 9), ValueKind.TESTING, 300, D(30))),
        ("a", _item(date(2025, 2, 9), ValueKind.TRAINING, 10, D(1))),
        ("c", _item(date(2025, 4, 9), ValueKind.SAMPLES, 300, D(7))),
    ]
    kinds = value_by_kind(items)
    assert [(b.key, b.client_benefit, b.our_cost, b.count, b.accounts) for b in kinds] == [
        (ValueKind.SAMPLES, D(300), D(7), 1, ("c",)),  # tie with testing: by kind name
        (ValueKind.TESTING, D(300), D(30), 1, ("a",)),
        (ValueKind.TRAINING, D(160), D(16), 3, ("a", "b")),
    ]
    years = value_by_year(items)
    assert [(b.key, b.client_benefit, b.count, b.accounts) for b in years] == [
        (2024, D(150), 2, ("a", "b")), (2025, D(610), 3, ("a", "c"))]
    assert value_by_kind([]) == () and value_by_year([]) == ()


def test_value_to_revenue_leaves_out_accounts_without_revenue():
    points = value_to_revenue({"a": D(30), "b": D(5), "ghost": D(7)},
                              {"a": D(1000), "b": D(100), "c": D(200), "d": None, "e": D(0)})
    assert points == (RatioPoint("b", D("0.05"), D(5), D(100)),
                      RatioPoint("a", D("0.03"), D(30), D(1000)),
                      RatioPoint("c", D(0), D(0), D(200)))


def test_ratio_bands_put_each_account_in_one_band():
    ratios = {"none": 0, "tiny": "0.005", "one": "0.01", "three": "0.03", "ten": "0.1",
              "huge": "0.5", "twenty": "0.2"}
    points = [RatioPoint(k, D(v), D(0), D(1)) for k, v in ratios.items()]
    bands = ratio_bands(points)
    assert [(b.key, b.accounts) for b in bands] == [
        (0, ("none",)), (1, ("tiny",)), (2, ("one",)), (3, ("three",)), (4, ()),
        (5, ("ten",)), (6, ("huge", "twenty"))]
    assert sum(b.value for b in bands) == len(points)


# --- lifecycle ---------------------------------------------------------------------------------


def test_funnel_counts_every_stage_in_order():
    accounts = [LifecycleAccount(str(n), stage) for n, stage in enumerate(
        [Lifecycle.PROSPECT, Lifecycle.PROSPECT, Lifecycle.KEY, Lifecycle.LOST,
         Lifecycle.SLEEPING, Lifecycle.MAINTAINED])]
    funnel = lifecycle_funnel(accounts)
    assert [(b.key, b.value) for b in funnel.stages] == [
        (Lifecycle.PROSPECT, 2), (Lifecycle.DEVELOPING, 0), (Lifecycle.KEY, 1),
        (Lifecycle.MAINTAINED, 1), (Lifecycle.SLEEPING, 1), (Lifecycle.LOST, 1)]
    assert funnel.stages[0].accounts == ("0", "1")


def test_losses_are_counted_by_the_cause_of_their_loss_record():
    lost = Lifecycle.LOST
    accounts = [
        LifecycleAccount("a", lost, "Проиграли тендер", loss_cause=LossCause.PRICE),
        LifecycleAccount("b", lost, "другие слова", loss_cause=LossCause.PRICE),
        LifecycleAccount("c", lost, None, ("Сорвали поставку",), LossCause.DELIVERY),
        LifecycleAccount("d", lost, "Ушли, а записи о потере нет"),
        LifecycleAccount("e", Lifecycle.SLEEPING, "Сезонный спад"),
        LifecycleAccount("f", Lifecycle.KEY, "не считается", loss_cause=LossCause.PRICE),
    ]
    funnel = lifecycle_funnel(accounts)
    assert [(b.key, b.accounts) for b in funnel.lost_causes] == [
        (LossCause.PRICE, ("a", "b")), (LossCause.DELIVERY, ("c",)), (None, ("d",))]
    assert [(b.key, b.value) for b in funnel.sleeping_reasons] == [("Сезонный спад", 1)]
    assert lifecycle_funnel([]).lost_causes == ()


def test_sleeping_reasons_come_from_the_account_else_its_latest_cooling_reason():
    sleeping = Lifecycle.SLEEPING
    accounts = [
        LifecycleAccount("a", sleeping, "Заморозили бюджет", ("старое",)),
        LifecycleAccount("b", sleeping, "  заморозили   бюджет ", ()),  # other spacing
        LifecycleAccount("c", sleeping, None, ("Сменился закупщик", "давнее")),
        LifecycleAccount("d", sleeping, "   ", ()),
    ]
    assert [(b.key, b.accounts) for b in lifecycle_funnel(accounts).sleeping_reasons] == [
        ("Заморозили бюджет", ("a", "b")), ("Сменился закупщик", ("c",)), (None, ("d",))]


def test_rare_reasons_are_gathered_beyond_the_limit():
    accounts = [LifecycleAccount(f"{reason}{n}", Lifecycle.SLEEPING, reason)
                for reason, times in (("x", 3), ("y", 2), ("z", 1), ("w", 1))
                for n in range(times)]
    funnel = lifecycle_funnel(accounts, reasons_shown=2)
    assert [(b.key, b.value) for b in funnel.sleeping_reasons] == [
        ("x", 3), ("y", 2), (OTHER_REASONS, 2)]
    assert funnel.sleeping_reasons[-1].accounts == ("w0", "z0")


# --- role coverage -------------------------------------------------------------------------------


OUR_EXECUTIVE = (Mirror("Наш", TeamLevel.EXECUTIVE),)
OUR_SPECIALIST = (Mirror("Наш", TeamLevel.SPECIALIST),)


def _person(name, interest, involvement, stance=Stance.NEUTRAL, mirrored_by=OUR_EXECUTIVE):
    return MapContact(name, interest, involvement, stance, mirrored_by)


def test_role_coverage_uses_the_role_map_rules():
    contacts = {
        "covered": [_person("L", 8, 8), _person("S", 7, 2, mirrored_by=())],
        "butlers": [_person("B", 1, 1), _person("As", 2, 8)],
        "specifier-only": [_person("S", 7, 2)],
        "hostile": [_person("L", 8, 8, Stance.OPPONENT, ()), _person("L2", 6, 9)],
        "junior": [_person("L", 8, 8, mirrored_by=OUR_SPECIALIST)],
        "empty": [],
    }
    counts = {account: map_counts(people) for account, people in contacts.items()}
    bars = {bar.key: bar.accounts for bar in role_coverage(list(contacts) + ["unknown"],
                                                           counts)}
    assert bars == {
        NO_CONTACTS: ("empty", "unknown"),
        NO_LEADER: ("butlers", "specifier-only"),
        ONLY_ASSISTANTS_AND_BUTLERS: ("butlers",),
        OPPONENT_IN_KEY_ROLE: ("hostile",),
        LEADER_NOT_MIRRORED: ("hostile",),  # a specifier nobody mirrors is fine
        # a specialist mirroring the leader is a mirror, not top-to-top
        NO_TOP_TO_TOP: ("hostile", "junior"),
    }


# --- involvement -----------------------------------------------------------------------------------


def test_involvement_averages_each_stage_over_the_accounts_that_filled_it():
    search, repeat = Stage.SEARCH, Stage.REPEAT_SALE
    shares = [
        ("a", search, "Маркетинг", 60), ("a", search, "Продажи", 40),
        ("b", search, "Продажи", 70), ("b", search, "Сервис", 30),
        ("a", repeat, "Сервис", 100),
        ("c", search, "Продажи", 50), ("c", search, "Сервис", 20),  # sums to 70: left out
    ]
    result = involvement_map(shares)
    assert result.filled[search] == 2 and result.filled[repeat] == 1
    assert result.filled[Stage.NEED_IDENTIFICATION] == 0
    assert result.cells[search, "Маркетинг"].value == 30
    assert result.cells[search, "Продажи"].value == 55
    assert result.cells[search, "Сервис"].value == 15
    assert result.cells[search, "Продажи"].accounts == ("a", "b")
    assert result.cells[repeat, "Сервис"].value == 100
    assert result.cells[repeat, "Продажи"].value == 0
    assert result.cells[Stage.NEED_IDENTIFICATION, "Продажи"].accounts == ()
    for stage in (search, repeat):
        assert sum(result.cells[stage, d].value for d in result.departments) == 100
    # the conveyor order: the first stage a department works in, its larger share first
    assert result.departments == ("Продажи", "Маркетинг", "Сервис")


def test_involvement_of_nothing():
    result = involvement_map([])
    assert result.departments == () and result.cells == {}
    assert set(result.filled.values()) == {0}


def test_accounts_by_days_since_their_last_deal() -> None:
    last = {"a": date(2026, 6, 30), "b": date(2026, 5, 31),   # 0 and 30 days: the first band
            "c": date(2026, 5, 30),                            # 31 days
            "d": date(2025, 6, 30), "e": date(2025, 6, 29),    # 365 and 366 days
            "f": None}
    bars = recency_bars(last, date(2026, 6, 30))
    assert [(bar.key, bar.accounts) for bar in bars] == [
        ((0, 30), ("a", "b")), ((31, 90), ("c",)), ((91, 180), ()), ((181, 365), ("d",)),
        ((366, None), ("e",)), (None, ("f",))]
    assert [bar.value for bar in bars] == [2, 1, 0, 1, 1, 1]
