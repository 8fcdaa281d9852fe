# Annotations on attribute and subscript targets are evaluated but not stored.
class Obj:
    pass


o = Obj()
d = {}
log = []


def ann(name):
    log.append(name)
    return name


o.attr: ann('attr') = 1
d['key']: ann('sub') = 2
o.other: ann('bare')
print(o.attr, d, hasattr(o, 'other'), log)
print(__annotations__)


class C:
    o.inner: ann('in class') = 5
    plain: ann('plain')


print(C.__annotations__, o.inner, log)
