# Objects that cannot be rebuilt raise TypeError from copy and pickle.
import copy
import pickle


def gen():
    yield 1


for obj in (gen(), (x for x in ())):
    for label, fn in (('copy', copy.copy), ('deepcopy', copy.deepcopy), ('dumps', pickle.dumps)):
        try:
            fn(obj)
        except TypeError as e:
            print(label, type(e).__name__, e)
copy.copy(gen())
