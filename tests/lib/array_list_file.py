import array, io
a = array.array('i', [1, 2])
a.fromlist([7, 8]); print(a, a.tolist())
for f in (lambda: a.fromlist((1,)), lambda: a.fromlist([1, 'x'])):
    try:
        f()
    except TypeError as e:
        print(e)
print(a)
f = io.BytesIO(); a.tofile(f); f.seek(0)
b = array.array('i'); b.fromfile(f, 3); print(b)
try:
    b.fromfile(f, 10)
except EOFError as e:
    print('EOFError', e)
print(b)
try:
    b.fromfile(f, -1)
except ValueError as e:
    print(e)
