# tokenize: bytes input with encoding, exact_type of operators, untokenize, errors.
import io
import token
import tokenize

data = b"# -*- coding: latin-1 -*-\nname = 'caf\xe9'\n"
toks = list(tokenize.tokenize(io.BytesIO(data).readline))
print(toks[0].type == tokenize.ENCODING, toks[0].string)
print([t.string for t in toks if t.type == token.STRING])
print(tokenize.detect_encoding(io.BytesIO(b"x = 1\n").readline))
src = "a += [1, 2]; b->c @ d != e\n"
print([(token.tok_name[t.exact_type], t.string) for t in tokenize.generate_tokens(io.StringIO(src).readline)
       if t.type == token.OP])
src = "if x:\n    y = (1,\n         2)\n"
toks = list(tokenize.generate_tokens(io.StringIO(src).readline))
print([token.tok_name[t.type] for t in toks])
print(tokenize.untokenize(toks) == src)
print(repr(tokenize.untokenize([(token.NAME, "a"), (token.OP, "="), (token.NUMBER, "1")])))
for bad in ("x = (1,\n", "'unterminated\n", "  x\n y\n"):
    try:
        list(tokenize.generate_tokens(io.StringIO(bad).readline))
    except (tokenize.TokenError, IndentationError, SyntaxError) as e:
        print(type(e).__name__, e.args[0])
