# gc.set_threshold argument handling.
import gc

old = gc.get_threshold()
print(old)
gc.set_threshold(500)
print(gc.get_threshold())
gc.set_threshold(100, 5)
print(gc.get_threshold())
gc.set_threshold(1000, 20, 30)
print(gc.get_threshold())
try:
    gc.set_threshold()
except TypeError as e:
    print("TypeError")
try:
    gc.set_threshold(1, 2, 3, 4)
except TypeError as e:
    print("TypeError")
gc.set_threshold(*old)
print(gc.get_threshold())
