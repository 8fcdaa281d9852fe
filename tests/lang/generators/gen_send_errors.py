# send/throw/close argument count errors
def g():
    yield
it = g()
for call in (lambda: it.send(), lambda: it.send(1, 2), lambda: it.close(1), lambda: it.throw(ValueError, 1, None, 4)):
    try:
        call()
    except TypeError as e:
        print(e)
