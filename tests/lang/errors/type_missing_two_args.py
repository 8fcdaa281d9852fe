# TypeError: area() missing 2 required positional arguments: 'w' and 'h'
def area(w, h):
    return w * h
print(area(2, 3))
area()
