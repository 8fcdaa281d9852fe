# Many pattern/string pairs through search, findall, sub, split, match and fullmatch.
from _re_loader import re
pats = [r'a', r'a*', r'a*?', r'a+?b', r'(a|b)*c', r'(a|bc|b)*?c', r'^a', r'a$', r'(?m)^\w+$', r'\bfoo\b', r'\Bo', r'[a-c]+', r'[^a-c]+',
        r'\d+', r'\D+', r'\s+', r'\S+', r'\w+', r'\W+', r'(?i)ABC', r'(a)(b)?', r'(?P<n>\w)(?P=n)', r'(\w)\1',
        r'(?=a)', r'(?!a)', r'(?<=b)a', r'(?<!b)a', r'a{2,3}', r'a{2,3}?', r'(ab){2}', r'(?:ab){1,}?', r'.', r'(?s).', r'x*', r'\Z', r'\A',
        r'(a*)*', r'(a*)+', r'(a|)*', r'(?:a*?)*b', r'(a+|b+)*', r'(?>a|ab)c', r'a*+b', r'(?:a|b)++', r'[\d\s]+', r'[.]', r'\.',
        r'(?x) a  b # c', r'[^\W\d]+', r'(a)|(b)', r'((a)|b)+', r'(?i)\u00e9+', r'[\u0100-\u0200]+', r'é+', r'(?a)\w+', r'\w+', r'(a)(?(1)b|c)',
        r'(?:(a)|b)(?(1)x|y)', r'a(?=b)|ab', r'$', r'^', r'(?m)$', r'(?m)^', r'a|b|c', r'ab|ac|ad', r'[abc]|d', r'(?i)[^a]', r'(?i)[k]']
strs = ['', 'a', 'aa', 'aab', 'abc', 'bac', 'ababc', 'foo bar foo.', 'foo\nbar\n', 'aaaa', 'xaaay', 'abab', 'héllo wörld',
        'ÉÉéé', 'Ā ĀāȀ', '12 ab\t3', 'aabbcc', 'K\u212ak', 'abcd ac ad', 'bcabc', 'abx by']
for p in pats:
    c = re.compile(p)
    for s in strs:
        m = c.search(s)
        r = [p, s, m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('<\\g<0>>', s), c.split(s),
             c.match(s) and c.match(s).span(), c.fullmatch(s) and c.fullmatch(s).span()]
        print(r)
