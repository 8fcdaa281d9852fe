# A yield inside a parameter annotation is refused under the annotations future.
from __future__ import annotations


def g(a: (yield)):
    pass
