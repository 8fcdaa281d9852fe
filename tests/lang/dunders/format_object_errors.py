# object.__format__ rejects non-empty specs
class C: pass
for spec in ['', 'x', '>10']:
    try:
        print(repr(format(C(), spec))[:14])
    except TypeError as e:
        print('TypeError:', e)
try:
    f'{C():d}'
except TypeError as e:
    print(e)
try:
    object.__format__(C(), 5)
except TypeError as e:
    print(e)
try:
    format(1, 5)
except TypeError as e:
    print(e)
print(format(None, ''), format(True, ''), format(True, 'd'))
'{:z}'.format(object())
