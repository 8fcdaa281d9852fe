import atexit
# Handlers run even when the program ends with an uncaught exception.
atexit.register(print, 'handler ran')
print('before')
raise KeyError('oops')
