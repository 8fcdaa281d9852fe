import ast
src = '''
@dec
@dec2(1)
def f(a, /, b: int = 1, *args, c, d=2, **kw) -> str:
    """doc"""
    return a

async def g():
    await x
    async for i in y:
        yield i
    async with a as b, c:
        pass
'''
print(ast.dump(ast.parse(src), include_attributes=True, indent=1))
