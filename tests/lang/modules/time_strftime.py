import time
def t(f, *a):
    try: print(repr(f(*a)))
    except Exception as e: print(type(e).__name__, e)
g = time.gmtime(1234567890)
for d in 'aAbBcdHIjmMpSUwWxXyYZz%':
    print(d, time.strftime('%' + d, g))
print(time.strftime('%Y-%m-%d %H:%M:%S', (2020, 1, 1, 0, 0, 0, 0, 1, -1)))
print(time.strftime('%Y-%m-%dT%H:%M:%S %j %a', (1999, 12, 31, 23, 59, 59, 4, 365, 0)))
print(repr(time.strftime('', g)), repr(time.strftime('plain text', g)), repr(time.strftime('%%Z %%z', g)))
print(time.strftime('%Y %z %Z', (2020, 1, 1, 0, 0, 0, 0, 1, 5)))
print(time.strftime('%Z|%z', time.struct_time((2020, 1, 1, 0, 0, 0, 0, 1, 0, 'ABC', 3600 + 1800))))
print(time.strftime('%Z|%z', time.struct_time((2020, 1, 1, 0, 0, 0, 0, 1, 0, 'A%d', -7200))))
t(time.strftime, '%Y', (2020, 0, 0, 0, 0, 0, 0, 0, 0))
for bad in [(2020, 13, 1, 0, 0, 0, 0, 1, -1), (2020, 1, 32, 0, 0, 0, 0, 1, -1), (2020, 1, 1, 24, 0, 0, 0, 1, -1),
            (2020, 1, 1, 0, 60, 0, 0, 1, -1), (2020, 1, 1, 0, 0, 62, 0, 1, -1), (2020, 1, 1, 0, 0, 0, 0, 367, -1),
            (2020, 1, 1, 0, 0, 0, -3, 1, -1), (2020, 1, 1, 0, 0, 0, 9, 1, -1), (2020, 1, 1, 0, 0, 0, -1, 1, -1),
            (2020, 1, 1, 0, 0, 0, 0, 1), (2020, 1, 1, 0, 0, 0.5, 0, 1, 0), (2020, 1, 1, 0, 0, 'x', 0, 1, 0),
            (2**31, 1, 1, 0, 0, 0, 0, 1, 0), [2020, 1, 1, 0, 0, 0, 0, 1, 0], 5]:
    t(time.strftime, '%Y-%m-%d', bad)
t(time.strftime, 5); t(time.strftime, 'a\0b', g); t(time.strftime); t(time.strftime, '%Y', g, 1)
print(len(time.strftime('%Y' * 600, g)))
