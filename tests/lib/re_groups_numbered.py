from _re_loader import re

m = re.match(r'((a)(b))((c)|(d))?', 'abd')
print(m.groups(), m.regs, m.lastindex, m.lastgroup)
print(m.group(0, 1, 6), m.span(5), m.start(5))
m = re.match(r'(a)|(b)', 'b')
print(m.lastindex, m.groups())
m = re.match(r'(?:(a)|b)*', 'ab')
print(m.groups(), m.lastindex)
print(re.match(r'(a*)+', 'b').groups(), re.match(r'(a|)+', 'aa').groups())
