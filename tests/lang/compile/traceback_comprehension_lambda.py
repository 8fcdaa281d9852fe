# Line numbers inside comprehensions and lambdas spanning lines.
def f(items):
    return [
        1 / x
        for x in items
    ]
g = (lambda v:
     v.missing)
for call in (lambda: f([1, 0]), lambda: g(1)):
    try:
        call()
    except Exception as e:
        tb = e.__traceback__
        names = []
        while tb:
            names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
            tb = tb.tb_next
        print(type(e).__name__, names[1:])
