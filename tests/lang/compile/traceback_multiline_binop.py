# Errors in multi-line binary expressions report the operator's line.
def f(a, b, c):
    return (a
            +
            b
            +
            c)
for args in [(1, 2, 3), (1, "x", 3), (1, 2, None)]:
    try:
        print(f(*args))
    except TypeError as e:
        print("TypeError", e, e.__traceback__.tb_next.tb_lineno)
