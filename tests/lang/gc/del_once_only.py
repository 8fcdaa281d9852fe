# __del__ is called once even if the object is resurrected and dropped again.
import gc

saved = []


class R:
    calls = 0

    def __del__(self):
        R.calls += 1
        print("del call", R.calls)
        saved.append(self)


r = R()
del r
print(len(saved))
saved.clear()
print("cleared", R.calls)
gc.collect()
print("end", R.calls)
