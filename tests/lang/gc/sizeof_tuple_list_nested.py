# getsizeof does not count referenced objects.
import sys

inner = list(range(1000))
print(sys.getsizeof([inner]) == sys.getsizeof([0]))
print(sys.getsizeof((inner, inner)) == sys.getsizeof((0, 0)))
print(sys.getsizeof({"k": inner}) == sys.getsizeof({"k": 0}))
print(sys.getsizeof((1, 2, 3)), sys.getsizeof(((), (), ())))
