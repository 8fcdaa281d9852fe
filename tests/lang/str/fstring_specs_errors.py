# f-string conversions, '=' specifier, nested specs and their syntax errors
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
x = 'héllo'
f'{x!r}', f'{x!a}', f'{x!s:>8}', f'{x=}', f'{x = }', f'{x=!s}', f'{x=:>8}'
f'{3.14159=:.2f}', f'{"q"*2=}'
f'{x:{"^"}{10}}', f'{{x}}', f'{x}}}', f'{{{x}'
f'{1:{2:{3}}}'
compile("f'{x!z}'", '<s>', 'eval')
compile("f'{x!}'", '<s>', 'eval')
compile("f'{}'", '<s>', 'eval')
compile("f'{x'", '<s>', 'eval')
compile("f'}'", '<s>', 'eval')
compile("f'{x:{y:{z}}}'", '<s>', 'eval')
compile("f'{#}'", '<s>', 'eval')
compile("f'{\\\\}'", '<s>', 'eval')
f'{x:}', f'{x!s:}', f'{"a" "b"}', f'{x[1:3]}', f'{x.upper()}', f'{len(x):03}'
f'{None!r:>6}', f'{b"x"!r}', f'{[1,2]!s:^10}'
f'{3:c}'
f'{x:d}'
f'{5:s}'
str.format('{}', 1), str.format_map('{a}', {'a': 2})
'{0!s:{1}}'.format(1.5, '>6')
''')
