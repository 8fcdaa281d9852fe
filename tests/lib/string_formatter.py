import string
f = string.Formatter()
print(f.format("{0} {name} {1:>5}", "a", 3, name="n"), f.vformat("{x!r}", (), {"x": "q"}))
print(list(f.parse("a{0}b{1:x}c{n!r}")))
class Upper(string.Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()
print(Upper().format("{} and {:>4}", "hi", "yo"))
try:
    f.format("{0}")
except IndexError as e:
    print("IndexError", e)
try:
    f.format("{missing}")
except KeyError as e:
    print("KeyError", e)
print(f.format("{a.real} {b[1]}", a=3, b=[7, 8]))
