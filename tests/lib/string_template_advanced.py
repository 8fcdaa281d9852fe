import string, re
class Braces(string.Template):
    delimiter = "#"
    idpattern = r"[a-z]+"
print(Braces("#abc #{x} ##").substitute(abc=1, x=2))
class Flagged(string.Template):
    flags = 0
    idpattern = r"[A-Z]+"
print(Flagged("$ABC $abc").safe_substitute(ABC="up", abc="low"))
class Custom(string.Template):
    pattern = r"""\[(?:
        (?P<escaped>\[) |
        (?P<named>[a-z]+)\] |
        (?P<braced>[a-z]+)\] |
        (?P<invalid>)
    )"""
print(Custom("[name] and [[").substitute(name="N"))
t = string.Template("$a $b ${c} $$ $1")
print(t.get_identifiers(), t.is_valid(), string.Template("$a ${b}").is_valid())
try:
    t.substitute(a=1, b=2, c=3)
except ValueError as e:
    print("ValueError", e)
print(t.safe_substitute({"a": 1}, b=2))
try:
    string.Template("$a").substitute({"a": 1}, {"b": 2})
except TypeError as e:
    print("TypeError", e)
print(string.Template.delimiter, string.Template("x").template, re.escape("$"))
