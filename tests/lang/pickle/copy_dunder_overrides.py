# __copy__ and __deepcopy__ take over from __reduce_ex__.
import copy


class Tracked:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        print('__copy__')
        return Tracked(self.v)

    def __deepcopy__(self, memo):
        print('__deepcopy__', type(memo).__name__)
        return Tracked(copy.deepcopy(self.v, memo))


t = Tracked([1])
print(copy.copy(t).v is t.v, copy.deepcopy(t).v is t.v)
