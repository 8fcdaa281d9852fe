# WeakValueDictionary.valuerefs/itervaluerefs return weak references.
import weakref


class V:
    pass


keep = V()
d = weakref.WeakValueDictionary(x=keep)
refs = d.valuerefs()
print(len(refs), type(refs[0]).__name__ == "KeyedRef", refs[0]() is keep)
print(refs[0].key)
print([r() is keep for r in d.itervaluerefs()])
del keep
print(len(d), refs[0]())
