# __set__ and __delete__ intercept assignment and del on instances (not on classes)
class Field:
    def __set_name__(self, owner, name): self.name = '_' + name
    def __get__(self, obj, owner):
        if obj is None: return self
        return getattr(obj, self.name, 'unset')
    def __set__(self, obj, value):
        print('set', self.name, value); setattr(obj, self.name, value)
    def __delete__(self, obj):
        print('delete', self.name); delattr(obj, self.name)
class P:
    x = Field()
p = P()
print(p.x)
p.x = 3
print(p.x, vars(p))
del p.x
print(p.x)
P.x = 'replaced on class'
print(p.x, P.x)
