# binding errors name lambdas as <lambda>
f = lambda a, *, b: 0
for call in (lambda: f(), lambda: f(1), lambda: f(1, 2), lambda: f(1, b=2, c=3), lambda: f(1, a=1, b=2)):
    try:
        call()
    except TypeError as e:
        print(e)
