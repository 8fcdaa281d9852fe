import atexit, sys
atexit.register(print, 'handler after sys.exit')
print('exiting')
sys.exit(3)
