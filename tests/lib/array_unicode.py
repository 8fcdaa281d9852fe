import array
u = array.array('u', 'hello')
print(u, u.tounicode(), u[1], u[::-1], u.itemsize)
u.fromunicode(' wörld €'); print(u.tounicode(), len(u))
u.append('!'); print(u.pop(), u.index('o'), u.count('l'))
for f in (lambda: array.array('i').fromunicode('x'), lambda: array.array('i').tounicode(),
          lambda: u.fromunicode(5), lambda: u.append(1), lambda: u.append('ab')):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
