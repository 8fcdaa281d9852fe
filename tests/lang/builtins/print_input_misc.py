# print() sep/end/file/flush arguments and their errors
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
print(1, 2, sep='-', end='!\n')
print('a', 'b', sep=None, end=None)
print(sep='x')
print(1, sep=5)
print(1, end=5)
print(1, file=5)
print(1, flush=True)
print(*[1, 2, 3], sep='')
print(1, bogus=1)
import sys
print('to stdout', file=sys.stdout)
print()
''')
