import string
f = string.Formatter()
for args in [("{0!x}", 1), ("{:d}", "s"), ("{", ), ("}", ), ("{0[}", [1]), ("{a.b}",), ("{0.zz}", 1), ("{0:{1}}", 5)]:
    try:
        print(f.format(*args))
    except (ValueError, KeyError, IndexError, AttributeError, TypeError) as e:
        print(type(e).__name__, e)
print(f.format("{0:{1}}", 5, "^5"), f.format("{!s:>3}", 1), f.convert_field(3, "r"), f.get_value("k", (), {"k": 1}))
class Default(string.Formatter):
    def get_value(self, key, args, kwargs):
        return kwargs.get(key, "<%s>" % key) if isinstance(key, str) else super().get_value(key, args, kwargs)
print(Default().format("{x} {y} {0}", 9, x=1))
try:
    string.Template("${a").substitute(a=1)
except ValueError as e:
    print("ValueError", e)
print(string.Template("$a ${a}a $$ $").safe_substitute(a=1))
