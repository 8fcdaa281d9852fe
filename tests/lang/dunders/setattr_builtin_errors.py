# Setting attributes on builtin instances and types
cases = [lambda: setattr(1, 'x', 1), lambda: setattr('s', 'upper', 1), lambda: setattr([], 'x', 1),
         lambda: setattr(object(), 'x', 1), lambda: setattr(len, 'x', 1), lambda: setattr(str, 'x', 1),
         lambda: delattr(str, 'upper'), lambda: setattr(None, 'x', 1), lambda: setattr(type, 'x', 1)]
for f in cases:
    try:
        f()
        print('ok')
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
def fn(): pass
fn.attr = 'functions take attributes'
print(fn.attr, fn.__dict__)
(1).__class__.bit_length = None
