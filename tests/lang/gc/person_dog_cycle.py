# The seeds' Person/Dog cycle: reference counting alone cannot free it; gc.collect() does.
import gc


class Person:
    alive = 0

    def __init__(self, name):
        self.name = name
        self.dog = None
        Person.alive += 1

    def __del__(self):
        Person.alive -= 1


class Dog:
    alive = 0

    def __init__(self, name):
        self.name = name
        self.owner = None
        Dog.alive += 1

    def __del__(self):
        Dog.alive -= 1


gc.collect()
p = Person("Alice")
d = Dog("Rex")
p.dog = d
d.owner = p
del p
del d
print("before collect:", Person.alive, Dog.alive)
print("collected:", gc.collect())
print("after collect:", Person.alive, Dog.alive)
