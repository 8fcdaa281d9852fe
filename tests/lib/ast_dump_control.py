import ast
src = '''
if a:
    pass
elif b:
    x = 1
else:
    y = 2
while c:
    break
else:
    continue
for i, j in k:
    pass
else:
    pass
'''
print(ast.dump(ast.parse(src), include_attributes=True, indent=1))
