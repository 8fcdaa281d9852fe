# An arrow with no annotation after it: CPython expects ':' at the arrow.
from _cases import report
cases = ["def f(x) -> : pass\n", "def f() ->\n", "def f() -> ): pass", "async def f() -> : pass",
         "def f() -> int pass", "class C:\n    def m(self) -> :\n        pass\n", "def f() -> -> int: pass"]
report(cases)
