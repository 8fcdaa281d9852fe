# sys.set_int_max_str_digits argument errors and the limit's boundary
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
import sys
sys.set_int_max_str_digits(639)
sys.set_int_max_str_digits(1)
sys.set_int_max_str_digits(10**30)
sys.set_int_max_str_digits(640.0)
sys.set_int_max_str_digits(None)
sys.set_int_max_str_digits()
sys.set_int_max_str_digits(640, 1)
sys.set_int_max_str_digits(x=640)
sys.set_int_max_str_digits(True if False else 640), sys.get_int_max_str_digits()
len(str(10**639)), len(str(-(10**639)))
str(10**640)
int('1' * 640) > 0
int('1' * 641)
int('-' + '0' * 641)
sys.get_int_max_str_digits(1)
sys.set_int_max_str_digits(4300), sys.get_int_max_str_digits()
''')
