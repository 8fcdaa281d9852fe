# the 4300-digit str<->int limit and sys.set_int_max_str_digits
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
import sys
sys.get_int_max_str_digits()
len(str(10**4299))
str(10**4300)[:5]
int('1' * 4300) % 1000
int('1' * 4301)
hex(10**5000)[:10], len(bin(2**20000))
int('f' * 5000, 16) % 1000
sys.set_int_max_str_digits(5000)
len(str(10**4999))
str(10**5000)
sys.set_int_max_str_digits(100)
sys.set_int_max_str_digits(640), sys.get_int_max_str_digits()
repr(10**700)
sys.set_int_max_str_digits(0)
len(str(10**20000)), sys.get_int_max_str_digits()
sys.set_int_max_str_digits(4300)
f'{10**5000}'
'%d' % (10**5000)
''')
