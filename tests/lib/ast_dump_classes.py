import ast
src = '''
class A(B, metaclass=M, **kw):
    x: int
    def m(self): ...
@d
class C: pass
'''
print(ast.dump(ast.parse(src), indent=2))
print(ast.dump(ast.parse(src), include_attributes=True))
