import atexit
def f(x): print('f', x)
atexit.register(f, 1); atexit.register(f, 2)
atexit._run_exitfuncs()
print('after run', atexit._ncallbacks())
atexit.register(f, 3)
atexit._clear()
print('after clear', atexit._ncallbacks())
def nested():
    print('nested registers another')
    atexit.register(f, 'late')
atexit.register(f, 4)
atexit.register(nested)
print('end of main')
