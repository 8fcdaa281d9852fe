# freeze/unfreeze move every tracked object to and from the permanent generation.
import gc

gc.collect()
print(gc.get_freeze_count())
x = [[] for _ in range(10)]
gc.freeze()
print(gc.get_freeze_count() > 10)
print(gc.get_count())
gc.unfreeze()
print(gc.get_freeze_count())
