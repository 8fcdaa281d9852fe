# __getnewargs_ex__ must return (tuple, dict).
class Bad:
    def __init__(self, result):
        self.result = result

    def __getnewargs_ex__(self):
        return self.result


for result in ([(), {}], (1,), ((), {}, 3), ([], {}), ((), [])):
    try:
        Bad(result).__reduce_ex__(2)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(Bad(((1,), {})).__reduce_ex__(2)[1][1:])
Bad(('x', {})).__reduce_ex__(3)
