import array
a = array.array('i', [1, 2])
def attempt(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
def iadd():
    global a
    a += [1]
attempt(lambda: a + array.array('d'))
attempt(lambda: a + [1])
attempt(lambda: a * 'x')
attempt(iadd)
attempt(lambda: a.extend(array.array('d', [1.0])))
attempt(lambda: hash(a))
attempt(lambda: a < [1])
