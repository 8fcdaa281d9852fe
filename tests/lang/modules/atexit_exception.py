# test: full-stderr
import atexit
def ok(): print('ok handler still runs')
class Bad:
    def __repr__(self): return '<Bad handler>'
    def __call__(self): raise ValueError('boom in handler')
bad = Bad()
atexit.register(ok)
atexit.register(bad)
print('main')
