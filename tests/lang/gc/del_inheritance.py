# __del__ is inherited; subclasses can chain to the base finalizer.
class Base:
    def __del__(self):
        print("Base.__del__", type(self).__name__)


class Child(Base):
    pass


class Chained(Base):
    def __del__(self):
        print("Chained.__del__")
        super().__del__()


Child()
print("--")
Chained()
print("--")
x = Chained()
del x
print("end")
