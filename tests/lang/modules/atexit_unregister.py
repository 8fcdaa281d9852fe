import atexit
base = atexit._ncallbacks()
def a(): print('a')
def b(): print('b')
def c(): print('c')
atexit.register(a); atexit.register(b); atexit.register(a); atexit.register(c)
print(atexit._ncallbacks() - base)
atexit.unregister(a)
print(atexit._ncallbacks() - base)
atexit.unregister(print)
atexit.unregister(42)
print(atexit.register(print, 'printed', 'at', 'exit', sep='-') is print)
for args in [(), (5,), ('x',)]:
    try:
        atexit.register(*args)
    except TypeError as e:
        print(e)
try:
    atexit.unregister()
except TypeError as e:
    print(e)
print(sorted(n for n in dir(atexit) if not n.startswith('__')))
