# Helper for the builtin-type tests: runs each case (an expression, or a
# statement with its indented continuation lines) in one namespace and prints
# its repr, or the exception type and message, so the output diffs against CPython.


def run(cases):
    ns = {}
    srcs = []
    for line in cases.strip().splitlines():
        if line[:1] == ' ' and srcs:
            srcs[-1] += '\n' + line
        else:
            srcs.append(line)
    for src in srcs:
        try:
            code = compile(src, '<case>', 'eval')
        except SyntaxError:
            code = compile(src, '<case>', 'exec')
        try:
            r = repr(eval(code, ns))
        except Exception as e:
            r = '%s: %s' % (type(e).__name__, e)
        print(src, '=>', r)
