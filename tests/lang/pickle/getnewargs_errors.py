# __getnewargs__ must return a tuple.
import copy


class Bad:
    def __init__(self, result):
        self.result = result

    def __getnewargs__(self):
        return self.result


for result in ([1], None, 'ab', 5):
    try:
        copy.copy(Bad(result))
    except TypeError as e:
        print(type(e).__name__, e)
print(type(copy.copy(Bad(()))).__name__)
Bad({}).__reduce_ex__(2)
