"""The confidence table: stated confidences map to measured precision, monotonically."""

from kg.resolve.calibration import Calibration, load_calibration


def test_stated_confidence_maps_to_the_measured_one_at_or_below_it():
    table = Calibration({"contracts/awardedContract": [[0.6, 0.7], [0.8, 0.9]]})
    assert table("contracts", "awardedContract", 0.8) == 0.9
    assert table("contracts", "awardedContract", 0.7) == 0.7
    assert table("contracts", "awardedContract", 0.95) == 0.9


def test_a_rule_less_sure_than_any_measured_one_keeps_its_own_doubt():
    table = Calibration({"contracts/awardedContract": [[0.6, 0.96]]})
    assert table("contracts", "awardedContract", 0.5) == 0.5


def test_an_unmeasured_extractor_keeps_its_stated_confidence():
    assert Calibration({})("mergers", "mergesWith", 0.75) == 0.75


def test_the_shipped_table_is_monotonic():
    for rows in load_calibration().table.values():
        measured = [value for _, value in rows]
        assert measured == sorted(measured)
