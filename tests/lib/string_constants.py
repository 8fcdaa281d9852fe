import string
for name in ["ascii_lowercase", "ascii_uppercase", "ascii_letters", "digits", "hexdigits", "octdigits", "punctuation", "whitespace", "printable"]:
    v = getattr(string, name)
    print(name, len(v), repr(v[:12]))
print(set(string.printable) == set(string.digits + string.ascii_letters + string.punctuation + string.whitespace))
print(string.capwords("hello WORLD foo-bar"), string.capwords(""), string.capwords("a\tb\nc"))
try:
    string.capwords(5)
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
print([n for n in dir(string) if not n.startswith("_")])
