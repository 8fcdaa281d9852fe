# sys.argv shape (the runner passes no extra arguments)
import sys
print(len(sys.argv))
print(type(sys.argv).__name__, type(sys.argv[0]).__name__)
print(sys.argv[0].endswith("argv_shape.py"))
print(sys.argv[1:])
