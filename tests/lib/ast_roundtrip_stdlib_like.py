import ast
# parse -> compile(tree) -> run gives the same results as compiling the source
src = '''
import math
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
class V:
    def __init__(self, *xs, scale=1):
        self.xs = [x * scale for x in xs]
    def __repr__(self):
        return f"V({', '.join(map(str, self.xs))})"
    def norm(self):
        return math.sqrt(sum(x ** 2 for x in self.xs))
def gen():
    yield from range(3)
    try:
        raise KeyError("k")
    except KeyError as e:
        yield repr(e)
    finally:
        yield "done"
with open(__file__) if False else __import__("contextlib").nullcontext(5) as c:
    r = {k: v for k, v in zip("abc", range(3)) if v}
out = [fib(10), V(3, 4, scale=2), V(3, 4).norm(), list(gen()), c, r, (lambda *a, **k: (a, k))(1, x=2)]
match out[0]:
    case 55 as n if n > 0:
        out.append("matched")
'''
a, b = {"__file__": "x"}, {"__file__": "x"}
exec(compile(src, "<src>", "exec"), a)
exec(compile(ast.parse(src), "<tree>", "exec"), b)
print(a["out"])
print(repr(a["out"]) == repr(b["out"]))
print(ast.unparse(ast.parse(src)) == ast.unparse(ast.parse(ast.unparse(ast.parse(src)))))
