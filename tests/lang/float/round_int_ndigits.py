# round() of ints with ndigits
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
round(5), round(-5), round(15, -1), round(25, -1), round(-25, -1), round(1234, -2), round(1250, -2), round(1350, -2), round(12345, 2)
round(10**30 + 5 * 10**9, -10), round(-(10**30) - 15 * 10**9, -10), round(5, -1), round(5, -10), round(-5, -1), round(7, -1)
round(12, -400), round(10**500, -499), round(12, 10**20), type(round(True)), round(True, 2), type(round(True, 2)), round(False, -1)
round(5, 1.0)
round(5, None), (5).__round__(), (25).__round__(-1)
''')
