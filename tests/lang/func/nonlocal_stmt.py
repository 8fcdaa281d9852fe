# nonlocal declarations
def outer():
    x = 1
    def inner():
        nonlocal x
        x += 10
    inner(); inner()
    return x
print(outer())
def acc():
    total = 0
    items = []
    def add(v):
        nonlocal total
        total += v
        items.append(v)
        return total
    return add, items
add, items = acc()
add(1); add(2)
print(add(3), items)
def deep():
    v = 'a'
    def mid():
        def inner():
            nonlocal v
            v += 'c'
        nonlocal v
        v += 'b'
        inner()
    mid()
    return v
print(deep())
def swap_pair():
    a, b = 1, 2
    def sw():
        nonlocal a, b
        a, b = b, a
    sw()
    return a, b
print(swap_pair())
