import pytest

from kam_desktop.domain.inn import inn_problem, make_inn10


@pytest.mark.parametrize("inn", ["7707083893", "500100732259"])
def test_valid(inn):
    assert inn_problem(inn) is None


@pytest.mark.parametrize("inn", ["7707083894", "500100732258", "500100732249"])
def test_wrong_check_digit(inn):
    assert "check digit" in inn_problem(inn)


@pytest.mark.parametrize("inn", [
    "", "770708389", "77070838931", "5001007322590", "77070838A3", "７７０７０８３８９３",
    " 7707083893", "-707083893",
])
def test_wrong_shape(inn):
    assert "10 digits" in inn_problem(inn)


def test_make_inn10_completes_a_valid_inn():
    assert make_inn10("770708389") == "7707083893"
    assert inn_problem(make_inn10("123456789")) is None
