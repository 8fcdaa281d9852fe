# shlex: split, quote, join, shlex object (posix/non-posix, punctuation_chars), errors.
import shlex

for s in ('a b  c', 'echo "hello world" \'single q\'', 'x\\ y z', 'a#comment', '"a\\"b" c', "", "  ", 'a"b"c'):
    print(repr(s), shlex.split(s))
print(shlex.split("a #b c", comments=True), shlex.split("a 'b c'", posix=False))
for s in ("simple", "with space", "", "it's", "$HOME", "a\"b", "-x=1,2@%+"):
    print(repr(s), shlex.quote(s))
print(shlex.join(["ls", "-l", "my file", "it's"]))
print(shlex.split(shlex.join(["a b", "c'd", ""])))
lx = shlex.shlex("a && b || c; d > out", punctuation_chars=True)
print(list(lx))
lx = shlex.shlex("x = 'y z' + 1")
print(list(lx))
lx = shlex.shlex("key=value other", posix=True)
lx.whitespace_split = True
print(lx.get_token(), lx.get_token(), repr(lx.get_token()))
for s in ('unterminated "quote', "trailing \\", "it's"):
    try:
        shlex.split(s)
    except ValueError as e:
        print("ValueError", e)
try:
    shlex.split(None)
except ValueError as e:
    print("ValueError", e)
