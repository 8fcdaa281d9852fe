# format sign, '#' and '0' options for numbers
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
'{:+}'.format(5), '{:-}'.format(5), '{: }'.format(5)
'{:+}'.format(-5), '{: }'.format(-5)
'{:+.2f}'.format(1.5), '{: .1e}'.format(2.0)
'{:#x}'.format(255), '{:#X}'.format(255), '{:#o}'.format(8), '{:#b}'.format(5)
'{:#010x}'.format(255)
'{:08}'.format(-3.25)
'{:08.3f}'.format(3.14159)
'{:010}'.format(-42)
'{:+#06x}'.format(10)
'{:#}'.format(1.0), '{:#g}'.format(1.0), '{:#.0f}'.format(3.0), '{:#.0e}'.format(3.0)
'{:05}'.format('ab')
'{:0>5}'.format('ab')
'{: 06}'.format(7)
'{:-08.2f}'.format(-0.0)
'{:z.1f}'.format(-0.04)
'{:+z.2f}'.format(-0.001)
''')
