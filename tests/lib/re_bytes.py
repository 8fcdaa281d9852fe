from _re_loader import re

print(re.match(rb'\d+', b'123abc'), re.findall(rb'\w+', b'ab cd'))
print(re.sub(rb'(a)', rb'<\1>', b'banana'), re.split(rb',', b'a,b'))
print(re.search(rb'b', bytearray(b'abc')).group(), re.match(rb'a', memoryview(b'abc')))
print(re.compile(rb'x'), re.findall(rb'\w', b'\xe9a'), re.findall(rb'.', b'\x00\xff'))
for p, s in [('a', b'a'), (b'a', 'a')]:
    try:
        re.match(p, s)
    except TypeError as e:
        print('TypeError', e)
print(int(b'101', 2), int(bytearray(b'ff'), 16))
try:
    int(memoryview(b'7'), 8)
except TypeError as e:
    print('TypeError', e)
