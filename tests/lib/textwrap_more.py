import textwrap
w = textwrap.TextWrapper(width=20, max_lines=2, placeholder=" ...")
print(w.wrap("one two three four five six seven eight nine ten"))
w2 = textwrap.TextWrapper(width=15, fix_sentence_endings=True, expand_tabs=False, replace_whitespace=False)
print(w2.wrap("Hello there. How are\tyou? Fine."))
print(textwrap.wrap("a-very-long-hyphenated-word-here", width=10), textwrap.wrap("a-very-long-hyphenated", width=10, break_on_hyphens=False))
print(textwrap.fill("x" * 25, width=10), textwrap.wrap("   leading", 20, drop_whitespace=False))
print(repr(textwrap.dedent("  a\n\t b\n")), repr(textwrap.dedent("   x\n     y\n   \n")), repr(textwrap.dedent("")))
print(textwrap.shorten("The quick brown fox", 12, placeholder="~"), textwrap.shorten("ab", 10))
try:
    textwrap.TextWrapper(width=5, max_lines=1, placeholder="[too long]").wrap("hello world")
except ValueError as e:
    print("ValueError", e)
