"""Agency names in the NĐ 30 header break where officials break them."""

from __future__ import annotations

from isodesk.reports import nd30_layout as L


def test_collective_name_is_never_split() -> None:
    assert L.balanced_lines("ỦY BAN NHÂN DÂN XÃ SƠN LÂM", 60, 13, bold=True) == ["ỦY BAN NHÂN DÂN", "XÃ SƠN LÂM"]
    assert L.balanced_lines("ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH", 60, 13) == ["ỦY BAN NHÂN DÂN", "TỈNH HÀ TĨNH"]


def test_other_names_break_evenly() -> None:
    assert L.balanced_lines("SỞ THÔNG TIN VÀ TRUYỀN THÔNG", 60, 13, bold=True) == ["SỞ THÔNG TIN", "VÀ TRUYỀN THÔNG"]


def test_explicit_line_breaks_are_kept() -> None:
    lines = L.balanced_lines("TRUNG TÂM PHỤC VỤ\nHÀNH CHÍNH CÔNG", 80, 13, bold=True)
    assert lines == ["TRUNG TÂM PHỤC VỤ", "HÀNH CHÍNH CÔNG"]


def test_short_name_stays_on_one_line() -> None:
    assert L.balanced_lines("UBND XÃ SƠN LÂM", 60, 13) == ["UBND XÃ SƠN LÂM"]


def test_a_peoples_committee_heads_its_documents_on_two_lines_even_when_one_would_fit() -> None:
    # DOMAIN.md §4 point 4: "ỦY BAN NHÂN DÂN" / "XÃ SƠN LÂM", also on a landscape list's wider column
    assert L.agency_lines("ỦY BAN NHÂN DÂN XÃ SƠN LÂM", 200, 13) == ["ỦY BAN NHÂN DÂN", "XÃ SƠN LÂM"]
    assert L.agency_lines("SỞ KHOA HỌC VÀ CÔNG NGHỆ", 200, 13) == ["SỞ KHOA HỌC VÀ CÔNG NGHỆ"]
