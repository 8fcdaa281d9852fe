# format padding and alignment with non-ASCII fill and text
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
format('é', '*^5'), format('中文', '>6'), format(5, '€>4'), format(1.5, '→<6'), '{:✓^7}'.format('ok'), f"{'x':\u00b7>3}"
'{:^4}'.format('\U0001f600'), format('abc', '.1'), format('', '>3'), format('é', '.0'), len(format('x', '1000'))
format('a', 'é')
format(1, 'ab')
format('a', '<<5')
''')
