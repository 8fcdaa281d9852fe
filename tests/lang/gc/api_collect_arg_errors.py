# gc.collect argument validation.
import gc

for bad in (3, -1, 10):
    try:
        gc.collect(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    gc.collect("0")
except TypeError as e:
    print("TypeError", e)
print(type(gc.collect(0)).__name__, type(gc.collect(1)).__name__, type(gc.collect(2)).__name__)
print(gc.collect(generation=2) >= 0)
