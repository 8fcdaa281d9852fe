# The annotations future refuses named expressions (and yield, await) in annotations.
from __future__ import annotations


def f():
    ok: int = 1
    bad: (x := 1) = 2
