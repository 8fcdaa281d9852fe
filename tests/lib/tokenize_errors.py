# tokenize: errors for unterminated input, bad dedents, encoding problems; NL vs NEWLINE; comments.
import io
import token
import tokenize

def toks(src):
    return [(token.tok_name[t.type], t.string) for t in tokenize.generate_tokens(io.StringIO(src).readline)]

print(toks("# only a comment\n"))
print(toks("x = [\n  1,  # c\n]\n"))
print(toks("\n\n"))
print(toks("a\\\n+b\n"))
print(toks("x = 1"))
for bad in ('"""never closed\n', "(\n", "if x:\n        a\n    b\n", "$\n"):
    try:
        print(toks(bad)[-2:])
    except (tokenize.TokenError, IndentationError) as e:
        print(type(e).__name__, e.args[0])
for data in (b"\xef\xbb\xbf# -*- coding: latin-1 -*-\n", b"# coding: nope\n", b"\xff\xfe\n"):
    try:
        print(tokenize.detect_encoding(io.BytesIO(data).readline))
    except SyntaxError as e:
        print("SyntaxError", e)
