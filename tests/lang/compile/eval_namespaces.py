# eval with explicit globals/locals; locals can be any mapping.
print(eval("a + b", {"a": 1}, {"b": 2}))
print(eval("a", {"a": "global"}, {"a": "local"}))
class Lookup(dict):
    def __missing__(self, key):
        return key.upper()
print(eval("hello + ' ' + world", {}, Lookup()))
print(eval("len('abc')", {}))
g = {}
eval("1", g)
print("__builtins__" in g)
try:
    eval("undefined_name", {})
except NameError as e:
    print("NameError", e)
