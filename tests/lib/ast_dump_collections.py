import ast
for src in ["[1, 2.5, 'a', b'b', None, True, ...]", "{1: 2, **d}", "{1, 2}", "()", "(1,)", "[x for x in y if x for z in x]",
            "{k: v for k, v in d.items()}", "{x async for x in y}", "(x for x in y)", "a[1:2:3]", "a[b, c:d]"]:
    print(ast.dump(ast.parse(src, mode="eval"), include_attributes=True))
