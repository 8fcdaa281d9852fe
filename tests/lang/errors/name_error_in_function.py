# NameError from a typo inside a function body
def total(items):
    result = 0
    for it in items:
        result += it
    return reslt
print(total([1, 2, 3]))
