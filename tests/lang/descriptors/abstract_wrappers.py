# __isabstractmethod__ on staticmethod, classmethod and property wrappers
import abc
class Base(abc.ABC):
    @staticmethod
    @abc.abstractmethod
    def s(): ...
    @classmethod
    @abc.abstractmethod
    def c(cls): ...
    @property
    @abc.abstractmethod
    def p(self): ...
    def concrete(self): ...
print(sorted(Base.__abstractmethods__))
d = Base.__dict__
print(d['s'].__isabstractmethod__, d['c'].__isabstractmethod__, d['p'].__isabstractmethod__)
print(staticmethod(len).__isabstractmethod__, classmethod(print).__isabstractmethod__, property().__isabstractmethod__)
class Impl(Base):
    @staticmethod
    def s(): return 's'
    @classmethod
    def c(cls): return 'c'
    p = 'plain'
print(Impl.__abstractmethods__, Impl.s(), Impl.c(), Impl().p)
try:
    Base()
except TypeError as e:
    print(e)
