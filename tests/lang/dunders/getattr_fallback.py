# __getattr__ is called only when normal lookup fails
class P:
    cls_attr = 'class'
    def __init__(self): self.inst = 'instance'
    def __getattr__(self, name):
        print('getattr', name)
        if name.startswith('dyn'):
            return name.upper()
        raise AttributeError(f'no {name}')
p = P()
print(p.inst, p.cls_attr, p.dyn_x)
print(getattr(p, 'missing', 'default'), hasattr(p, 'dynz'), hasattr(p, 'nope'))
try:
    p.other
except AttributeError as e:
    print(e)
