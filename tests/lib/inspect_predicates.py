import inspect
def g():
    yield 1
async def co():
    pass
class A:
    @staticmethod
    def s(): pass
    @classmethod
    def c(cls): pass
    @property
    def p(self): return 1
print(inspect.isfunction(g), inspect.isgeneratorfunction(g), inspect.iscoroutinefunction(co))
print(inspect.isclass(A), inspect.ismethod(A().c), inspect.isbuiltin(len), inspect.ismodule(inspect))
print(sorted(n for n, _ in inspect.getmembers(A, inspect.isfunction)))
print(inspect.getattr_static(A, "p").__class__.__name__)
print(inspect.CO_GENERATOR, inspect.CO_COROUTINE, bool(g.__code__.co_flags & inspect.CO_GENERATOR))
print(inspect.isabstract(A), [c.__name__ for c in inspect.getmro(bool)])
frame = inspect.currentframe()
print(frame.f_code.co_name, inspect.getframeinfo(frame).function)
