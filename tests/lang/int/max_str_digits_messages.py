# the 4300-digit limit of int<->str conversion and its messages
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
import sys
sys.get_int_max_str_digits()
len(str(10**4299))
str(10**4300)
int('1' * 4301)
int('1' * 4300) % 1000
repr(10**5000)
'%d' % 10**5000
f'{10**5000}'
hex(10**5000)[:10], len(bin(10**5000)), int('f' * 5000, 16) > 0
int('1' * 5000, 8) > 0, int('1' * 5000, 2) > 0
sys.set_int_max_str_digits(100)
sys.set_int_max_str_digits(640), sys.get_int_max_str_digits()
str(10**700)
int('9' * 641)
sys.set_int_max_str_digits(0), len(str(10**5000))
sys.set_int_max_str_digits(-1)
sys.set_int_max_str_digits('5')
sys.set_int_max_str_digits(maxdigits=4300), sys.get_int_max_str_digits()
''')
