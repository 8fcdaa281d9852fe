# sys.exit(True) -> status 1 (bool is an int)
import sys
print("exit True")
sys.exit(True)
