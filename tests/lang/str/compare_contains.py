# str comparisons, containment and hashing across Unicode widths
CASES = r'''
'a' < 'b', 'a' < 'B', 'é' < 'f', 'é' > 'e', '\U0001f600' > '\uffff', 'ab' < 'ab\x00', '' == '', 'abc' == 'abc'[:], 'a' * 3 == 'aaa'
'é' in 'café', 'fé' in 'café', '\U0001f600' in 'x\U0001f600y', 'xy' in 'x\U0001f600y', 'é' in 'cafe', '' in ''
'café'.find('é'), 'x\U0001f600y'.find('y'), 'x\U0001f600y'.index('\U0001f600'), 'a\u0101b'.count('\u0101'), len('\U0001f600'), 'x\U0001f600y'[1]
hash('é') == hash('é'[:]), hash('\U0001f600x'[:-1]) == hash('\U0001f600'), hash('abc') == hash(''.join(['a', 'bc']))
'abc'.__eq__(1), 'abc'.__lt__(1), 'a'.__contains__('a'), max('aé\U0001f600'), min('Zaé')
sorted(['é', 'e', 'z', 'E', '\U0001f600', ' ']), 'ß'.upper() == 'SS', 'İ'.lower() == 'i̇'
'''
ns = {}
srcs = []
for line in CASES.strip().splitlines():
    if line[:1] == ' ' and srcs:
        srcs[-1] += '\n' + line
    else:
        srcs.append(line)
for src in srcs:
    try:
        code = compile(src, '<case>', 'eval')
    except SyntaxError:
        code = compile(src, '<case>', 'exec')
    try:
        r = repr(eval(code, ns))
    except Exception as e:
        r = '%s: %s' % (type(e).__name__, e)
    print(src, '=>', r)
