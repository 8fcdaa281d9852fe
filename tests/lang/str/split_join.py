# split, rsplit, splitlines, join, partition
print("a b  c".split(), "a,b,,c".split(","), "a b c".split(None, 1), "  lead trail  ".split())
print("a,b,c".rsplit(",", 1), "a::b::c".split("::"), "".split(), "".split(","), "abc".split("x"))
print("line1\nline2\r\nline3\n".splitlines(), "x\n\ny".splitlines(), "k\nv\n".splitlines(True))
print("-".join(["a", "b", "c"]), "".join(["x", "y"]), ", ".join([]), " ".join("abc"))
print("key=value=more".partition("="), "noeq".partition("="), "a.b.c".rpartition("."))
print("1 2 3".split(" "), "a\tb\nc".split(), "x".join(["1", "2", "3"]))
words = "the quick brown fox jumps".split()
print(len(words), "_".join(reversed(words)), " ".join([w.capitalize() for w in words]))
try:
    "-".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    "a".split("")
except ValueError as e:
    print("ValueError:", e)
