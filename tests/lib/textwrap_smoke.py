import textwrap
s = "The quick brown fox jumps over the lazy dog. " * 3
print(textwrap.wrap(s, 30))
print(textwrap.fill(s, width=25, initial_indent="* ", subsequent_indent="  "))
print(textwrap.shorten("Hello  world, this is a test", width=15))
print(textwrap.dedent("""\
    def f():
        return 1
    """))
print(textwrap.indent("a\nb\n\nc", "> "))
print(textwrap.indent("a\nb", "+ ", lambda line: True))
w = textwrap.TextWrapper(width=10, break_long_words=False)
print(w.wrap("supercalifragilistic word"))
print(textwrap.wrap("a\tb", tabsize=4, width=20), textwrap.wrap("", 5))
try:
    textwrap.wrap("abc", width=0)
except ValueError as e:
    print("ValueError", e)
try:
    textwrap.shorten("abc def", width=2, placeholder=" [...]")
except ValueError as e:
    print("ValueError", e)
