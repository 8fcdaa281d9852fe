import ast
# A node whose first or last child is parenthesized spans the parentheses.
for src in ["(a) + b", "a + (b)", "(lambda: 1) if x else (lambda: 2)", "(f)(x)", "(a).b", "(yield 1), 2"]:
    n = ast.parse("def g():\n    r = " + src if "yield" in src else src).body[0]
    n = n.body[0].value if isinstance(n, ast.FunctionDef) else n.value
    print(src, type(n).__name__, n.col_offset, n.end_col_offset)
