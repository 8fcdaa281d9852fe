# tokenize.generate_tokens on small sources: token types and strings.
import io
import token
import tokenize

src = "def f(a, b=2):\n    return a ** b  # power\n\nx = f'{1}' + 'q' if 1.5e3 else None\n"
for tok in tokenize.generate_tokens(io.StringIO(src).readline):
    print(token.tok_name[tok.type], repr(tok.string), tok.start, tok.end)
