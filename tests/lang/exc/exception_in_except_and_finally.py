# Exceptions raised inside except/finally blocks replace the current one, keeping context
def f():
    try:
        raise ValueError('first')
    finally:
        raise KeyError('from finally')
try:
    f()
except KeyError as e:
    print(repr(e), repr(e.__context__))
def g():
    try:
        return 'returned'
    finally:
        print('finally runs')
print(g())
def h():
    for i in range(3):
        try:
            raise ValueError(i)
        except ValueError:
            continue
        finally:
            print('finally', i)
    return 'loop done'
print(h())
def swallow():
    try:
        raise ValueError('lost')
    finally:
        return 'finally return swallows'
print(swallow())
