import string
t = string.Template("$who likes ${what}, $$5")
print(t.substitute(who="tim", what="kung pao"), t.substitute({"who": "a", "what": "b"}))
print(t.safe_substitute(who="x"), t.template, t.get_identifiers(), t.is_valid())
try:
    t.substitute(who="tim")
except KeyError as e:
    print("KeyError", e)
try:
    string.Template("$ bad").substitute()
except ValueError as e:
    print("ValueError", e)
class Pct(string.Template):
    delimiter = "%"
print(Pct("%x and %{y}").substitute(x=1, y=2))
print(string.Template("${a}b").substitute(a="A"), string.Template("$a$b").safe_substitute(a=1))
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.whitespace), string.punctuation, len(string.printable))
print(string.capwords("  hello   world  "), string.capwords("a-b c-d", "-"))
