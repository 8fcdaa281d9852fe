# str() and repr() of many values
vals = [0, -12, 10 ** 20, 1.5, -0.0, 1e300, True, None, "s", 'q"uote', "it's", "both'\"",
        "\n\t\\", "\x01\x7f", "é", "日本", [1, "a"], (1,), (), {}, {1: 'a'}, set(), {3},
        range(3), range(1, 5, 2)]
for v in vals:
    print(str(v), "||", repr(v))
print(str(), repr(''), str(str("x")), repr(repr("x")))
print(type(str(5)).__name__)
def f():
    pass
print(repr(f).startswith('<function f at '), str(len) == '<built-in function len>')
print(repr(int), repr(str), repr(ValueError), str(list))
