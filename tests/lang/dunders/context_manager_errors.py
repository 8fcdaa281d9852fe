# with on objects missing __enter__/__exit__, and errors inside them
class NoEnter:
    def __exit__(self, *a): pass
class NoExit:
    def __enter__(self): return self
class EnterRaises:
    def __enter__(self): raise RuntimeError('enter failed')
    def __exit__(self, *a): print('exit not called'); return True
class ExitRaises:
    def __enter__(self): return self
    def __exit__(self, *a): raise ValueError('from exit')
for cm in (NoEnter(), NoExit(), EnterRaises(), ExitRaises(), 5):
    try:
        with cm:
            print('body', type(cm).__name__)
    except (TypeError, RuntimeError, ValueError) as e:
        print(type(e).__name__, e, type(e.__context__).__name__)
try:
    with ExitRaises():
        raise KeyError('inner')
except ValueError as e:
    print(repr(e), repr(e.__context__))
with object():
    pass
