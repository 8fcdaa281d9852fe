# f-strings with conversions, specs, nested fields and = debugging
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
x = 3.14159; n = 42; s = 'hé'
f'{x:.2f}|{n:>5}|{s!r}|{s!a}|{n:#x}|{n=}|{x = :.1f}'
f'{n:{"0"}{5}}|{[1, 2]!s:>8}|{ {"a": 1}["a"] }|{n!r:^6}'
f'{n:,}|{10**6:_}|{-n:+}|{n:%}|{n:e}'
f'{s:{n}}'
f'{n:q}'
f'{None!r:>6}|{True:d}|{3+4j:.1f}'
''')
