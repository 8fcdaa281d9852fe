import ast
# columns are UTF-8 byte offsets, as in CPython
for src in ["é = 'ü' + x", "print('日本語', ab)", "x = '😀'; y = z"]:
    t = ast.parse(src)
    for n in ast.walk(t):
        if hasattr(n, "col_offset"):
            print(type(n).__name__, n.lineno, n.col_offset, n.end_lineno, n.end_col_offset)
