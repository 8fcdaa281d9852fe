# Ordering comparisons are not supported; released views compare by identity only.
m = memoryview(b'abc')
for op in ['<', '<=', '>', '>=']:
    try:
        eval('m ' + op + ' m')
    except TypeError as e:
        print(op, e)
try:
    m < b'abd'
except TypeError as e:
    print(e)
a = memoryview(b'abc')
b = memoryview(b'abc')
print(a == b, a == 'abc', a == 97, a == [97, 98, 99])
a.release()
print(a == a, a == b, a != b, b == a)
b.release()
print(a == b)
print(memoryview(b'abc') > 5)
