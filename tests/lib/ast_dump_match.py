import ast
src = '''
match p:
    case 1 | 2 | -3:
        pass
    case [a, *rest, 1.5j]:
        pass
    case {"k": v, **kw}:
        pass
    case Point(x, y=0) if x > 0:
        pass
    case None | True:
        pass
    case (a as b) | _:
        pass
    case str() as s:
        pass
'''
print(ast.dump(ast.parse(src), include_attributes=True, indent=1))
