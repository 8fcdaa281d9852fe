# Exception subclasses: custom __init__, __str__, extra attributes
class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code
class Quiet(Exception):
    def __str__(self):
        return 'quiet!'
class NoSuper(Exception):
    def __init__(self, x):
        self.x = x
try:
    raise AppError(404, 'missing')
except AppError as e:
    print(e, repr(e), e.args, e.code)
print(str(Quiet(1, 2)), repr(Quiet(1, 2)))
n = NoSuper(9)
print(n.args, str(n), repr(n), n.x)
class KE(KeyError): pass
print(str(KE('k')), str(KeyError('k')), repr(KE('k')))
raise AppError(1, 'escaped')
