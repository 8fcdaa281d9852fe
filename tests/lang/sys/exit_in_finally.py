# finally blocks run when sys.exit propagates; status comes from the exit code
import sys
def cleanup():
    print("cleanup")
try:
    print("start")
    sys.exit(7)
finally:
    cleanup()
