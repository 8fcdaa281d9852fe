# NameError with CPython 3.11's "Did you mean" suggestion for a close local name
def area(width, height):
    return widht * height
print("computing")
area(2, 3)
