import atexit
base = atexit._ncallbacks()
# Handlers run at exit, last registered first, with their arguments.
def greet(name, punct='!'):
    print('bye', name + punct)
atexit.register(greet, 'first')
atexit.register(greet, 'second', punct='?')
@atexit.register
def decorated():
    print('decorated runs first')
print('registered', atexit._ncallbacks() - base)
print('main done')
