# cell_contents can be rebound and deleted
def outer():
    x = 10
    def get():
        return x
    return get

g = outer()
cell = g.__closure__[0]
print(cell.cell_contents, g())
cell.cell_contents = 99
print(g())
del cell.cell_contents
try:
    g()
except NameError as e:
    print(type(e).__name__, e)
try:
    cell.cell_contents
except ValueError as e:
    print("ValueError", e)
