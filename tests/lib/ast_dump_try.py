import ast
src = '''
try:
    a
except E as e:
    b
except (F, G):
    raise X from Y
except:
    raise
else:
    c
finally:
    d
try:
    pass
except* ValueError as eg:
    pass
'''
print(ast.dump(ast.parse(src), include_attributes=True, indent=1))
