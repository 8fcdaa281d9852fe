# sys.int_info and a raised limit for the str-digits limit
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
import sys
sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold
sys.set_int_max_str_digits(5000), len(str(10**4999))
str(-10**5000)
sys.set_int_max_str_digits(4300)
int(' ' * 5000 + '1'), int('0' * 4300 + '1')
int('-' + '1' * 4301)
''')
