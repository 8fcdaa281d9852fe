# Objects dying while a WeakSet is iterated are removed after iteration.
import weakref


class E:
    pass


items = [E() for _ in range(5)]
s = weakref.WeakSet(items)
count = 0
for e in s:
    count += 1
    items.clear()
    del e
print(count >= 1)
print(len(s))
