# Each slot adds one pointer to the instance size; no dict means no dict cost.
import sys


class S0:
    __slots__ = ()


class S1:
    __slots__ = ('a',)


class S3:
    __slots__ = ('a', 'b', 'c')


class SW:
    __slots__ = ('a', '__weakref__')


class Plain:
    pass


print([c.__basicsize__ for c in (S0, S1, S3, SW, Plain)])
print([sys.getsizeof(c()) for c in (S0, S1, S3, SW)])
print(sys.getsizeof(S3()) - sys.getsizeof(S1()))
print(S1.__basicsize__ - object.__basicsize__)
