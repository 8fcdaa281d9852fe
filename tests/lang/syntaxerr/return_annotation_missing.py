# An arrow with no annotation after it: CPython expects ':' at the arrow.
cases = ["def f(x) -> : pass\n", "def f() ->\n", "def f() -> ): pass", "async def f() -> : pass",
         "def f() -> int pass", "class C:\n    def m(self) -> :\n        pass\n", "def f() -> -> int: pass"]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(repr(src), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
