# marshal.dumps / loads round-trip every supported type; simple values match CPython's bytes.
import marshal

values = [
    None, True, False, ..., StopIteration,
    0, 1, -1, 255, 2**31 - 1, -2**31, 2**31, -2**31 - 1, 2**62, 2**100, -2**100, 10**50,
    0.0, -0.0, 1.5, -2.25e300, float("inf"), 1e-310,
    1j, complex(1.5, -2), b"", b"bytes\x00\xff", "", "ascii", "é", "日本語", "\U0001F600", "x" * 300,
    (), (1,), (1, (2, (3,))), tuple(range(300)), [], [1, [2, []]], {}, {"a": 1, 2: [3]},
    set(), {1, 2, 3}, frozenset(), frozenset({"a", "b"}),
]
for v in values:
    r = marshal.loads(marshal.dumps(v))
    same = r == v or (v != v and r != r)
    print(type(r).__name__, same, repr(r)[:60])

print(marshal.loads(marshal.dumps(float("nan"))))
print(marshal.version)
for v in [None, True, False, ..., 0, -1, 1000, 2**40, 1.5, b"ab", (), 1j]:
    print(marshal.dumps(v))
# Shared objects come back shared; self-references survive.
s = ["shared"]
t = marshal.loads(marshal.dumps((s, s)))
print(t, t[0] is t[1])
lst = []
lst.append(lst)
back = marshal.loads(marshal.dumps(lst))
print(back[0] is back)
# Trailing data is ignored; bytearray input works.
print(marshal.loads(marshal.dumps(7) + b"junk"), marshal.loads(bytearray(marshal.dumps("z"))))
# CPython-produced data (FLAG_REF / TYPE_REF, interned strings) loads.
print(marshal.loads(b"\xa9\x02\xda\x03abcr\x01\x00\x00\x00"))
print(marshal.loads(b"\xfb\xda\x01ai\x01\x00\x00\x00r\x01\x00\x00\x00i\x02\x00\x00\x000"))
print(marshal.loads(b"l\x02\x00\x00\x00\x00\x00\x01\x00"), marshal.loads(b"l\xfe\xff\xff\xff\x01\x00\x01\x00"))
print(marshal.loads(b"I\x00\x00\x00\x00\x01\x00\x00\x00"))

# Code objects round-trip and still run.
def outer(a, b=2, *args, k=3, **kw):
    c = a + b

    def inner():
        return c * k

    try:
        return [x for x in range(inner())]
    except Exception:
        raise


code = marshal.loads(marshal.dumps(outer.__code__))
print(code.co_name, code.co_qualname, code.co_argcount, code.co_varnames == outer.__code__.co_varnames)
ns = {}
exec(marshal.loads(marshal.dumps(compile("def g(n):\n    return sum(i * i for i in range(n))\nr = g(10)", "m", "exec"))), ns)
print(ns["r"], ns["g"](4))
