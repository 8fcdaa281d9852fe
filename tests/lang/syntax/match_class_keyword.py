# Class patterns with keyword sub-patterns and mixed positional+keyword.
class User:
    __match_args__ = ("name",)
    def __init__(self, name, age, admin=False):
        self.name, self.age, self.admin = name, age, admin
def f(u):
    match u:
        case User(admin=True, name=n):
            return "admin " + n
        case User("bob", age=a):
            return "bob aged %d" % a
        case User(age=a) if a < 18:
            return "minor"
        case User(missing=1):
            return "impossible"
        case User():
            return "user"
print(f(User("ann", 40, True)), f(User("bob", 30)), f(User("cy", 10)), f(User("di", 50)))
