# bytes % args errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: b'%d' % 'a')
t(lambda: b'%s' % 'a')
t(lambda: b'%b' % 1)
t(lambda: b'%c' % 256)
t(lambda: b'%c' % 'a')
t(lambda: b'%c' % b'ab')
t(lambda: b'%d %d' % 1)
t(lambda: b'%d' % (1, 2))
t(lambda: b'x' % 5)
t(lambda: b'%x' % 1.5)
t(lambda: b'%z' % 1)
t(lambda: b'%' % ())
t(lambda: b'%(a)s' % 1)
t(lambda: b'%(a)s' % {b'b': 1})
t(lambda: b'%*d' % ('x', 1))
t(lambda: b'%(a' % {b'a': 1})
