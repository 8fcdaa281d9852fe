import ast
for s in ["1", "-2.5", "1+2j", "'abc'", "b'x'", "[1, (2, 3), {'a': None}]", "{1, 2}", "set()", "True", "  42",
          "(1, -2, +3)", "{'a': [1, 2]}"]:
    print(repr(ast.literal_eval(s)))
print(ast.literal_eval(ast.parse("[1, 2]", mode="eval")))
