"""Issue 13 item 17: the register proxy filters through a mask built in one pass (narrowed while typing on)
and the model sorts once, before its reset; what the user sees must not change with it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from isodesk.domain import documents as dd
from isodesk.domain.tabular import natural_key
from isodesk.ui.models.register_looks import documents_look
from isodesk.ui.models.register_model import RegisterFilterProxyModel, RegisterTableModel

_K, _S = dd.DocumentKind, dd.RevisionStatus


def _row(id_: int, code: str, title: str, kind: dd.DocumentKind = _K.TTHC_PROCEDURE,
         status: dd.RevisionStatus = _S.EFFECTIVE) -> dd.DocumentRow:
    return dd.DocumentRow(id_, code, title, kind, "Văn phòng", 1, status, date(2025, 1, 2), None, False)


ROWS = [
    _row(1, "QT.TP.10", "Quy trình đăng ký khai sinh"),
    _row(2, "QT.TP.2", "Quy trình đăng ký kết hôn"),
    _row(3, "BM.01", "Phiếu phân phối tài liệu", _K.FORM),
    _row(4, "QT.TP.01", "Quy trình chứng thực bản sao", status=_S.DRAFT),
    _row(5, "HD.03", "Hướng dẫn giải quyết khiếu nại", _K.GUIDE),
]


def _shown(proxy: RegisterFilterProxyModel) -> list[str]:
    return [proxy.row_dto(r).code for r in range(proxy.rowCount())]


def test_typing_on_back_and_filters_show_the_same_rows_as_a_fresh_filter(qapp: object) -> None:
    model = RegisterTableModel(dd.DOCUMENTS_REGISTER, documents_look())
    proxy = RegisterFilterProxyModel(dd.DOCUMENTS_REGISTER)
    proxy.setSourceModel(model)
    model.set_rows(ROWS)
    steps = [("q", None), ("qu", None), ("quy trinh", None), ("quy trinh dang", None), ("quy trinh", None),
             ("quy trinh", _K.TTHC_PROCEDURE), ("quy", _K.TTHC_PROCEDURE), ("dang ky", None), ("dang ky kh", None),
             ("", None), ("QT.TP", None), ("tp.0", None), ("", _K.FORM), ("", None)]
    for text, kind in steps:
        proxy.set_filters(text=text, kind=kind)
        fresh = RegisterFilterProxyModel(dd.DOCUMENTS_REGISTER)
        fresh.setSourceModel(model)
        fresh.set_filters(text=text, kind=kind)
        assert _shown(proxy) == _shown(fresh), (text, kind)
        expected = [r.code for r in model.rows()
                    if all(t in (r.code + " " + r.title).lower().replace("đ", "d") or t in _fold(r) for t in
                           text.lower().split()) and (kind is None or r.kind is kind)]
        assert _shown(proxy) == expected, (text, kind)


def _fold(row: dd.DocumentRow) -> str:
    from isodesk.domain.formatting import fold

    return fold(row.code + " " + row.title)


def test_new_rows_and_a_sort_while_filtered(qapp: object) -> None:
    model = RegisterTableModel(dd.DOCUMENTS_REGISTER, documents_look())
    proxy = RegisterFilterProxyModel(dd.DOCUMENTS_REGISTER)
    proxy.setSourceModel(model)
    proxy.sort(model.column_of("code"), Qt.SortOrder.AscendingOrder)
    model.set_rows(ROWS)
    # Sorted once, before the reset: digit runs as numbers, "01" before "2" before "10".
    assert [r.code for r in model.rows()] == ["BM.01", "HD.03", "QT.TP.01", "QT.TP.2", "QT.TP.10"]
    proxy.set_filters(text="qt.tp")
    assert _shown(proxy) == ["QT.TP.01", "QT.TP.2", "QT.TP.10"]
    proxy.sort(model.column_of("code"), Qt.SortOrder.DescendingOrder)
    assert _shown(proxy) == ["QT.TP.10", "QT.TP.2", "QT.TP.01"]
    model.set_rows([*ROWS, _row(6, "QT.TP.3", "Quy trình cấp bản sao trích lục")])
    assert _shown(proxy) == ["QT.TP.10", "QT.TP.3", "QT.TP.2", "QT.TP.01"]
    proxy.set_filters(status=_S.DRAFT)
    assert _shown(proxy) == ["QT.TP.01"]


def _tuple_key(text: str) -> tuple[object, ...]:
    """The former natural key (a tuple per digit run): the string key must order exactly as it did."""
    import re

    from isodesk.domain.formatting import fold

    return tuple((1, int(part)) if part.isdigit() else (0, part) for part in re.split(r"(\d+)", fold(text)))


def test_natural_key_orders_as_the_tuple_key_did() -> None:
    import itertools

    parts = ["QT", "qt", "BM", "HD", ".", "-", "ĐĐ", "1", "01", "2", "10", "007", "a", " "]
    codes = ["".join(p) for n in (1, 2, 3) for p in itertools.product(parts, repeat=n)]
    assert sorted(codes, key=natural_key) == sorted(codes, key=_tuple_key)
    assert sorted(["QT.10", "QT.2", "QT.1"], key=natural_key) == ["QT.1", "QT.2", "QT.10"]
    assert natural_key("QT.07") == natural_key("qt.7")
