# Calling with keyword arguments in any order
def describe(name, age, city):
    return name + " " + str(age) + " " + city
print(describe("Ann", 30, "Oslo"))
print(describe(age=31, city="Rome", name="Bob"))
print(describe("Cy", city="Lima", age=40))
opts = {'age': 5, 'city': 'Kyiv'}
print(describe("Dee", **opts))
print(describe(**{'name': 'Eve', 'age': 1, 'city': 'Nairobi'}))
def pair(a, b):
    return (a, b)
print(pair(b=1, a=2))
print(pair(*[1], **{'b': 9}))
print(sorted([3, 1, 2], reverse=True))
print(int("ff", base=16))
