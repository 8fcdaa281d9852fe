# print(file=...) and other writers that go through .write().
import _io
P = "/tmp/krait_io_print_to_file.txt"
with open(P, "w") as f:
    print("hello", 42, file=f)
    print("x", "y", sep="-", end="!\n", file=f)
    print(file=f)
print(repr(open(P).read()))
s = _io.StringIO()
print("to", "stringio", file=s)
print(*range(3), sep=",", file=s)
print(repr(s.getvalue()))
b = _io.BytesIO()
try:
    print("text", file=b)
except TypeError as e:
    print("TypeError:", e)
