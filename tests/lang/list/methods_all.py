# every list method with edge cases and error messages
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
a = [3, 1, 2]
a.append(4), a, a.extend('xy'), a, a.insert(0, 'h'), a.insert(-1, 'm'), a.insert(100, 'e'), a.insert(-100, 's'), a
a.pop(), a.pop(0), a.pop(-2), a
a.remove('x'), a, a.index(2), a.index(2, 1), a.count(2), a.count('zz'), a.copy() == a, a.copy() is a
a.reverse(), a, a.clear(), a
[].pop()
[1].pop(5)
[1].pop('0')
[1].remove(2)
[1, 2].index(3)
[1, 2, 3].index(1, 1)
[1, 2, 3].index(3, -1), [1, 2, 3].index(2, 0, 2), [1, 2, 3].index(3, -10, 10)
[].insert(0)
[].append()
[].extend(5)
[].extend(None)
[1, 2].sort(key=None, reverse=True)
b = [1, 2]; b.extend(b); b
b = [1]; b += (2, 3); b
b = [1]; b + (2,)
b = [1]; b *= 3; b, [0] * 0, [[]] * 2, [1, 2] * -1
[1] * 'x'
list.append([], 1, 2)
''')
