import array
a = array.array('i', [1, 2, 3])
def attempt(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
def s1(): a[::2] = array.array('i', [1, 2, 3])
def s2(): a[0:1] = [1]
def s3(): a[0:1] = array.array('d', [1.0])
def s4(): a[10] = 1
def s5(): del a[5]
attempt(s1); attempt(s2); attempt(s3); attempt(s4); attempt(s5)
attempt(lambda: a[10]); attempt(lambda: a['x']); attempt(lambda: a[1.0])
print(a)
