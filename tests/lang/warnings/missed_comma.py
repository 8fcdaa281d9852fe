# Calling or subscripting a literal warns "perhaps you missed a comma?" at
# compile time; under an error filter it is a SyntaxError.
import warnings

sources = [
    "(1)(2)", "[1, 2](3)", "'x'[1.5]", "(1, 2)['a']", "{1}[0]", "5[0]", "None(1)",
    "f'x'(1)", "(x for x in ())[0]", "(lambda: 0)[1]", "'abc'[None]", "[x for x in ()][1.0]",
    "[1]['a':1]", "{}[1]", "[1][True]", "x(1)[2]", "'ab'[0]", "b'ab'[...]", "...(1)",
]
for src in sources:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        compile('\n' + src, '<w>', 'eval')
    print(repr(src), [(x.category.__name__, str(x.message), x.lineno) for x in w])

with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        compile('x = [\n (1, 2)\n (3, 4)]', '<e>', 'exec')
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno)
