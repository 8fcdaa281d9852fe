# _operator getters as sort keys and with map/filter
import _operator as op

rows = [('alice', 30, 'x'), ('bob', 25, 'y'), ('carol', 30, 'a'), ('dave', 22, 'z')]
print(sorted(rows, key=op.itemgetter(1)))
print(sorted(rows, key=op.itemgetter(1, 2)))
print(list(map(op.itemgetter(0), rows)))
class Person:
    def __init__(self, name, age):
        self.name = name
        self.age = age
        self.info = {'n': name}
    def greet(self, greeting='hi', punct='!'):
        return greeting + ' ' + self.name + punct
    def __repr__(self):
        return 'P(%s)' % self.name
people = [Person('zed', 3), Person('amy', 9), Person('kim', 3)]
print(sorted(people, key=op.attrgetter('age', 'name')))
print(list(map(op.methodcaller('greet'), people)))
print(list(map(op.methodcaller('greet', 'yo', punct='?'), people)))
print(list(map(op.attrgetter('name.__len__'), people))[0]())
print(list(map(op.itemgetter('n'), map(op.attrgetter('info'), people))))
print(list(filter(op.truth, [0, 1, '', 'a', None])), list(map(op.not_, [0, 1])))
print(max(people, key=op.attrgetter('age')).name, min(rows, key=op.itemgetter(2)))
print(list(map(op.add, [1, 2], [10, 20])), list(map(op.mul, 'ab', [2, 3])))
print(list(map(op.getitem, ['abc', 'de'], [0, -1])))
import itertools
print(list(itertools.accumulate([1, 2, 3, 4], op.mul)), list(itertools.starmap(op.pow, [(2, 3), (3, 2)])))
