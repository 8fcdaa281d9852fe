# AttributeError: module 'sys' has no attribute 'nonexistent'
import sys
print(len(sys.argv))
print(sys.nonexistent)
