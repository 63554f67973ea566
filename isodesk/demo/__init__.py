"""Content isodesk writes for the user rather than records the user keeps.

- :mod:`isodesk.demo.starter`: the starter set a new agency adapts (the mô hình khung system documents
  and a standard records list, installed as drafts by the setup wizard);
- :mod:`isodesk.demo.data` (with :mod:`~isodesk.demo.documents` and :mod:`~isodesk.demo.legal`): the
  invented demo databases of ``isodesk demo-data`` and ``--demo``, for trying isodesk and for benchmarks.

This package sits above ``services`` (it saves through them, and bulk-inserts the large demo through
storage) and below ``ui``/``app``, which call it.
"""
