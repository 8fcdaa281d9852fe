# __setitem__/__delitem__ with slices on a user class and on list subclasses
class Log(list):
    def __setitem__(self, k, v):
        print('set', k, v); super().__setitem__(k, v)
    def __delitem__(self, k):
        print('del', k); super().__delitem__(k)
l = Log([0, 1, 2, 3, 4])
l[1:3] = ['a', 'b', 'c']
del l[::2]
l[0] = 'z'
print(l)
try:
    l[::2] = [1, 2, 3, 4, 5]
except ValueError as e:
    print(e)
try:
    l['k'] = 1
except TypeError as e:
    print(e)
l.extend([9])     # list methods do not go through __setitem__
print(l)
