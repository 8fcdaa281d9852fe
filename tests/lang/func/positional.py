# Positional parameters and return values
def add(a, b):
    return a + b
print(add(1, 2), add("x", "y"), add([1], [2]))
def noreturn():
    x = 1
print(noreturn())
def early(n):
    if n > 0:
        return "pos"
    return
print(early(1), early(-1))
def multi():
    return 1, 2, 3
print(multi())
a, b, c = multi()
print(a + b + c)
def nested_call(x):
    return add(x, add(x, x))
print(nested_call(7))
def three(a, b, c):
    return [a, b, c]
print(three(*[1, 2, 3]))
print(three(1, *(2, 3)))
print(three(*"ab", 'c'))
print(three(*range(3)))
