# str comparisons, containment and hashing across Unicode widths
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
'a' < 'b', 'a' < 'B', 'é' < 'f', 'é' > 'e', '\U0001f600' > '\uffff', 'ab' < 'ab\x00', '' == '', 'abc' == 'abc'[:], 'a' * 3 == 'aaa'
'é' in 'café', 'fé' in 'café', '\U0001f600' in 'x\U0001f600y', 'xy' in 'x\U0001f600y', 'é' in 'cafe', '' in ''
'café'.find('é'), 'x\U0001f600y'.find('y'), 'x\U0001f600y'.index('\U0001f600'), 'a\u0101b'.count('\u0101'), len('\U0001f600'), 'x\U0001f600y'[1]
hash('é') == hash('é'[:]), hash('\U0001f600x'[:-1]) == hash('\U0001f600'), hash('abc') == hash(''.join(['a', 'bc']))
'abc'.__eq__(1), 'abc'.__lt__(1), 'a'.__contains__('a'), max('aé\U0001f600'), min('Zaé')
sorted(['é', 'e', 'z', 'E', '\U0001f600', ' ']), 'ß'.upper() == 'SS', 'İ'.lower() == 'i̇'
''')
