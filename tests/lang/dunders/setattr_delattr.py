# __setattr__ and __delattr__ intercept assignment and deletion
class Rec:
    def __setattr__(self, name, value):
        print('set', name, value)
        super().__setattr__(name, value * 2 if isinstance(value, int) else value)
    def __delattr__(self, name):
        print('del', name)
        if name == 'keep':
            raise AttributeError('cannot delete keep')
        super().__delattr__(name)
r = Rec()
r.a = 5
r.keep = 'k'
print(r.a, vars(r))
setattr(r, 'b', 1)
del r.a
delattr(r, 'b')
print(vars(r))
try:
    del r.keep
except AttributeError as e:
    print(e)
try:
    del r.zzz
except AttributeError as e:
    print(e)
