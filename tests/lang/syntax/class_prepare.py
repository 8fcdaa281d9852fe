# __prepare__ supplies the class namespace; class body executes in order.
log = []
class LoggingDict(dict):
    def __setitem__(self, k, v):
        log.append(k)
        super().__setitem__(k, v)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        return LoggingDict()
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, dict(ns))
class K(metaclass=Meta):
    z = 1
    a = 2
    def m(self): pass
print([k for k in log if not k.startswith("__")])
print("__module__" in log, "__qualname__" in log)
