# gc.freeze moves everything to the permanent generation; unfreeze moves it back.
import gc

gc.collect()
gc.unfreeze()
print(gc.get_freeze_count())
gc.freeze()
n = gc.get_freeze_count()
print(n > 0)
print(gc.get_count()[0] < 5)
marker = ["fresh"]
print(any(o is marker for o in gc.get_objects(0)))
gc.unfreeze()
print(gc.get_freeze_count())
